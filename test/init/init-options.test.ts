import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { validSubmission, writeDataFolder } from '../status/data-folder.js';

/* The options of `danvan init`, through main(argv, io) in this process: what is written, and each usage error. */

describe('danvan init options', () => {
  let dir: string;
  beforeEach(() => {
    dir = writeDataFolder({});
  });
  const init = (...args: string[]) => runInProcess(['init', ...args], dir, { DANVAN_TODAY: '2020-06-25' });
  const submission = (month: string, unit: string) => join(dir, 'submissions', month, `${unit}.yaml`);

  it.each([
    [['--period', '2020-05'], 'Cần mã đơn vị: danvan init --unit <mã đơn vị>', undefined],
    [['--unit', 'ubnd-quan', '--period', '2020-5'], 'Tháng "2020-5" không đúng dạng NĂM-THÁNG', undefined],
    [['--unit', 'ubnd-quan', '--period', '2020-Q2'], 'Tháng "2020-Q2" không đúng dạng NĂM-THÁNG', undefined],
    [['--unit', 'ubnd-quan', '--period', '2021-01'], 'Tháng 2021-01 không nằm trong thời gian báo cáo', undefined],
    [
      ['--unit', 'ubnd-quann', '--period', '2020-05'],
      'Không có đơn vị "ubnd-quann" trong danh sách đơn vị.',
      'Có phải là "ubnd-quan"?',
    ],
    [['--unit', 'xyz', '--period', '2020-05'], 'Không có đơn vị "xyz"', 'Xem mã các đơn vị: danvan units'],
  ])('%j: exit 2, says why (and what to do), writes nothing', async (args, message, hint) => {
    const r = await init(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    if (hint) expect(r.stderr).toContain(`→ ${hint}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'submissions', '2020-05'))).toBe(false);
  });

  it('a bad month is suggested in its right form', async () => {
    expect((await init('--unit', 'ubnd-quan', '--period', '2020-5')).stderr).toContain('"2020-05"');
  });

  it("writes the unit's month in the submissions folder and says what to do next", async () => {
    const r = await init('--unit', 'ubnd-quan', '--period', '2020-05');
    const shown = join('submissions', '2020-05', 'ubnd-quan.yaml');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `Đã tạo ${shown}\nTiếp theo: mở tệp, điền vào các chỗ còn trống sau dấu hai chấm, rồi kiểm tra: danvan validate ${shown}\n`,
    );
    expect(readFileSync(submission('2020-05', 'ubnd-quan'), 'utf8')).toMatch(/^unit: ubnd-quan$/m);
  });

  it('never replaces a file without --force; with it, says it overwrote', async () => {
    expect((await init('--unit', 'ubnd-quan', '--period', '2020-05')).code).toBe(0);
    writeFileSync(submission('2020-05', 'ubnd-quan'), 'nội dung cũ\n');
    const again = await init('--unit', 'ubnd-quan', '--period', '2020-05');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('danvan init không ghi đè lên báo cáo đã có');
    expect(again.stderr).toContain('→ Mở tệp đó để sửa tiếp, hoặc chạy lại với --force');
    expect(readFileSync(submission('2020-05', 'ubnd-quan'), 'utf8')).toBe('nội dung cũ\n');
    const forced = await init('--unit', 'ubnd-quan', '--period', '2020-05', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`Đã ghi đè ${join('submissions', '2020-05', 'ubnd-quan.yaml')}`);
    expect(readFileSync(submission('2020-05', 'ubnd-quan'), 'utf8')).not.toBe('nội dung cũ\n');
  });

  it('--out writes to the file named, relative to the working folder', async () => {
    const r = await init('--unit', 'ubnd-quan', '--period', '2020-05', '--out', 'nhap/thang-5.yaml');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'nhap', 'thang-5.yaml'))).toBe(true);
    expect(existsSync(submission('2020-05', 'ubnd-quan'))).toBe(false);
  });

  it("without --from, points to last month's file; with --from, says what it carried", async () => {
    writeFileSync(join(dir, 'thang-5.yaml'), validSubmission('phuong-bach-dang', '2020-05', '2020-05-18'));
    expect(
      (
        await init(
          '--unit',
          'phuong-bach-dang',
          '--period',
          '2020-05',
          '--out',
          'submissions/2020-05/phuong-bach-dang.yaml',
        )
      ).code,
    ).toBe(0);
    const hinted = await init('--unit', 'phuong-bach-dang', '--period', '2020-06');
    expect(hinted.stdout).toContain(`--from ${join('submissions', '2020-05', 'phuong-bach-dang.yaml')}`);
    const carried = await init('--unit', 'phuong-bach-dang', '--period', '2020-07', '--from', 'thang-5.yaml');
    expect(carried.code).toBe(0);
    expect(carried.stdout).toContain('Đã lấy từ báo cáo tháng 5/2020: người báo cáo, 0 mô hình/điển hình');
    expect(carried.stdout).not.toContain('Gợi ý');
  });

  it('--from of another unit, or not YAML: exit 2 with the hint, nothing written', async () => {
    writeFileSync(join(dir, 'khac.yaml'), validSubmission('hdnd-quan', '2020-05', '2020-05-18'));
    writeFileSync(join(dir, 'hong.yaml'), 'tasks: [unclosed\n');
    const other = await init('--unit', 'ubnd-quan', '--period', '2020-06', '--from', 'khac.yaml');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('Tệp "khac.yaml" là báo cáo của đơn vị "hdnd-quan", không phải của "ubnd-quan".');
    expect(other.stderr).toContain('→ Dùng báo cáo tháng trước của chính đơn vị mình với --from.');
    const broken = await init('--unit', 'ubnd-quan', '--period', '2020-06', '--from', 'hong.yaml');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('Tệp "hong.yaml" không đúng cú pháp YAML');
    expect(broken.stderr).toContain('→ Kiểm tra tệp đó: danvan validate hong.yaml');
    expect(existsSync(submission('2020-06', 'ubnd-quan'))).toBe(false);
  });

  it('--notes writes the notes of any report period, --unit not needed, never over written notes; a bad period is exit 2', async () => {
    const r = await init('--notes', '--period', '2020-Q2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('danvan report --period 2020-Q2');
    const again = await init('--notes', '--period', '2020-Q2');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('danvan init không ghi đè lên tệp ý kiến đã viết');
    expect(again.stderr).toContain('→ Mở tệp đó để sửa tiếp, hoặc chạy lại với --force');
    const bad = await init('--notes', '--period', '2020-Q5');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Kỳ báo cáo "2020-Q5" không đúng');
  });

  it('--lang en words the problems in English', async () => {
    const r = await runInProcess(['--lang', 'en', 'init', '--unit', 'ubnd-quann', '--period', '2020-05'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The unit registry has no unit "ubnd-quann".');
    expect(r.stderr).toContain('→ Did you mean "ubnd-quan"?');
  });
});
