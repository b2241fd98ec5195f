import { parsePeriod } from './period.js';

/**
 * The period an official most likely meant by what they typed: `2020-4` → `2020-04`, `2020-q2` →
 * `2020-Q2`, `4/2020` or `04-2020` → `2020-04`, `2020/04` → `2020-04`. Undefined when nothing close.
 * With `monthOnly`, only months are offered (status and init take a month).
 */
export function suggestPeriod(input: string, monthOnly = false): string | undefined {
  const s = input
    .trim()
    .toUpperCase()
    .replace(/[./_\s]+/g, '-');
  const candidates: string[] = [];
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) candidates.push(`${m[1]}-${m[2]!.padStart(2, '0')}`);
  if ((m = /^(\d{1,2})-(\d{4})$/.exec(s))) candidates.push(`${m[2]}-${m[1]!.padStart(2, '0')}`);
  if ((m = /^(\d{4})(\d{2})$/.exec(s))) candidates.push(`${m[1]}-${m[2]}`);
  if (!monthOnly) {
    if ((m = /^(\d{4})-?(Q|H)(\d)$/.exec(s))) candidates.push(`${m[1]}-${m[2]}${m[3]}`);
    if ((m = /^(Q|H)(\d)-(\d{4})$/.exec(s))) candidates.push(`${m[3]}-${m[1]}${m[2]}`);
  }
  return candidates.find(
    (c) => c !== input && parsePeriod(c) !== undefined && (!monthOnly || parsePeriod(c)!.kind === 'month'),
  );
}
