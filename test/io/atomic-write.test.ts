import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { tempDir } from '../helpers/cli.js';

describe('writeFileAtomic', () => {
  it('replaces a file whole, creates the folder, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'sub', 'bao-cao.md');
    writeFileAtomic(file, 'một');
    writeFileAtomic(file, 'hai');
    expect(readFileSync(file, 'utf8')).toBe('hai');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['bao-cao.md']);
  });

  it('writes into a device in place instead of renaming over it (`--output-json /dev/null`)', () => {
    writeFileAtomic('/dev/null', 'không đi đâu');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(existsSync(join('/dev', `.null.${process.pid}.tmp`))).toBe(false);
  });

  it('a write that fails leaves the previous file intact', () => {
    const dir = tempDir();
    const file = join(dir, 'bao-cao.md');
    writeFileSync(file, 'cũ');
    expect(() => writeFileAtomic(join(file, 'not-a-folder.md'), 'x')).toThrow(/Không ghi được/);
    expect(readFileSync(file, 'utf8')).toBe('cũ');
  });
});
