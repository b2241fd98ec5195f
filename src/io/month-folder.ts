import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MONTH_PATTERN } from '../core/period.js';

/**
 * What to read for one month of a submissions folder. With the usual layout
 * (`<folder>/<YYYY-MM>/<unit>.yaml`) only that month's folder is read, so the status of a month stays
 * fast however many months have gone by; a month with no folder yet has nothing to read. A folder
 * without month folders (files kept flat) is read whole, and the month is picked from the contents.
 */
export function pathsForMonth(submissionsDir: string, month: string): string[] {
  const monthDir = join(submissionsDir, month);
  if (existsSync(monthDir) && statSync(monthDir).isDirectory()) return [monthDir];
  if (!existsSync(submissionsDir)) return [submissionsDir]; // let the reader say it cannot be read
  const monthly = readdirSync(submissionsDir, { withFileTypes: true }).some(
    (e) => e.isDirectory() && MONTH_PATTERN.test(e.name),
  );
  return monthly ? [] : [submissionsDir];
}
