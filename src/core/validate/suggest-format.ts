/*
 * What an official probably meant when a date, month or id is written the usual Vietnamese way:
 * 18/4/2020 → 2020-04-18, 4/2020 or "tháng 4/2020" → 2020-04, "Phường Bạch Đằng" → phuong-bach-dang.
 */
const pad = (n: string) => n.padStart(2, '0');

export function suggestDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return checkDate(m[3]!, m[2]!, m[1]!);
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(t);
  if (m) return checkDate(m[1]!, m[2]!, m[3]!);
  return undefined;
}

function checkDate(y: string, mo: string, d: string): string | undefined {
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

export function suggestMonth(text: string): string | undefined {
  const t = text.trim().toLowerCase().normalize('NFC');
  let m = /^(\d{4})[/.\- ](\d{1,2})$/.exec(t);
  if (m) return month(m[1]!, m[2]!);
  m = /^(?:th[aá]ng\s*|t)?(\d{1,2})\s*[/.\- ]\s*(?:n[aă]m\s*)?(\d{4})$/u.exec(t);
  if (m) return month(m[2]!, m[1]!);
  return undefined;
}

function month(y: string, m: string): string | undefined {
  const n = Number(m);
  return n >= 1 && n <= 12 ? `${y}-${pad(m)}` : undefined;
}

export function suggestId(text: string): string | undefined {
  const id = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? undefined : id;
}
