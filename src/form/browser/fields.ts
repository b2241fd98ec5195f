/// <reference lib="dom" />
import type { PlanModel } from '../../core/plan.js';
import { fieldId, h, messageId } from './dom.js';

/*
 * Every input carries its field key in data-key (the value's place in the document: reporter/name,
 * tasks/UB.1/indicators/ho_so_tiep_nhan, models/0/name): one handler stores what is typed, and a
 * finding's document path finds its field by the same key.
 */

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FieldOptions {
  help?: string;
  wide?: boolean;
}

/** A labelled control with a place for its messages under it. */
export function field(key: string, label: string, control: Control, options: FieldOptions = {}): HTMLElement {
  control.id = fieldId(key);
  control.dataset.key = key;
  const help = options.help ? h('small', { id: `${fieldId(key)}-help`, class: 'help' }, options.help) : undefined;
  control.setAttribute('aria-describedby', [help?.id, messageId(key)].filter(Boolean).join(' '));
  return h(
    'div',
    { class: `field${options.wide ? ' wide' : ''}`, 'data-field': key },
    h('label', { for: control.id }, label),
    control,
    help,
    h('div', { id: messageId(key), class: 'msgs', 'aria-live': 'polite' }),
  );
}

export const textInput = (attrs: Record<string, string> = {}) =>
  h('input', { type: 'text', autocomplete: 'off', ...attrs });
export const textArea = (rows = 3) => h('textarea', { rows: String(rows) });

export function select(choices: readonly { id: string; label: string }[], empty = '— chọn —'): HTMLSelectElement {
  return h(
    'select',
    {},
    h('option', { value: '' }, empty),
    ...choices.map((c) => h('option', { value: c.id }, c.label)),
  );
}

export function reporterSection(): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'h-reporter', 'data-field': 'reporter' },
    h('h2', { id: 'h-reporter' }, 'Người lập báo cáo'),
    h(
      'div',
      { class: 'grid' },
      field('reporter/name', 'Họ và tên', textInput({ autocomplete: 'name' })),
      field('reporter/position', 'Chức vụ', textInput(), { help: 'Ví dụ: Trưởng ban Dân vận Đảng ủy phường' }),
      field('reporter/phone', 'Số điện thoại', textInput({ inputmode: 'tel', autocomplete: 'tel' }), {
        help: 'Không bắt buộc',
      }),
    ),
  );
}

/** The tasks of the groups a unit of this kind reports, grouped and titled as in the plan. */
export function tasksSection(plan: PlanModel, kind: string): HTMLElement {
  const groups = new Set(plan.kinds.get(kind)?.groups ?? []);
  const p = plan.data;
  const summaryFor = p.summary_required_for.map((s) => plan.taskStatuses.get(s) ?? s).join(', ');
  const sections = p.groups
    .filter((g) => groups.has(g.id) && g.tasks.length > 0)
    .map((group) =>
      h(
        'section',
        { class: 'group', 'aria-labelledby': `h-group-${group.id}` },
        h('h2', { id: `h-group-${group.id}` }, `${group.id}. ${group.label}`),
        ...group.tasks.map((task) => {
          const key = `tasks/${task.id}`;
          const indicators = task.indicators.map((ind) =>
            field(`${key}/indicators/${ind.id}`, ind.label, textInput({ inputmode: 'numeric', class: 'number' }), {
              help: `${ind.unit} — ${ind.kind === 'stock' ? 'số tồn cuối tháng' : 'số phát sinh trong tháng'}`,
            }),
          );
          return h(
            'fieldset',
            { class: 'task card', 'data-field': key, id: `task-${task.id}` },
            h('legend', {}, `${task.id}. ${task.label}`),
            h('div', { id: messageId(key), class: 'msgs', 'aria-live': 'polite' }),
            field(`${key}/status`, 'Tình hình thực hiện', select(p.task_statuses)),
            indicators.length > 0 ? h('div', { class: 'grid indicators' }, ...indicators) : undefined,
            indicators.length > 0
              ? h(
                  'p',
                  { class: 'help' },
                  'Ghi số nguyên; ghi 0 nếu không phát sinh; để trống nếu chưa có số liệu (khác với 0).',
                )
              : undefined,
            field(`${key}/summary`, 'Tóm tắt kết quả nổi bật', textArea(3), {
              wide: true,
              help: summaryFor ? `Cần có khi tình hình là: ${summaryFor}` : undefined,
            }),
            field(`${key}/evidence`, 'Văn bản, minh chứng', textArea(2), {
              wide: true,
              help: 'Mỗi văn bản một dòng, ví dụ: Thông báo số 12-TB/ĐU',
            }),
            field(`${key}/giai_trinh`, 'Giải trình cảnh báo', textArea(2), {
              wide: true,
              help: 'Chỉ khi nhiệm vụ có cảnh báo mà số liệu vẫn đúng: ghi lý do, cảnh báo sẽ được ghi là đã giải trình.',
            }),
          );
        }),
      ),
    );
  return h('div', { id: 'tasks' }, ...sections);
}

/** One model or exemplar entry, with a button that removes it. */
export function modelCard(plan: PlanModel, index: number, onRemove: () => void): HTMLElement {
  const p = plan.data.models;
  const key = `models/${index}`;
  const remove = h('button', { type: 'button', class: 'secondary' }, `Xóa mục ${index + 1}`);
  remove.addEventListener('click', onRemove);
  return h(
    'fieldset',
    { class: 'card model', 'data-field': key },
    h('legend', {}, `Mô hình, điển hình thứ ${index + 1}`),
    h('div', { id: messageId(key), class: 'msgs', 'aria-live': 'polite' }),
    h(
      'div',
      { class: 'grid' },
      field(`${key}/name`, 'Tên mô hình, hoặc họ tên điển hình', textInput()),
      field(`${key}/id`, 'Mã (giữ nguyên qua các tháng)', textInput(), {
        help: 'Chữ thường không dấu nối bằng gạch ngang; để trống thì lấy từ tên',
      }),
      field(`${key}/type`, 'Loại', select(p.types)),
      field(`${key}/field`, 'Lĩnh vực', select(p.fields)),
      field(`${key}/status`, 'Trạng thái', select(p.statuses)),
      field(`${key}/since`, 'Từ tháng', textInput({ placeholder: 'NĂM-THÁNG, ví dụ 2020-03' })),
      field(`${key}/result`, 'Kết quả đạt được', textInput(), { wide: true }),
    ),
    remove,
  );
}
