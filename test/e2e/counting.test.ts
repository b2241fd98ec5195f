import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { units, validSubmission, writeDataFolder } from '../status/data-folder.js';

const env = { DANVAN_TODAY: '2020-05-25' };

interface JsonFile {
  file: string;
  valid: boolean;
  diagnostics: { code: string; severity: string; args: Record<string, unknown> }[];
}

/*
 * Which file counts for a unit and month: validate, status (its month folder, or the whole folder)
 * and the report must name the same file, and a file with errors of its own must not take the
 * count away from another one.
 */
describe('validate, status and report agree on which file counts', () => {
  let dir: string;
  const ubnd = validSubmission('ubnd-quan', '2020-05', '2020-05-15');
  beforeAll(() => {
    dir = writeDataFolder({
      ...Object.fromEntries(
        units
          .filter((u) => u.id !== 'mttq-quan')
          .map((u) => [`submissions/2020-04/${u.id}.yaml`, validSubmission(u.id, '2020-04', '2020-04-10')]),
      ),
      'submissions/2020-05/ubnd-quan.yaml': ubnd,
      // Misfiled: in April's folder under another unit's name, with UBND's May report in it.
      'submissions/2020-04/mttq-quan.yaml': ubnd,
      // The browser's second download of the same file.
      'submissions/2020-05/ubnd-quan (1).yaml': ubnd,
      // A keepsake in another folder: the file in 2020-05/ counts, this one is set aside.
      'submissions/luu/2020-05/ubnd-quan.yaml': ubnd,
      // Two valid files equally placed: neither counts, in every command.
      'submissions/2020-05/hdnd-quan.yaml': validSubmission('hdnd-quan', '2020-05', '2020-05-10'),
      'submissions/2020-05/hdnd-quan.yml': validSubmission('hdnd-quan', '2020-05', '2020-05-12'),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const validate = () => {
    const r = runCli(['validate', '--format', 'json'], { cwd: dir, env });
    return new Map((JSON.parse(r.stdout) as { files: JsonFile[] }).files.map((f) => [f.file, f]));
  };
  const codes = (f: JsonFile | undefined) => f?.diagnostics.map((d) => d.code);
  const statesOf = (args: string[]) => {
    const r = runCli(['status', '--period', '2020-05', '--format', 'json', ...args], { cwd: dir, env });
    expect(r.stderr).toBe('');
    return Object.fromEntries(
      (JSON.parse(r.stdout) as { units: { id: string; state: string; files: string[] }[] }).units.map((u) => [
        u.id,
        [u.state, u.files],
      ]),
    );
  };

  it('validate: a misfiled or downloaded copy with errors of its own makes no other file a duplicate', () => {
    const files = validate();
    expect(files.get('submissions/2020-05/ubnd-quan.yaml')).toMatchObject({ valid: true, diagnostics: [] });
    expect(codes(files.get('submissions/2020-04/mttq-quan.yaml'))?.sort()).toEqual([
      'period-mismatch',
      'unit-mismatch',
    ]);
    expect(codes(files.get('submissions/2020-05/ubnd-quan (1).yaml'))).toEqual(['unit-mismatch']);
  });

  it('validate: a valid copy in another folder is set aside with a warning naming the file that counts', () => {
    const copy = validate().get('submissions/luu/2020-05/ubnd-quan.yaml');
    expect(copy?.valid).toBe(true);
    expect(copy?.diagnostics).toMatchObject([
      { code: 'copy-not-counted', severity: 'warning', args: { counted: 'submissions/2020-05/ubnd-quan.yaml' } },
    ]);
  });

  it('validate: two equally placed valid files for one unit and month are both duplicates', () => {
    const files = validate();
    expect(codes(files.get('submissions/2020-05/hdnd-quan.yaml'))).toEqual(['duplicate-submission']);
    expect(codes(files.get('submissions/2020-05/hdnd-quan.yml'))).toEqual(['duplicate-submission']);
  });

  it('status, reading the month folder or the whole folder, counts the same files', () => {
    for (const args of [[], ['submissions']]) {
      const states = statesOf(args);
      expect(states['ubnd-quan'], args.join(' ')).toEqual(['on-time', ['submissions/2020-05/ubnd-quan.yaml']]);
      expect(states['hdnd-quan']?.[0], args.join(' ')).toBe('invalid');
    }
  });

  it('report counts the file validate and status count, and nothing else', () => {
    const r = runCli(['report', '--period', '2020-05', '--format', 'md'], { cwd: dir, env });
    expect(r.stderr).not.toMatch(/lỗi chương trình/);
    expect(r.status).toBe(0);
    const md = readFileSync(join(dir, 'reports', 'bao-cao-2020-05.md'), 'utf8');
    // 6 units: UBND counted; HĐND's pair left out; the four others sent nothing for May.
    expect(md).toContain('Đã nhận **1** báo cáo hợp lệ');
    expect(md).toMatch(/; 1 báo cáo không hợp lệ, không tính vào số liệu; chưa nộp 4\./);
  });
});
