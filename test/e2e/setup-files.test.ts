import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { validSubmission, writeDataFolder } from '../status/data-folder.js';

const env = { DANVAN_TODAY: '2020-05-25' };

describe('setup files that cannot be used (the built bin)', () => {
  let dir: string;
  beforeAll(() => {
    dir = writeDataFolder({
      'submissions/2020-05/ubnd-quan.yaml': validSubmission('ubnd-quan', '2020-05', '2020-05-15'),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => runCli(args, { cwd: dir, env });

  it('--units /dev/zero and --config /dev/zero end at once with exit 2, saying it is not a file', () => {
    for (const option of ['--units', '--config']) {
      const r = run('validate', option, '/dev/zero');
      expect(r.status, option).toBe(2);
      expect(r.stderr, option).toContain('"/dev/zero": đây không phải tệp thường');
    }
  });

  it("a list-shaped configuration is exit 2 in Vietnamese, without the checker's English", () => {
    writeFileSync(join(dir, 'list.config.yaml'), '- units.yaml\n- submissions\n');
    const r = run('validate', '--config', 'list.config.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"tên: giá trị"');
    expect(r.stderr).not.toMatch(/must be|lỗi chương trình/);
  });

  it('an --xlsx-template of the wrong shape is exit 2 naming the file, not a fault of the program', () => {
    writeFileSync(join(dir, 'chu.yaml'), '- tiêu đề\n');
    const r = run('report', '--period', '2020-05', '--xlsx-template', 'chu.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(dir, 'chu.yaml'));
    expect(r.stderr).not.toMatch(/lỗi chương trình/);
  });
});
