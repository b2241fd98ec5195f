import { suggestPeriod } from '../core/suggest-period.js';
import { didYouMeanEn, didYouMeanVi } from './did-you-mean.js';
import type { ReceiptRule, SubmissionState } from '../core/submission-status.js';
import type { Lang } from './lang.js';

/** Words of `danvan status`. Dates arrive already formatted, percentages as numbers 0…1. */
const vi = {
  heading: (month: string, deadline: string) => `Tình hình gửi báo cáo tháng ${month} — hạn gửi: ${deadline}`,
  today: (today: string, daysPast: number) =>
    daysPast > 0
      ? `hôm nay ${today}, đã quá hạn ${daysPast} ngày`
      : daysPast === 0
        ? `hôm nay ${today}, là ngày hạn cuối`
        : `hôm nay ${today}, còn ${-daysPast} ngày đến hạn`,
  no: 'STT',
  unit: 'Đơn vị',
  kind: 'Loại đơn vị',
  state: 'Tình trạng',
  states: { 'on-time': 'Đúng hạn', late: 'Muộn', invalid: 'Không hợp lệ', missing: 'Chưa nộp' } satisfies Record<
    SubmissionState,
    string
  >,
  sent: (date: string) => `gửi ${date}`,
  daysLate: (n: number) => `muộn ${n} ngày`,
  errors: (n: number) => `${n} lỗi`,
  overdue: (n: number) => `quá hạn ${n} ngày`,
  summary: (s: { expected: number; onTime: number; late: number; invalid: number; missing: number }) =>
    `Tổng số ${s.expected} đơn vị: đúng hạn ${s.onTime}, muộn ${s.late}, không hợp lệ ${s.invalid}, chưa nộp ${s.missing}.`,
  rates: (received: number, expected: number, rate: string, onTime: number, onTimeRate: string) =>
    `Tỷ lệ báo cáo (hợp lệ/phải gửi): ${received}/${expected} = ${rate}; đúng hạn: ${onTime}/${expected} = ${onTimeRate}.`,
  strays: 'Tệp không được tính cho tháng này (mã đơn vị không có trong danh sách, hoặc ghi kỳ khác):',
  seeErrors: (command: string) => `Xem lỗi chi tiết: ${command}`,
  badPeriod: (p: string) =>
    `Kỳ "${p}" không đúng: danvan status xem theo từng tháng, dạng NĂM-THÁNG, ví dụ 2020-05.${didYouMeanVi(suggestPeriod(p, true))}`,
  outsideYear: (p: string, first: string, year: number, plan: string) =>
    `Tháng ${p} không nằm trong thời gian báo cáo của Kế hoạch số ${plan} (từ tháng ${Number(first.slice(5))}/${first.slice(0, 4)} đến tháng 12/${year}).`,
  badFailOn: (v: string, allowed: string) => `--fail-on "${v}" không hợp lệ; dùng một hoặc nhiều giá trị: ${allowed}.`,
  badFormat: (v: string) => `--format "${v}" không hợp lệ; dùng text hoặc json.`,
  noSubmissions:
    'Chưa biết thư mục báo cáo của các đơn vị: ghi "submissions:" trong danvan.config.yaml hoặc nêu thư mục sau lệnh, ví dụ: danvan status --period 2020-05 submissions/',
  // Receipt dates (the first commit of a file in a git repository) beside the date the unit wrote.
  received: (date: string) => `nhận ${date}`,
  receiptRule: {
    git: 'Ngày nhận: ngày của lần commit đầu tiên đưa tệp vào kho git; muộn hay đúng hạn xét theo ngày muộn hơn giữa ngày nhận và ngày gửi ghi trong tệp.',
    off: 'Ngày nhận: không dùng (receipt_dates: submitted trong cấu hình); muộn hay đúng hạn xét theo ngày gửi ghi trong tệp (submitted).',
    'no-git': 'Ngày nhận: máy này không có git; muộn hay đúng hạn xét theo ngày gửi ghi trong tệp (submitted).',
    'not-repository':
      'Ngày nhận: thư mục báo cáo không nằm trong kho git; muộn hay đúng hạn xét theo ngày gửi ghi trong tệp (submitted).',
    shallow:
      'Ngày nhận: kho git chỉ có một phần lịch sử (bản sao rút gọn), không biết lần commit đầu tiên của tệp; muộn hay đúng hạn xét theo ngày gửi ghi trong tệp (submitted). Lấy đủ lịch sử: git fetch --unshallow.',
  } satisfies Record<ReceiptRule, string>,
  differing: 'Tệp có ngày nhận khác ngày gửi ghi trong tệp hơn một ngày:',
  differingLine: (file: string, submitted: string, received: string) =>
    `${file}: ghi gửi ${submitted}, nhận ${received}`,
  uncommitted: (n: number) => `${n} tệp chưa được commit vào kho git: xét theo ngày gửi ghi trong tệp.`,
};

type StatusUi = typeof vi;

const en: StatusUi = {
  heading: (month, deadline) => `Submissions for ${month} — due: ${deadline}`,
  today: (today, daysPast) =>
    daysPast > 0
      ? `today ${today}, ${daysPast} day(s) past the deadline`
      : daysPast === 0
        ? `today ${today}, the last day`
        : `today ${today}, ${-daysPast} day(s) left`,
  no: 'No.',
  unit: 'Unit',
  kind: 'Kind',
  state: 'State',
  states: { 'on-time': 'On time', late: 'Late', invalid: 'Invalid', missing: 'Missing' },
  sent: (date) => `sent ${date}`,
  daysLate: (n) => `${n} day(s) late`,
  errors: (n) => `${n} error(s)`,
  overdue: (n) => `${n} day(s) overdue`,
  summary: (s) =>
    `${s.expected} units: on time ${s.onTime}, late ${s.late}, invalid ${s.invalid}, missing ${s.missing}.`,
  rates: (received, expected, rate, onTime, onTimeRate) =>
    `Reporting rate (valid/expected): ${received}/${expected} = ${rate}; on time: ${onTime}/${expected} = ${onTimeRate}.`,
  strays: 'Files not counted for this month (unit not in the registry, or another period):',
  seeErrors: (command) => `Details of the errors: ${command}`,
  badPeriod: (p) =>
    `Period "${p}" is not valid: danvan status works month by month, as YEAR-MONTH, e.g. 2020-05.${didYouMeanEn(suggestPeriod(p, true))}`,
  outsideYear: (p, first, year, plan) =>
    `Month ${p} is outside the reporting months of plan ${plan} (${first} to ${year}-12).`,
  badFailOn: (v, allowed) => `--fail-on "${v}" is not valid; use one or more of: ${allowed}.`,
  badFormat: (v) => `--format "${v}" is not valid; use text or json.`,
  noSubmissions:
    'No submissions folder: set "submissions:" in danvan.config.yaml or name the folder after the command, e.g. danvan status --period 2020-05 submissions/',
  received: (date) => `received ${date}`,
  receiptRule: {
    git: 'Receipt date: the first commit that added the file to the git repository; lateness is judged by the later of the receipt date and the date written in the file.',
    off: 'Receipt date: not used (receipt_dates: submitted in the configuration); lateness is judged by the date written in the file (submitted).',
    'no-git':
      'Receipt date: git is not installed here; lateness is judged by the date written in the file (submitted).',
    'not-repository':
      'Receipt date: the submissions folder is not in a git repository; lateness is judged by the date written in the file (submitted).',
    shallow:
      'Receipt date: the git repository is a shallow clone, so the first commit of a file is unknown; lateness is judged by the date written in the file (submitted). Fetch the whole history: git fetch --unshallow.',
  },
  differing: 'Files whose receipt date is more than a day away from the date written in them:',
  differingLine: (file, submitted, received) => `${file}: written ${submitted}, received ${received}`,
  uncommitted: (n) => `${n} file(s) not yet committed to the git repository: judged by the date written in them.`,
};

export const statusUi: Record<Lang, StatusUi> = { vi, en };
