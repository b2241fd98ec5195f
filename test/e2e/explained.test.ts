import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const env = { DANVAN_TODAY: '2020-06-30', FORCE_COLOR: '0' };
/** Phường Bạch Đằng explains in June that its settled requests include earlier ones (CU.4). */
const explained = 'examples/submissions/2020-06/phuong-bach-dang.yaml';
const units = ['--units', 'examples/units.yaml'];

describe('danvan validate on a file whose warning is explained (the built bin)', () => {
  it('shows it as explained, counts no warning, and exits 0 even with --fail-on warning', () => {
    const r = runCli(['validate', explained, ...units, '--fail-on', 'warning'], { env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      `${explained}:38:32  đã giải trình: Số đã giải quyết gồm cả 3 kiến nghị tồn từ tháng 5 về trật tự xây dựng ngoài đê sông Hồng.\n`,
    );
    expect(r.stdout).toContain(
      '✔ 1 tệp đã kiểm tra: 1 hợp lệ, 0 có cảnh báo, 0 không hợp lệ (0 lỗi, 0 cảnh báo; 1 cảnh báo đã giải trình).',
    );
  });

  it('an unexplained warning beside it still fails --fail-on warning', () => {
    const r = runCli(
      ['validate', explained, 'examples/submissions/2020-06/ubnd-quan.yaml', ...units, '--fail-on', 'warning'],
      { env },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('(0 lỗi, 1 cảnh báo; 1 cảnh báo đã giải trình)');
  });

  it('a result read back from the cache keeps the explanation', () => {
    const cache = join(tempDir(), 'cache.json');
    const args = ['validate', explained, ...units, '--cache-location', cache];
    const first = runCli(args, { env });
    const second = runCli([...args, '--verbose'], { env });
    expect(second.stderr).toContain('1 tệp không đổi');
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toContain('đã giải trình: Số đã giải quyết');
  });
});
