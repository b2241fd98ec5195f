import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { fixtures } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = tempDir('danvan-cache-cli-');
  cpSync(join(fixtures, 'collect'), join(dir, 'submissions'), { recursive: true });
  cpSync(join(fixtures, 'units.yaml'), join(dir, 'units.yaml'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const validate = (...args: string[]) =>
  runCli(['validate', 'submissions', '--units', 'units.yaml', ...args], {
    cwd: dir,
    env: { DANVAN_TODAY: '2020-06-30' },
  });

describe('danvan validate --cache (the built bin)', () => {
  it('writes .danvan-cache in the working folder and reports exactly what a run without it reports, every time', () => {
    const plain = validate();
    const first = validate('--cache', '--verbose');
    expect(existsSync(join(dir, '.danvan-cache'))).toBe(true);
    const second = validate('--cache', '--verbose');
    for (const r of [first, second]) {
      expect(r.status).toBe(plain.status);
      expect(r.stdout).toBe(plain.stdout);
    }
    expect(plain.status).toBe(1);
    expect(first.stderr).toContain('Đã đọc và kiểm tra 4 tệp; 0 tệp không đổi');
    expect(second.stderr).toContain('Đã đọc và kiểm tra 0 tệp; 4 tệp không đổi');
  });

  it('--cache-location: a file, or a folder to put .danvan-cache in', () => {
    validate('--cache-location', 'ket-qua.cache');
    expect(existsSync(join(dir, 'ket-qua.cache'))).toBe(true);
    mkdirSync(join(dir, 'tam'));
    validate('--cache-location', 'tam');
    expect(existsSync(join(dir, 'tam', '.danvan-cache'))).toBe(true);
    expect(existsSync(join(dir, '.danvan-cache'))).toBe(false);
  });

  it('a damaged cache changes nothing the user sees', () => {
    const plain = validate();
    writeFileSync(join(dir, '.danvan-cache'), '\u0000 không phải JSON');
    const r = validate('--cache');
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, '.danvan-cache'), 'utf8')).toMatch(/^\{"format":\d+,"key":/);
  });

  it('a cache that cannot be written is a note on stderr, not a failure', () => {
    writeFileSync(join(dir, 'chan'), '');
    const plain = validate();
    const r = validate('--cache-location', 'chan/.danvan-cache');
    expect(r.status).toBe(plain.status);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toContain('Không ghi được tệp lưu kết quả "chan/.danvan-cache"');
  });
});
