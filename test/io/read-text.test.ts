import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import { MAX_SETUP_BYTES, readText } from '../../src/io/read-text.js';
import { tempDir } from '../helpers/cli.js';

describe('reading a setup file (plan, registry, config, template)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('danvan-read-text-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const failure = (file: string): CliError => {
    try {
      readText(file, 'danh sách đơn vị');
    } catch (error) {
      if (error instanceof CliError) return error;
      throw error;
    }
    throw new Error(`${file} was read`);
  };

  it('reads a regular file', () => {
    writeFileSync(join(dir, 'units.yaml'), 'units: []\n');
    expect(readText(join(dir, 'units.yaml'), 'danh sách đơn vị')).toBe('units: []\n');
  });

  it('refuses a device that never ends, without reading it', () => {
    expect(failure('/dev/zero').message).toMatch(/không phải tệp thường/);
  });

  it('refuses a named pipe without waiting for a writer', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(failure(join(dir, 'pipe.yaml')).message).toMatch(/không phải tệp thường/);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, MAX_SETUP_BYTES + 1);
    expect(failure(big).message).toMatch(/quá lớn .* tối đa 8 MiB/);
  });

  it('says a folder is a folder and a link loop is a loop', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    expect(failure(join(dir, 'folder.yaml')).message).toMatch(/thư mục/);
    symlinkSync('b.yaml', join(dir, 'a.yaml'));
    symlinkSync('a.yaml', join(dir, 'b.yaml'));
    expect(failure(join(dir, 'a.yaml')).message).toMatch(/vòng tròn/);
  });
});
