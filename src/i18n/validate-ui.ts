import { suggest } from '../core/suggest.js';
import type { ValidationSummary } from '../core/validate/summary.js';
import { didYouMeanEn, didYouMeanVi } from './did-you-mean.js';
import type { Lang } from './lang.js';

/** 99800 as 99.800 (vi) or 99,800 (en): a count of findings can run to six figures. */
const thousands = (n: number, mark: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);

/** Words of `danvan validate`'s reports (the findings themselves are in diagnostic-messages.ts). */
const vi = {
  error: 'lỗi',
  warning: 'cảnh báo',
  hint: 'Cách sửa',
  summary: (s: ValidationSummary) =>
    `${s.files} tệp đã kiểm tra: ${s.valid} hợp lệ, ${s.withWarnings} có cảnh báo, ${s.invalid} không hợp lệ (${s.errors} lỗi, ${s.warnings} cảnh báo${s.explained > 0 ? `; ${s.explained} cảnh báo đã giải trình` : ''}).`,
  explained: 'đã giải trình',
  explainedWarning: 'cảnh báo',
  noFiles: 'Không có tệp .yaml nào để kiểm tra.',
  invalidNote: 'Tệp không hợp lệ không được tính vào báo cáo tổng hợp; tệp chỉ có cảnh báo vẫn được tính.',
  noRegistry: 'Không có danh sách đơn vị (units.yaml): bỏ qua phần kiểm tra mã đơn vị và các nhiệm vụ phải báo cáo.',
  noPaths:
    'Chưa nêu tệp hay thư mục cần kiểm tra, và cấu hình không có "submissions:". Ví dụ: danvan validate submissions/2020-04/phuong-bach-dang.yaml',
  badJobs: (v: string) => `--jobs "${v}" không hợp lệ; dùng auto, 0 (chỉ một luồng) hoặc số luồng phụ, ví dụ --jobs 2.`,
  badFormat: (v: string, allowed: string) =>
    `--format "${v}" không hợp lệ; dùng một hoặc nhiều giá trị: ${allowed}.${didYouMeanVi(suggest(v, allowed.split(', ')))}`,
  junitFailure: (n: number) => `${n} lỗi`,
  group: (title: string, n: number, lines: string) =>
    `${title}: ${n} chỗ, ở dòng ${lines} (xem từng chỗ: thêm --verbose)`,
  more: (n: number, shown: number) =>
    `… và ${thousands(n, '.')} thông báo nữa trong tệp này (chỉ in ${shown} thông báo đầu). Xem tất cả: thêm --verbose, hoặc ghi ra tệp: --format json --output-json ket-qua.json`,
  unfilled: (n: number) => `Còn ${n} chỗ chưa điền.`,
  notChecked:
    'Chưa kiểm tra mã đơn vị và các nhiệm vụ đơn vị phải báo cáo (không có danh sách đơn vị units.yaml; dùng --units <tệp> để kiểm tra đủ).',
  wrote: (format: string, file: string) => `Đã ghi kết quả dạng ${format} vào ${file}`,
  cacheNotWritten: (file: string, reason: string) =>
    `Không ghi được tệp lưu kết quả "${file}" (${reason}); lần sau sẽ kiểm tra lại mọi tệp.`,
  cacheStats: (checked: number, total: number) =>
    `Đã đọc và kiểm tra ${checked} tệp; ${total - checked} tệp không đổi, dùng kết quả đã lưu.`,
};

type ValidateUi = typeof vi;

const en: ValidateUi = {
  error: 'error',
  warning: 'warning',
  hint: 'How to fix',
  summary: (s) =>
    `${s.files} file(s) checked: ${s.valid} valid, ${s.withWarnings} with warnings, ${s.invalid} invalid (${s.errors} error(s), ${s.warnings} warning(s)${s.explained > 0 ? `; ${s.explained} warning(s) explained` : ''}).`,
  explained: 'explained',
  explainedWarning: 'warning',
  noFiles: 'No .yaml files to check.',
  invalidNote: 'Invalid files are left out of the compiled report; files with warnings only are counted.',
  noRegistry: 'No unit registry (units.yaml): unit ids and the tasks each unit must report are not checked.',
  noPaths:
    'No file or folder given, and the configuration has no "submissions:". Example: danvan validate submissions/2020-04/phuong-bach-dang.yaml',
  badJobs: (v) =>
    `--jobs "${v}" is not valid; use auto, 0 (this thread only) or a number of worker threads, e.g. --jobs 2.`,
  badFormat: (v, allowed) =>
    `--format "${v}" is not valid; use one or more of: ${allowed}.${didYouMeanEn(suggest(v, allowed.split(', ')))}`,
  junitFailure: (n) => `${n} error(s)`,
  group: (title, n, lines) => `${title}: ${n} places, on lines ${lines} (each one: add --verbose)`,
  more: (n, shown) =>
    `… and ${thousands(n, ',')} more finding(s) in this file (only the first ${shown} are shown). To see them all: add --verbose, or write them to a file: --format json --output-json results.json`,
  unfilled: (n) => `${n} place(s) still to fill in.`,
  notChecked:
    'The unit id and the tasks the unit must report were not checked (no unit registry units.yaml; pass --units <file> for a full check).',
  wrote: (format, file) => `Wrote the ${format} results to ${file}`,
  cacheNotWritten: (file, reason) =>
    `Could not write the cache "${file}" (${reason}); the next run checks every file again.`,
  cacheStats: (checked, total) =>
    `Read and checked ${checked} file(s); ${total - checked} unchanged, results taken from the cache.`,
};

export const validateUi: Record<Lang, ValidateUi> = { vi, en };
