import { suggestPeriod } from '../core/suggest-period.js';
import { didYouMeanEn, didYouMeanVi } from './did-you-mean.js';
import type { Lang } from './lang.js';

/** Words of `danvan report` on the terminal (the report itself is always Vietnamese: it is a Party document). */
const vi = {
  wrote: (file: string) => `Đã ghi ${file}`,
  summary: (
    period: string,
    s: { expected: number; received: number; onTime: number; late: number; invalid: number; missing: number },
    rate: string,
  ) =>
    `Báo cáo ${period}: đã nhận ${s.received}/${s.expected} báo cáo hợp lệ (${rate}); đúng hạn ${s.onTime}, muộn ${s.late}, không hợp lệ ${s.invalid}, chưa nộp ${s.missing}.`,
  excluded: (n: number) => `Không tính ${n} tệp báo cáo trong kỳ (xem mục I và Phụ lục của báo cáo):`,
  excludedLine: (file: string, unit: string, month: string, why: string) =>
    `  ${file} — ${unit}, tháng ${month}: ${why}`,
  errors: (n: number, first: string) => (n === 1 ? `1 lỗi: ${first}` : `${n} lỗi, lỗi đầu: ${first}`),
  duplicate: 'có hơn một báo cáo cho cùng đơn vị, cùng tháng',
  unknownUnit: 'mã đơn vị không có trong danh sách',
  unplaced: (n: number) => `${n} tệp không xác định được tháng báo cáo (không tính).`,
  strict: (n: number) =>
    `--strict: không lập báo cáo vì có ${n} tệp báo cáo không hợp lệ trong kỳ. Sửa các tệp trên rồi chạy lại (kiểm tra bằng: danvan validate).`,
  periodOpen: (last: string) =>
    `Lưu ý: kỳ báo cáo chưa kết thúc (hạn nộp báo cáo tháng cuối là ${last}); số liệu là số đến hôm nay.`,
  badPeriod: (p: string) =>
    `Kỳ báo cáo "${p}" không đúng. Viết một tháng (2020-04), một quý (2020-Q2), nửa năm (2020-H1) hoặc cả năm (2020).${didYouMeanVi(suggestPeriod(p))}`,
  outsideYear: (p: string, year: number, plan: string) => `Kỳ ${p} nằm ngoài năm ${year} của Kế hoạch số ${plan}.`,
  future: (p: string, today: string) => `Kỳ ${p} chưa bắt đầu (hôm nay là ${today}).`,
  beforePlan: (p: string, first: string, plan: string) =>
    `Kỳ ${p} trước tháng báo cáo đầu tiên (${first}) của Kế hoạch số ${plan}: không có báo cáo nào phải gửi.`,
  badDate: (d: string) => `--date "${d}" không phải một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2020-04-20.`,
  badNumber: (n: string) => `--number "${n}" không hợp lệ: ghi số và ký hiệu trên một dòng, ví dụ 25-BC/BDVQU hoặc 25.`,
  badJobs: (v: string) => `--jobs "${v}" không hợp lệ; dùng auto, 0 (chỉ một luồng) hoặc số luồng phụ, ví dụ --jobs 2.`,
  badFormat: (f: string) =>
    `--format "${f}" không hợp lệ; dùng docx, xlsx, md, một hoặc nhiều, ví dụ --format docx,xlsx.`,
  noUnits:
    'Cần danh sách đơn vị để biết ai phải báo cáo: ghi "units:" trong danvan.config.yaml hoặc dùng --units <tệp>.',
  noSubmissions:
    'Chưa biết thư mục báo cáo của các đơn vị: ghi "submissions:" trong danvan.config.yaml hoặc nêu thư mục sau lệnh, ví dụ: danvan report --period 2020-04 submissions/',
  template: (file: string, message: string) => `Mẫu báo cáo "${file}" có lỗi: ${message}`,
  templateHint:
    'Sửa mẫu (cú pháp Handlebars: {{tên biến}}, {{#each …}}…{{/each}}), hoặc bỏ --template để dùng mẫu mặc định.',
  tooLarge: (message: string) => `Không ghi được bảng tính: ${message}`,
  tooLargeHint: 'Lập báo cáo Markdown (--format md) hoặc chia nhỏ kỳ báo cáo.',
  notesBroken: (file: string, n: number) =>
    `Tệp ý kiến ${file} có ${n} lỗi; chưa lập báo cáo (không ghi tệp nào). Sửa các lỗi dưới đây rồi chạy lại:`,
  notesMissing: (file: string, period: string) =>
    `Chưa có tệp ý kiến ${file}: phần "Đánh giá chung" và "Phương hướng, nhiệm vụ" để trống có đánh dấu. Tạo tệp mẫu: danvan init --notes --period ${period}`,
};

type ReportUi = typeof vi;

const en: ReportUi = {
  wrote: (file) => `Wrote ${file}`,
  summary: (period, s, rate) =>
    `Report ${period}: ${s.received}/${s.expected} valid reports received (${rate}); on time ${s.onTime}, late ${s.late}, invalid ${s.invalid}, missing ${s.missing}.`,
  excluded: (n) =>
    `${n} submission file(s) of the period were left out (see section I and the appendix of the report):`,
  excludedLine: (file, unit, month, why) => `  ${file} — ${unit}, month ${month}: ${why}`,
  errors: (n, first) => (n === 1 ? `1 error: ${first}` : `${n} errors, first: ${first}`),
  duplicate: 'more than one report for the same unit and month',
  unknownUnit: 'the unit id is not in the registry',
  unplaced: (n) => `${n} file(s) whose month could not be told (not counted).`,
  strict: (n) =>
    `--strict: no report written, ${n} submission file(s) of the period are invalid. Fix them and run again (check with: danvan validate).`,
  periodOpen: (last) =>
    `Note: the period is not over yet (its last month is due on ${last}); the figures are as of today.`,
  badPeriod: (p) =>
    `"${p}" is not a report period. Give a month (2020-04), a quarter (2020-Q2), a half-year (2020-H1) or a year (2020).${didYouMeanEn(suggestPeriod(p))}`,
  outsideYear: (p, year, plan) => `The period ${p} is outside the year ${year} of plan ${plan}.`,
  future: (p, today) => `The period ${p} has not started yet (today is ${today}).`,
  beforePlan: (p, first, plan) =>
    `The period ${p} is before the first reporting month (${first}) of plan ${plan}: no report is due.`,
  badDate: (d) => `--date "${d}" is not a date written YYYY-MM-DD, e.g. 2020-04-20.`,
  badNumber: (n) => `--number "${n}" is not valid: write the number and symbol on one line, e.g. 25-BC/BDVQU or 25.`,
  badJobs: (v) =>
    `--jobs "${v}" is not valid; use auto, 0 (this thread only) or a number of worker threads, e.g. --jobs 2.`,
  badFormat: (f) => `--format "${f}" is not valid; use docx, xlsx, md, one or more, e.g. --format docx,xlsx.`,
  noUnits:
    'The unit registry is needed to know who must report: set "units:" in danvan.config.yaml or pass --units <file>.',
  noSubmissions:
    'No submissions folder: set "submissions:" in danvan.config.yaml or name the folder after the command, e.g. danvan report --period 2020-04 submissions/',
  template: (file, message) => `The report template "${file}" has an error: ${message}`,
  templateHint:
    'Fix the template (Handlebars syntax: {{name}}, {{#each …}}…{{/each}}), or leave out --template to use the default.',
  tooLarge: (message) => `The workbook cannot be written: ${message}`,
  tooLargeHint: 'Write the Markdown report only (--format md) or report a shorter period.',
  notesBroken: (file, n) => `The notes file ${file} has ${n} error(s); no report written. Fix them and run again:`,
  notesMissing: (file, period) =>
    `No notes file ${file}: the assessment and direction sections are left as marked blanks. Write one with: danvan init --notes --period ${period}`,
};

export const reportUi: Record<Lang, ReportUi> = { vi, en };
