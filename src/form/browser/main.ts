/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readCarryForward } from '../../core/carry-forward.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { firstMonth } from '../../core/period.js';
import { buildPlanModel } from '../../core/plan.js';
import { deadlineOf } from '../../core/submission-status.js';
import type { Registry, Unit } from '../../core/units.js';
import { loadSubmissionValidator } from '../../core/validate/checker.js';
import { suggestId } from '../../core/validate/suggest-format.js';
import { PAGE_DATA_ID, type FormPageData } from '../form-page-data.js';
import { readSubmissionValues } from '../submission-values.js';
import { checkText, submissionText } from './check.js';
import { fieldId, h, messageId } from './dom.js';
import { drawFindings } from './findings-view.js';
import { field, modelCard, reporterSection, select, tasksSection, textArea, textInput } from './fields.js';
import { stateOfSubmission, takeCarry } from './opened-files.js';
import { clearDraft, emptyState, getField, loadDraft, saveDraft, setField, type FormState } from './state.js';
import { unitPicker } from './unit-picker.js';

/*
 * The page is the units' own working document, so, like the comments `danvan init` writes, its words
 * are Vietnamese whatever --lang the secretariat used; findings are worded by src/i18n, as in validate.
 */

/** Long enough that a check does not run between two keystrokes of one number, short enough to feel immediate. */
const CHECK_DELAY_MS = 150;

const data = JSON.parse(document.getElementById(PAGE_DATA_ID)?.textContent ?? '{}') as FormPageData;
const plan = buildPlanModel(data.plan);
const registry: Registry = { units: data.units, byId: new Map(data.units.map((u) => [u.id, u])) };
const planNumber = plan.data.number;
let state: FormState = loadDraft(planNumber) ?? emptyState();
const restored = state.unit !== '' || state.period !== '';

const viMonth = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
const viDate = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const months = Array.from({ length: 12 }, (_, i) => `${plan.data.year}-${String(i + 1).padStart(2, '0')}`).filter(
  (m) => m >= firstMonth(plan.data),
);

// ── The page's parts ────────────────────────────────────────────────────────────────────────
const notice = h('p', { id: 'notice', class: 'notice', role: 'status', 'aria-live': 'polite' });
const deadline = h('p', { id: 'deadline', class: 'deadline' });
const picker = unitPicker(data.units, (unit) => {
  state.unit = unit.id;
  changed({ structure: true });
});
const monthSelect = select(months.map((m) => ({ id: m, label: `Tháng ${viMonth(m)}` })));
const submitted = textInput({ type: 'date', min: `${plan.data.year}-01-01` });
const lastMonthFile = h('input', {
  type: 'file',
  accept: '.yaml,.yml,text/yaml',
  id: 'open-last-month',
  class: 'file',
});
const correctFile = h('input', { type: 'file', accept: '.yaml,.yml,text/yaml', id: 'open-submission', class: 'file' });
const tasksHolder = h('div', { id: 'tasks-holder' });
const modelsList = h('div', { id: 'models-list' });
const addModel = h('button', { type: 'button', class: 'secondary', id: 'add-model' }, 'Thêm mô hình, điển hình');
const counts = h('p', { id: 'counts', role: 'status', 'aria-live': 'polite' });
const findingsList = h('ul', { id: 'findings', class: 'findings' });
const findingsToggle = h(
  'details',
  { id: 'findings-box' },
  h('summary', {}, 'Xem danh sách các chỗ cần sửa'),
  findingsList,
);
const saveButton = h('button', { type: 'button', id: 'save', class: 'primary' }, 'Lưu tệp báo cáo');
const resetButton = h('button', { type: 'button', id: 'reset', class: 'secondary' }, 'Xóa hết, làm lại');

const who = h(
  'section',
  { class: 'card', 'aria-labelledby': 'h-who' },
  h('h2', { id: 'h-who' }, 'Đơn vị và tháng báo cáo'),
  h(
    'div',
    { class: 'grid' },
    picker.element,
    field('period', 'Tháng báo cáo', monthSelect),
    field('submitted', 'Ngày gửi báo cáo', submitted, { help: 'Gửi sau hạn là muộn' }),
  ),
  deadline,
  h(
    'div',
    { class: 'actions' },
    // The file inputs sit inside their labels, out of sight but focusable: Tab reaches them, Enter opens.
    h(
      'label',
      { class: 'button secondary' },
      'Mở báo cáo tháng trước (lấy người báo cáo, mô hình, số tồn)',
      lastMonthFile,
    ),
    h('label', { class: 'button secondary' }, 'Mở một báo cáo đã lập để sửa', correctFile),
  ),
);

const modelsSection = h(
  'section',
  { class: 'card', 'aria-labelledby': 'h-models', 'data-field': 'models' },
  h('h2', { id: 'h-models' }, `Mô hình, điển hình "Dân vận khéo"`),
  h('p', { class: 'help' }, 'Ghi đầy đủ mỗi tháng, kể cả mục đã có từ tháng trước.'),
  h('div', { id: messageId('models'), class: 'msgs' }),
  modelsList,
  addModel,
);

const closing = h(
  'section',
  { class: 'card', 'aria-labelledby': 'h-closing' },
  h('h2', { id: 'h-closing' }, 'Khó khăn và đề xuất'),
  field('difficulties', 'Khó khăn, vướng mắc', textArea(3), { wide: true }),
  field('proposals', 'Đề xuất, kiến nghị', textArea(3), { wide: true }),
);

const bar = h(
  'aside',
  { class: 'bar', 'aria-label': 'Kết quả kiểm tra và lưu' },
  h('div', { class: 'bar-row' }, counts, saveButton, resetButton),
  findingsToggle,
);

document.body.append(
  h('header', {}, h('h1', {}, `Báo cáo tháng — Kế hoạch số ${planNumber}`), h('p', {}, plan.data.title)),
  h('main', {}, notice, who, h('div', { id: 'after-unit' }, reporterSection(), tasksHolder, modelsSection, closing)),
  bar,
);

// ── Showing the state ───────────────────────────────────────────────────────────────────────
const unitOf = (): Unit | undefined => registry.byId.get(state.unit);

function drawModels(): void {
  modelsList.replaceChildren(
    ...state.models.map((_, i) =>
      modelCard(plan, i, () => {
        state.models.splice(i, 1);
        changed({ structure: true });
        addModel.focus();
      }),
    ),
  );
}

/** Puts the state into every control (after a structural change, a restored draft or an opened file). */
function drawAll(): void {
  const unit = unitOf();
  picker.show(unit);
  tasksHolder.replaceChildren(
    unit ? tasksSection(plan, unit.kind) : h('p', { class: 'help' }, 'Chọn đơn vị để hiện các nhiệm vụ của đơn vị.'),
  );
  drawModels();
  for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    '[data-key]',
  )) {
    const key = el.dataset.key ?? '';
    if (el.value !== getField(state, key)) el.value = getField(state, key);
  }
  deadline.textContent = state.period
    ? `Hạn gửi báo cáo tháng ${viMonth(state.period)}: chậm nhất ngày ${viDate(deadlineOf(plan, state.period))}.`
    : 'Chọn tháng để xem hạn gửi.';
}

// ── Checking ────────────────────────────────────────────────────────────────────────────────
let timer: ReturnType<typeof setTimeout> | undefined;
let lastText = '';
const visited = new Set<string>();
let saveTried = false;

function knownKeys(): Set<string> {
  return new Set(
    [...document.querySelectorAll<HTMLElement>('[data-field]')]
      .map((el) => el.dataset.field ?? '')
      .concat(['unit', 'period', 'submitted']),
  );
}

function runCheck(): Diagnostic[] {
  timer = undefined;
  const unit = unitOf();
  if (!unit || !state.period) {
    drawFindings([], { known: new Set(), visited, saveTried, list: findingsList });
    counts.textContent = 'Chọn đơn vị và tháng báo cáo để bắt đầu.';
    return [];
  }
  const started = performance.now();
  lastText = submissionText(plan, unit, state, data.schemaRef);
  const diagnostics = checkText(plan, registry, lastText, state, today());
  // Writing the text and checking it, for `npm run bench`: the budget is 50 ms a keystroke.
  document.documentElement.dataset.checkMs = (performance.now() - started).toFixed(1);
  showFindings(diagnostics);
  return diagnostics;
}

function showFindings(diagnostics: readonly Diagnostic[]): void {
  const errors = drawFindings(diagnostics, { known: knownKeys(), visited, saveTried, list: findingsList });
  const warnings = diagnostics.length - errors;
  counts.textContent =
    diagnostics.length === 0 ? 'Kiểm tra: không có lỗi.' : `Kiểm tra: ${errors} lỗi, ${warnings} lưu ý.`;
  counts.className = errors > 0 ? 'has-errors' : warnings > 0 ? 'has-warnings' : 'ok';
}

/** After every change: keep the draft, redraw what depends on the structure, check a moment later. */
function changed(options: { structure?: boolean } = {}): void {
  if (!saveDraft(planNumber, state))
    notice.textContent = 'Trình duyệt không cho lưu bản nháp: nhớ lưu tệp trước khi đóng trang.';
  if (options.structure) {
    drawAll();
    runCheck();
    return;
  }
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(runCheck, CHECK_DELAY_MS);
}

document.addEventListener('input', (e) => {
  const el = e.target as HTMLInputElement;
  const key = el.dataset?.key;
  if (!key) return;
  setField(state, key, el.value);
  changed({ structure: key === 'period' });
});
document.addEventListener('focusout', (e) => {
  const key = (e.target as HTMLElement).dataset?.key;
  if (key && !visited.has(key)) {
    visited.add(key);
    changed();
  }
});
document.addEventListener('change', (e) => {
  const el = e.target as HTMLInputElement;
  const key = el.dataset?.key;
  // A model without an id takes one made from its name, kept from then on.
  const m = key ? /^models\/(\d+)\/name$/.exec(key) : null;
  if (m) {
    const model = state.models[Number(m[1])];
    if (model && !model.id && model.name) {
      model.id = suggestId(model.name) ?? '';
      const idField = document.getElementById(fieldId(`models/${m[1]}/id`)) as HTMLInputElement | null;
      if (idField) idField.value = model.id;
      changed();
    }
  }
});

addModel.addEventListener('click', () => {
  state.models.push({ since: state.period });
  changed({ structure: true });
  (document.getElementById(fieldId(`models/${state.models.length - 1}/name`)) as HTMLInputElement | null)?.focus();
});

// ── Files ───────────────────────────────────────────────────────────────────────────────────
async function readChosen(input: HTMLInputElement): Promise<{ name: string; text: string } | undefined> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  return { name: file.name, text: await file.text() };
}

const known = { units: new Set(registry.byId.keys()), months };

lastMonthFile.addEventListener('change', async () => {
  const file = await readChosen(lastMonthFile);
  if (!file) return;
  const { carry, problem } = readCarryForward(plan, file.text);
  if (!carry) {
    notice.textContent =
      problem === 'encoding'
        ? `Tệp "${file.name}" không phải UTF-8: mở bằng trình soạn thảo và lưu lại dạng UTF-8 rồi mở lại.`
        : `Không đọc được tệp "${file.name}": tệp không phải báo cáo YAML hợp lệ.`;
    return;
  }
  if (carry.unit !== undefined && state.unit !== '' && carry.unit !== state.unit) {
    notice.textContent = `Tệp "${file.name}" là báo cáo của đơn vị ${registry.byId.get(carry.unit)?.name ?? carry.unit}, không phải ${unitOf()?.name ?? state.unit}: không lấy số liệu từ tệp này.`;
    return;
  }
  takeCarry(state, carry, known);
  notice.textContent = `Đã lấy từ "${file.name}"${carry.period ? ` (tháng ${viMonth(carry.period)})` : ''}: người báo cáo, ${carry.models.length} mô hình, điển hình và ${carry.stocks.size} số tồn cuối tháng. Xin kiểm tra lại.`;
  changed({ structure: true });
});

correctFile.addEventListener('change', async () => {
  const file = await readChosen(correctFile);
  if (!file) return;
  const read = readSubmissionValues(plan, file.text);
  if (!read) {
    notice.textContent = `Không đọc được tệp "${file.name}": tệp không phải báo cáo YAML hợp lệ. Chạy "danvan validate ${file.name}" để biết chỗ sai.`;
    return;
  }
  const next = stateOfSubmission(read, known);
  state = next;
  notice.textContent = `Đã mở "${file.name}" để sửa.${next.unit === '' ? ' Đơn vị trong tệp không có trong danh sách: chọn lại đơn vị.' : ''}${next.period === '' ? ' Chọn lại tháng báo cáo.' : ''}`;
  changed({ structure: true });
});

saveButton.addEventListener('click', () => {
  saveTried = true;
  const diagnostics = runCheck();
  const unit = unitOf();
  if (!unit || !state.period) {
    notice.textContent = 'Chọn đơn vị và tháng báo cáo trước khi lưu.';
    return;
  }
  const name = `${unit.id}.yaml`;
  const link = h('a', {
    href: URL.createObjectURL(new Blob([lastText], { type: 'application/x-yaml' })),
    download: name,
    hidden: true,
  });
  document.body.append(link);
  link.click();
  link.remove();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  notice.textContent =
    errors === 0
      ? `Đã lưu tệp "${name}" (báo cáo tháng ${viMonth(state.period)}). Gửi tệp này cho Ban Dân vận; có thể đặt vào thư mục ${state.period}/.`
      : `Đã lưu tệp "${name}", nhưng báo cáo còn ${errors} lỗi: sửa các chỗ báo lỗi rồi lưu lại trước khi gửi.`;
});

resetButton.addEventListener('click', () => {
  if (!confirm('Xóa toàn bộ nội dung đã nhập trên trang này?')) return;
  clearDraft(planNumber);
  state = emptyState();
  visited.clear();
  saveTried = false;
  notice.textContent = 'Đã xóa. Bắt đầu lại từ đầu.';
  changed({ structure: true });
});

// ── Start ───────────────────────────────────────────────────────────────────────────────────
void loadSubmissionValidator(plan).then(() => {
  drawAll();
  if (restored) notice.textContent = 'Đã mở lại bản nháp lần trước (lưu trong trình duyệt này).';
  runCheck();
  // Time from the start of navigation to a usable form, for `npm run bench`.
  document.documentElement.dataset.readyMs = performance.now().toFixed(1);
  document.documentElement.dataset.ready = 'true';
});
