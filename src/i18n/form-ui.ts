import type { Lang } from './lang.js';

/** Words of `danvan form` on the terminal (the page it writes is for the units, in Vietnamese). */
const vi = {
  wrote: (file: string) => `Đã ghi ${file}`,
  sendIt: (units: number, year: number) =>
    `Gửi tệp này cho các đơn vị (thư điện tử, Zalo, USB): mở bằng trình duyệt, không cần cài đặt, không cần mạng; ${units} đơn vị, báo cáo các tháng năm ${year}.`,
};

type FormUi = typeof vi;

const en: FormUi = {
  wrote: (file) => `Wrote ${file}`,
  sendIt: (units, year) =>
    `Send this file to the units (e-mail, Zalo, USB stick): it opens in a browser, with nothing to install and no network; ${units} units, the months of ${year}.`,
};

export const formUi: Record<Lang, FormUi> = { vi, en };
