import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/cli.js';

const has = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0;
const hasTools = has('soffice', ['--version']) && has('pdfinfo', ['-v']);

/** What a person prints from the example quarter's workbook, at most: the working sheets, not the reference ones. */
const MAX_PAGES = 36;

// CI installs LibreOffice and poppler-utils (.ci/run), so there the test must run; elsewhere without them, it is skipped.
describe.skipIf(!hasTools && !process.env.CI)('the example quarter\'s workbook, printed whole through LibreOffice', () => {
  it(`takes at most ${MAX_PAGES} A4 pages, and no page of the per-unit sheet holds half of an indicator`, () => {
    const dir = tempDir('danvan-print-');
    try {
      const xlsx = join(repoRoot, 'examples', 'reports', 'bao-cao-2020-Q2.xlsx');
      const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { encoding: 'utf8', timeout: 170_000 });
      expect(r.status, r.stderr).toBe(0);
      const pdf = join(dir, readdirSync(dir).find((n) => n.endsWith('.pdf'))!);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      expect(pages).toBeGreaterThan(10);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);

      // On each page of the per-unit sheet, every indicator shown has both its columns: as many
      // "year to date" headers as indicator ids, and as many as period headers.
      let perUnitPages = 0;
      for (let page = 1; page <= pages; page++) {
        const text = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
        if (!text.includes('Chỉ tiêu theo đơn vị')) continue;
        perUnitPages++;
        const ids = new Set(text.match(/\b[A-Z]{2}\.\d+\.[a-z_]+/g) ?? []).size;
        const ytd = (text.match(/Lũy kế/g) ?? []).length;
        const period = (text.match(/Quý II/g) ?? []).length;
        expect(ids, `page ${page}`).toBeGreaterThan(0);
        expect([ytd, period], `page ${page}`).toEqual([ids, ids]);
      }
      expect(perUnitPages).toBeGreaterThan(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
