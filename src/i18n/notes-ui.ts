import type { Lang } from './lang.js';

/** Words of `danvan init --notes` on the terminal (the file it writes is Vietnamese: it is the report's). */
const vi = {
  badPeriod: (p: string) =>
    `Kỳ báo cáo "${p}" không đúng. Viết một tháng (2020-04), một quý (2020-Q2), nửa năm (2020-H1) hoặc cả năm (2020).`,
  exists: (file: string) => `Tệp "${file}" đã có; danvan init không ghi đè lên tệp ý kiến đã viết.`,
  existsHint:
    'Mở tệp đó để sửa tiếp, hoặc chạy lại với --force nếu thật sự muốn thay bằng mẫu trống (nội dung cũ sẽ mất).',
  created: (file: string) => `Đã tạo ${file}`,
  overwritten: (file: string) => `Đã ghi đè ${file}`,
  next: (file: string, period: string) =>
    `Tiếp theo: mở ${file}, viết phần Đánh giá chung và Phương hướng, nhiệm vụ, rồi lập báo cáo: danvan report --period ${period}`,
};

type NotesUi = typeof vi;

const en: NotesUi = {
  badPeriod: (p) =>
    `"${p}" is not a report period. Give a month (2020-04), a quarter (2020-Q2), a half-year (2020-H1) or a year (2020).`,
  exists: (file) => `"${file}" already exists; danvan init does not overwrite written notes.`,
  existsHint:
    'Open it to go on writing, or run again with --force to replace it with an empty skeleton (its content is lost).',
  created: (file) => `Created ${file}`,
  overwritten: (file) => `Overwrote ${file}`,
  next: (file, period) =>
    `Next: open ${file}, write the assessment and the direction, then: danvan report --period ${period}`,
};

export const notesUi: Record<Lang, NotesUi> = { vi, en };
