import type { Lang } from './lang.js';

/** Words of the command-line screens (not of diagnostics, which have their own catalogue). */
const vi = {
  id: 'Mã',
  task: 'Nhiệm vụ / chỉ tiêu',
  measure: 'Đơn vị tính',
  kind: 'Cách cộng',
  flow: 'cộng dồn theo tháng',
  stock: 'số cuối kỳ',
  unitName: 'Tên đơn vị',
  unitKind: 'Loại',
  groups: 'Nhóm nhiệm vụ',
  parent: 'Cấp trên',
  planHeading: (n: string, t: string) => `Kế hoạch số ${n} — ${t}`,
  planIssued: (issuer: string, date: string, day: number) =>
    `${issuer}, ngày ${date}. Hạn gửi báo cáo: trước ngày ${day} hằng tháng.`,
  unitsSummary: (n: number) => `${n} đơn vị.`,
  error: 'Lỗi',
  warning: 'Cảnh báo',
  hint: 'Cách sửa',
  setupBroken: (file: string, n: number) => `Tệp ${file} có ${n} lỗi, chưa dùng được:`,
  noUnits: 'Chưa có danh sách đơn vị: ghi "units:" trong danvan.config.yaml hoặc dùng --units <tệp>.',
  wrote: (file: string) => `Đã ghi ${file}`,
};

type Ui = typeof vi;

const en: Ui = {
  id: 'ID',
  task: 'Task / indicator',
  measure: 'Unit of measure',
  kind: 'Aggregation',
  flow: 'summed over months',
  stock: 'end-of-period level',
  unitName: 'Unit name',
  unitKind: 'Kind',
  groups: 'Task groups',
  parent: 'Parent',
  planHeading: (n, t) => `Plan No. ${n} — ${t}`,
  planIssued: (issuer, date, day) => `${issuer}, ${date}. Reports due before day ${day} of each month.`,
  unitsSummary: (n) => `${n} units.`,
  error: 'Error',
  warning: 'Warning',
  hint: 'How to fix',
  setupBroken: (file, n) => `${file} has ${n} error(s) and cannot be used:`,
  noUnits: 'No unit registry: set "units:" in danvan.config.yaml or pass --units <file>.',
  wrote: (file) => `Wrote ${file}`,
};

export const ui: Record<Lang, Ui> = { vi, en };
