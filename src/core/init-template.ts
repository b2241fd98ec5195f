import { stringify } from 'yaml';
import { modelKeys, type CarriedModel, type CarryForward } from './carry-forward.js';
import type { PlanModel } from './plan.js';
import { deadlineOf } from './submission-status.js';
import type { Unit } from './units.js';

export interface InitTemplateInput {
  plan: PlanModel;
  unit: Unit;
  /** YYYY-MM. */
  period: string;
  /** The modeline's `$schema=` value: a path relative to the written file's folder, or a URL. */
  schemaRef: string;
  /** From `--from`: reporter, models and stock values of an earlier month. */
  carry?: CarryForward;
  /**
   * What the unit has filled in (the form): written in place of the empty values, with the same
   * comments. An indicator without a value is then left out (not reported), as the comments ask.
   */
  values?: FilledValues;
}

/** Values as typed: numbers stay text, so a mistyped one reaches the validator as the unit wrote it. */
export interface FilledValues {
  submitted?: string;
  reporter?: { name?: string; position?: string; phone?: string };
  tasks?: Readonly<Record<string, FilledTask>>;
  models?: readonly CarriedModel[];
  difficulties?: string;
  proposals?: string;
}

export interface FilledTask {
  status?: string;
  indicators?: Readonly<Record<string, string>>;
  summary?: string;
  evidence?: readonly string[];
  /** The unit's explanation of the task's warnings, written only when there is one. */
  giai_trinh?: string;
}

/*
 * The template is the unit's own document, so its comments are always Vietnamese (the plan's labels
 * are Vietnamese too). Every value the unit must supply is left empty (`key:`), which YAML reads as
 * null: the validator reports it as "chưa điền" (empty-value) until it is filled, so an untouched
 * template can never be counted as a month of zeros.
 */

/** A string as a YAML scalar on one line: plain when YAML allows it, else double-quoted. */
function scalar(value: string): string {
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/**
 * `key: value` for any text, as first line and continuation lines: yaml's own writer picks plain,
 * quoted or a `|` block (line breaks), so the text reads back exactly. The block's lines are
 * written for a key at column 0; shifting them all keeps an indentation indicator right.
 */
function textField(indent: string, key: string, value: string): [string, string[]] {
  const [first = '', ...rest] = stringify({ [key]: value }, { lineWidth: 0 })
    .replace(/\n$/, '')
    .split('\n');
  // A block that keeps its final line breaks (`|+`) would also keep the blank line the template
  // writes after it: such a text is written double-quoted, on one line (JSON's escapes are YAML's).
  if (/[|>][0-9]?\+$/.test(first)) return [`${indent}${key}: ${JSON.stringify(value)}`, []];
  return [`${indent}${first}`, rest.map((line) => (line === '' ? line : `${indent}${line}`))];
}

/** A typed number: written as typed when it looks like one (the validator then judges it), else as text. */
function numberValue(typed: string): string {
  const t = typed.trim();
  return /^[-+]?[0-9][0-9.,_ ]*$/.test(t) ? t : scalar(t);
}

/** A date as typed: plain when it has the date's shape, else as text (the validator says why). */
const dateValue = (typed: string) => (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(typed) ? typed : scalar(typed));

const viDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
};
const viMonth = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

/**
 * Lines `left   # comment` with the comments of one block starting in the same column; a long value
 * (a carried model's result) keeps its comment close rather than pushing every other one far right.
 */
function aligned(rows: readonly (readonly [left: string, comment?: string, rest?: readonly string[]])[]): string[] {
  const width = Math.max(0, ...rows.filter(([l, c]) => c !== undefined && l.length <= 48).map(([l]) => l.length));
  return rows.flatMap(([left, comment, rest = []]) => [
    comment === undefined ? left : `${left.padEnd(width)}   # ${comment}`,
    ...rest,
  ]);
}

/** A text row for `aligned`: filled when the form gave a value, else the template's empty `key:`. */
function textRow(
  indent: string,
  key: string,
  value: string | undefined,
  comment?: string,
): [string, string | undefined, string[]] {
  if (value === undefined || value === '') return [`${indent}${key}:`, comment, []];
  const [first, rest] = textField(indent, key, value);
  return [first, comment, rest];
}

function header(input: InitTemplateInput, deadline: string): string[] {
  const { plan, unit, period, carry } = input;
  const p = plan.data;
  const lines = [
    `# yaml-language-server: $schema=${input.schemaRef}`,
    '#',
    `# BÁO CÁO THÁNG ${viMonth(period)} — ${unit.name} (mã đơn vị: ${unit.id})`,
    `# Thực hiện Kế hoạch số ${p.number}: ${p.title}.`,
    `# Hạn gửi: chậm nhất ngày ${viDate(deadline)}.`,
    '#',
    '# CÁCH ĐIỀN',
    '# 1. Điền vào chỗ trống ngay sau dấu hai chấm ( : ). Ngày gửi (submitted), họ tên và chức vụ người',
    '#    báo cáo, tình hình (status) của mỗi nhiệm vụ và mỗi chỉ tiêu phải điền: còn trống thì',
    '#    "danvan validate" báo "chưa điền" và báo cáo chưa được tính.',
    '# 2. Chỉ tiêu: ghi một số nguyên, không ghi đơn vị tính, không dùng dấu chấm hay dấu phẩy ngăn cách',
    '#    hàng nghìn. Ví dụ:  ho_so_tiep_nhan: 1250',
    '#    - Ghi 0 khi trong tháng không phát sinh.',
    '#    - Chưa có số liệu thì XÓA CẢ DÒNG chỉ tiêu đó: không có dòng nghĩa là "chưa báo cáo", khác với 0.',
    '# 3. status (tình hình thực hiện): ghi một trong các mã nêu ở cuối dòng, ví dụ:  status: thuong-xuyen',
    '# 4. summary (tóm tắt), difficulties, proposals: viết câu văn sau dấu hai chấm. Câu có dấu hai chấm',
    '#    hoặc dấu # thì đặt cả câu trong dấu ngoặc kép, ví dụ:  summary: "Kết quả: tiếp 17 lượt công dân."',
    '#    Không có gì để ghi thì để trống.',
    '# 5. Có thể thêm văn bản minh chứng vào mỗi nhiệm vụ, ví dụ:  evidence: [Thông báo số 12-TB/ĐU]',
    '# 6. Cảnh báo mà số liệu vẫn đúng: ghi lời giải trình vào nhiệm vụ, ví dụ:  giai_trinh: Gồm cả 3 kiến nghị tồn',
    '# 7. Phần sau dấu # là ghi chú, để nguyên cũng được. Thụt lề bằng dấu cách, không dùng phím Tab.',
    '# 8. Kiểm tra trước khi gửi:  danvan validate <tên tệp này>',
  ];
  if (carry?.period)
    lines.push(
      '#',
      `# Người báo cáo, mô hình và các số tồn cuối kỳ đã lấy từ báo cáo tháng ${viMonth(carry.period)}: xin kiểm tra lại.`,
    );
  return lines;
}

function reporterBlock(input: InitTemplateInput): string[] {
  const r = input.values?.reporter ?? input.carry?.reporter ?? {};
  return [
    'reporter:   # người lập báo cáo',
    ...aligned([
      textRow('  ', 'name', r.name, 'họ và tên'),
      textRow('  ', 'position', r.position, 'chức vụ, ví dụ: Trưởng ban Dân vận Đảng ủy phường'),
      [
        `  phone:${r.phone ? ` ${JSON.stringify(r.phone)}` : ''}`,
        'số điện thoại, trong dấu ngoặc kép, ví dụ: "0243 821 2345"; không có thì để trống',
      ],
    ]),
  ];
}

function tasksBlock(input: InitTemplateInput): string[] {
  const { plan, unit, carry, values } = input;
  const p = plan.data;
  const groups = new Set(plan.kinds.get(unit.kind)?.groups ?? []);
  const statuses = p.task_statuses.map((s) => `${s.id} (${s.label})`).join(' | ');
  const summaryRequired = p.summary_required_for.join(', ');
  const lines: string[] = [];
  for (const group of p.groups) {
    if (!groups.has(group.id) || group.tasks.length === 0) continue;
    lines.push('', `  # ════ ${group.id}. ${group.label.toLocaleUpperCase('vi')} ════`);
    for (const task of group.tasks) {
      lines.push('', `  # ${task.id}. ${task.label}`, `  ${task.id}:`);
      const filled = values?.tasks?.[task.id];
      const rows: [string, string?, string[]?][] = [
        [`    status:${filled?.status ? ` ${scalar(filled.status)}` : ''}`, statuses],
      ];
      const typed = (id: string) => (values ? filled?.indicators?.[id]?.trim() || undefined : undefined);
      const reported = values ? task.indicators.filter((ind) => typed(ind.id) !== undefined) : task.indicators;
      if (reported.length > 0) rows.push(['    indicators:']);
      for (const ind of reported) {
        const carried = ind.kind === 'stock' ? carry?.stocks.get(`${task.id}.${ind.id}`) : undefined;
        const value = values ? typed(ind.id) : carried !== undefined ? String(carried) : undefined;
        const what = ind.kind === 'stock' ? 'số tồn cuối tháng' : 'số phát sinh trong tháng';
        const from =
          carried !== undefined && carry?.period
            ? `; đã lấy số tháng ${viMonth(carry.period)}, sửa nếu đã thay đổi`
            : '';
        rows.push([
          `      ${ind.id}:${value !== undefined ? ` ${numberValue(value)}` : ''}`,
          `${ind.label} (${ind.unit}) — ${what}${from}`,
        ]);
      }
      rows.push(
        textRow(
          '    ',
          'summary',
          filled?.summary,
          `tóm tắt kết quả nổi bật trong tháng${summaryRequired ? ` (cần có khi status là ${summaryRequired})` : ''}; không có thì để trống`,
        ),
      );
      const evidence = (filled?.evidence ?? []).filter((e) => e.trim() !== '');
      if (evidence.length > 0)
        rows.push(['    evidence:', 'văn bản, minh chứng', evidence.map((e) => `      - ${scalar(e)}`)]);
      if (filled?.giai_trinh?.trim())
        rows.push(textRow('    ', 'giai_trinh', filled.giai_trinh, 'lời giải trình cảnh báo'));
      lines.push(...aligned(rows));
    }
  }
  return lines.length > 0 ? ['tasks:', ...lines] : ['tasks: {}'];
}

function modelsBlock(input: InitTemplateInput): string[] {
  const p = input.plan.data;
  const choices = (items: readonly { id: string; label: string }[]) =>
    items.map((i) => `${i.id} (${i.label})`).join(' | ');
  const comments: Record<string, string> = {
    id: 'mã tự đặt, giữ nguyên qua các tháng: chữ thường không dấu, nối bằng gạch ngang',
    type: choices(p.models.types),
    name: 'tên mô hình, hoặc họ tên và chức danh của điển hình',
    field: choices(p.models.fields),
    status: choices(p.models.statuses),
    since: 'tháng bắt đầu, dạng NĂM-THÁNG',
    result: 'kết quả đạt được, một dòng (không bắt buộc)',
  };
  const intro = ['', '# Mô hình, điển hình "Dân vận khéo": ghi đầy đủ mỗi tháng, kể cả mục đã có từ tháng trước.'];
  const models = input.values?.models ?? input.carry?.models ?? [];
  if (models.length === 0) {
    const example: Record<string, string> = {
      id: 'ten-mo-hinh',
      type: p.models.types[0]?.id ?? '',
      name: 'Tên mô hình',
      field: p.models.fields[0]?.id ?? '',
      status: p.models.statuses[0]?.id ?? '',
      since: input.period,
      result: 'Kết quả đạt được',
    };
    return [
      ...intro,
      '# Đơn vị có mô hình thì bỏ dấu "# " ở đầu các dòng dưới đây và sửa theo mô hình của mình; mỗi mô hình',
      '# một mục bắt đầu bằng "- id:". Không có mô hình thì để nguyên.',
      '# models:',
      ...aligned(
        modelKeys.map((k, i) => [`#   ${i === 0 ? '- ' : '  '}${k}: ${scalar(example[k] ?? '')}`, comments[k]]),
      ),
    ];
  }
  if (input.values) {
    // Filled in the form: every key the unit must give is written, empty when still empty, so the
    // validator names what is missing.
    const lines = [...intro, 'models:'];
    for (const model of models) {
      const keys = modelKeys.filter((k) => !(k === 'since' || k === 'result') || (model[k] ?? '') !== '');
      lines.push(...aligned(keys.map((k, i) => textRow(`  ${i === 0 ? '- ' : '  '}`, k, model[k], comments[k]))));
    }
    return lines;
  }
  const lines = [
    ...intro,
    '# Danh sách dưới đây lấy từ tháng trước: cập nhật trạng thái (status) và kết quả (result).',
    'models:',
  ];
  for (const model of models) {
    const keys = modelKeys.filter((k) => model[k] !== undefined);
    // Only the level of progress needs a reminder here; the rest was written by the unit last month.
    lines.push(
      ...aligned(
        keys.map((k, i) => [
          `  ${i === 0 ? '- ' : '  '}${k}: ${scalar(model[k] ?? '')}`,
          k === 'status' ? comments[k] : undefined,
        ]),
      ),
    );
  }
  return lines;
}

/** The ready-to-fill YAML submission `danvan init` writes for one unit and month. */
export function buildInitTemplate(input: InitTemplateInput): string {
  const { plan, unit, period } = input;
  const deadline = deadlineOf(plan, period);
  const lines = [
    ...header(input, deadline),
    '',
    `plan: ${scalar(plan.data.number)}`,
    `unit: ${scalar(unit.id)}`,
    `period: ${scalar(period)}`,
    ...aligned([
      [
        `submitted:${input.values?.submitted ? ` ${dateValue(input.values.submitted)}` : ''}`,
        `ngày gửi báo cáo, dạng NĂM-THÁNG-NGÀY, ví dụ: ${deadline}; gửi sau ngày ${viDate(deadline)} là muộn`,
      ],
    ]),
    '',
    ...reporterBlock(input),
    '',
    ...tasksBlock(input),
    ...modelsBlock(input),
    '',
    ...aligned([
      textRow('', 'difficulties', input.values?.difficulties, 'khó khăn, vướng mắc trong tháng; không có thì để trống'),
      textRow('', 'proposals', input.values?.proposals, 'đề xuất, kiến nghị với cấp trên; không có thì để trống'),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
