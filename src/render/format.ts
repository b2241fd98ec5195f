import type { Lang } from '../i18n/lang.js';

/** 2020-03-18 → "18/3/2020" (Vietnamese administrative style) or "18 March 2020". */
export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (lang === 'en')
    return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return `${d}/${m}/${y}`;
}
