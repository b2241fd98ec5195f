import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { convertWithSoffice, hasSoffice } from '../helpers/soffice.js';

// The tests that print through LibreOffice must say plainly why a conversion did not happen.
describe('convertWithSoffice', () => {
  it('says that soffice is not installed when it cannot be found', () => {
    const path = process.env.PATH;
    process.env.PATH = tempDir('danvan-empty-path-');
    try {
      expect(hasSoffice()).toBe(false);
      expect(() => convertWithSoffice('x.docx', 'pdf', tempDir(), 10_000)).toThrow(
        /soffice \(LibreOffice\) is not installed/,
      );
    } finally {
      process.env.PATH = path;
    }
  });

  it.skipIf(!hasSoffice())('says that it ran out of time, and after how long', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'a\n');
    expect(() => convertWithSoffice(file, 'pdf', dir, 50)).toThrow(/did not convert .*a\.txt within 0\.05 s/);
  });
});
