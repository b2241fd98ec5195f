import type { CarryProblem } from '../core/carry-forward.js';
import { suggestPeriod } from '../core/suggest-period.js';
import { didYouMeanEn, didYouMeanVi } from './did-you-mean.js';
import type { Lang } from './lang.js';
import { notesUi } from './notes-ui.js';

/** Words of `danvan init` on the terminal (the template it writes is the unit's document, in Vietnamese). */
const vi = {
  badPeriod: (p: string) =>
    `Tháng "${p}" không đúng dạng NĂM-THÁNG, ví dụ 2020-05.${didYouMeanVi(suggestPeriod(p, true))}`,
  outsideYear: (p: string, first: string, year: number, plan: string) =>
    `Tháng ${p} không nằm trong thời gian báo cáo của Kế hoạch số ${plan} (từ tháng ${Number(first.slice(5))}/${first.slice(0, 4)} đến tháng 12/${year}).`,
  unknownUnit: (id: string) => `Không có đơn vị "${id}" trong danh sách đơn vị.`,
  noUnit:
    'Cần mã đơn vị: danvan init --unit <mã đơn vị> --period <NĂM-THÁNG> (xem mã các đơn vị: danvan units). Tệp ý kiến của cơ quan tổng hợp: danvan init --notes --period <kỳ>.',
  didYouMean: (id: string) => `Có phải là "${id}"? Xem mã các đơn vị: danvan units`,
  listUnits: 'Xem mã các đơn vị: danvan units',
  fromUnreadable: (file: string, problem: CarryProblem) =>
    problem === 'encoding'
      ? `Tệp "${file}" không phải chữ Unicode (UTF-8), không lấy số liệu từ đó được.`
      : problem === 'yaml'
        ? `Tệp "${file}" không đúng cú pháp YAML, không lấy số liệu từ đó được.`
        : `Tệp "${file}" không phải một báo cáo (không có các mục plan, unit, tasks…).`,
  fromUnreadableHint: (file: string) => `Kiểm tra tệp đó: danvan validate ${file}`,
  fromOtherUnit: (file: string, other: string, unit: string) =>
    `Tệp "${file}" là báo cáo của đơn vị "${other}", không phải của "${unit}".`,
  fromOtherUnitHint: 'Dùng báo cáo tháng trước của chính đơn vị mình với --from.',
  /** What the --from file is called when it cannot be read. */
  fromLabel: 'báo cáo tháng trước',
  exists: (file: string) => `Tệp "${file}" đã có; danvan init không ghi đè lên báo cáo đã có.`,
  existsHint:
    'Mở tệp đó để sửa tiếp, hoặc chạy lại với --force nếu thật sự muốn thay bằng mẫu trống (nội dung cũ sẽ mất).',
  created: (file: string) => `Đã tạo ${file}`,
  overwritten: (file: string) => `Đã ghi đè ${file}`,
  carried: (month: string, models: number, stocks: number) =>
    `Đã lấy từ báo cáo tháng ${/^\d{4}-\d{2}$/.test(month) ? `${Number(month.slice(5))}/${month.slice(0, 4)}` : month}: người báo cáo, ${models} mô hình/điển hình, ${stocks} số tồn cuối kỳ.`,
  next: (file: string) =>
    `Tiếp theo: mở tệp, điền vào các chỗ còn trống sau dấu hai chấm, rồi kiểm tra: danvan validate ${file}`,
  previousExists: (file: string) =>
    `Gợi ý: đã có báo cáo tháng trước (${file}); thêm --from ${file} để mang sang người báo cáo, mô hình và số tồn.`,
};

type InitUi = typeof vi;

const en: InitUi = {
  badPeriod: (p) => `Month "${p}" is not in the form YEAR-MONTH, e.g. 2020-05.${didYouMeanEn(suggestPeriod(p, true))}`,
  outsideYear: (p, first, year, plan) =>
    `Month ${p} is outside the reporting months of plan ${plan} (${first} to ${year}-12).`,
  unknownUnit: (id) => `The unit registry has no unit "${id}".`,
  noUnit:
    "A unit id is needed: danvan init --unit <unit id> --period <YYYY-MM> (see the ids: danvan units). For the secretariat's notes: danvan init --notes --period <period>.",
  didYouMean: (id) => `Did you mean "${id}"? The unit ids: danvan units`,
  listUnits: 'The unit ids: danvan units',
  fromUnreadable: (file, problem) =>
    problem === 'encoding'
      ? `"${file}" is not Unicode (UTF-8) text; nothing can be carried forward from it.`
      : problem === 'yaml'
        ? `"${file}" is not valid YAML; nothing can be carried forward from it.`
        : `"${file}" is not a submission (no plan, unit, tasks…).`,
  fromUnreadableHint: (file) => `Check it: danvan validate ${file}`,
  fromOtherUnit: (file, other, unit) => `"${file}" is the submission of unit "${other}", not of "${unit}".`,
  fromOtherUnitHint: "Pass your own unit's earlier submission with --from.",
  fromLabel: 'earlier submission',
  exists: (file) => `"${file}" already exists; danvan init does not overwrite a submission.`,
  existsHint:
    'Open that file to continue, or run again with --force to replace it with an empty template (its content is lost).',
  created: (file) => `Created ${file}`,
  overwritten: (file) => `Overwrote ${file}`,
  carried: (month, models, stocks) =>
    `Carried forward from ${month}: the reporter, ${models} model(s)/exemplar(s), ${stocks} end-of-period value(s).`,
  next: (file) =>
    `Next: open the file, fill in every empty value after a colon, then check it: danvan validate ${file}`,
  previousExists: (file) =>
    `Hint: last month's submission exists (${file}); add --from ${file} to carry forward the reporter, models and stock values.`,
};

export const initUi: Record<Lang, InitUi> = { vi, en };

/** What can stop `danvan init` before it writes, as data: the run names the problem, this file words it. */
export type InitProblem =
  | { code: 'no-unit' }
  | { code: 'bad-period'; period: string }
  | { code: 'outside-year'; period: string; first: string; year: number; plan: string }
  | { code: 'unknown-unit'; unit: string; suggestion?: string }
  | { code: 'from-unreadable'; file: string; problem: CarryProblem }
  | { code: 'from-other-unit'; file: string; other: string; unit: string }
  | { code: 'exists'; file: string }
  | { code: 'notes-bad-period'; period: string }
  | { code: 'notes-exists'; file: string };

/** The message and the hint of a problem; typed over every code, so a new problem without words does not compile. */
export function initProblemWords(p: InitProblem, lang: Lang): { message: string; hint?: string } {
  const t = initUi[lang];
  switch (p.code) {
    case 'no-unit':
      return { message: t.noUnit };
    case 'bad-period':
      return { message: t.badPeriod(p.period) };
    case 'outside-year':
      return { message: t.outsideYear(p.period, p.first, p.year, p.plan) };
    case 'unknown-unit':
      return { message: t.unknownUnit(p.unit), hint: p.suggestion ? t.didYouMean(p.suggestion) : t.listUnits };
    case 'from-unreadable':
      return { message: t.fromUnreadable(p.file, p.problem), hint: t.fromUnreadableHint(p.file) };
    case 'from-other-unit':
      return { message: t.fromOtherUnit(p.file, p.other, p.unit), hint: t.fromOtherUnitHint };
    case 'exists':
      return { message: t.exists(p.file), hint: t.existsHint };
    case 'notes-bad-period':
      return { message: notesUi[lang].badPeriod(p.period) };
    case 'notes-exists':
      return { message: notesUi[lang].exists(p.file), hint: notesUi[lang].existsHint };
  }
}
