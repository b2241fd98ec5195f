import { CliError } from '../core/errors.js';

/**
 * Today's date as YYYY-MM-DD: DANVAN_TODAY when set (so CI runs and tests give the same answer on
 * any day), else the local calendar date of this computer.
 */
export function today(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fixed = env.DANVAN_TODAY;
  if (fixed !== undefined && fixed !== '') {
    const d = new Date(`${fixed}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(d.getTime()) || !d.toISOString().startsWith(fixed)) {
      throw new CliError(
        `Biến môi trường DANVAN_TODAY="${fixed}" không phải một ngày dạng NĂM-THÁNG-NGÀY (ví dụ 2020-04-18).`,
      );
    }
    return fixed;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
