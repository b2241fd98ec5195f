import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';
import { convertWithSoffice, hasSoffice } from '../helpers/soffice.js';

const env = { DANVAN_TODAY: '2020-07-01' };
const tool = (name: string, args: string[]) => spawnSync(name, args, { encoding: 'utf8' }).status === 0;
const hasTools = hasSoffice() && tool('pdfinfo', ['-v']) && tool('unzip', ['-v']);

/** The example data in a temporary folder, so notes can be added and broken without touching examples/. */
function examples(): string {
  const dir = tempDir('danvan-docx-');
  cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  cpSync(join(repoRoot, 'schemas'), join(dir, 'schemas'), { recursive: true });
  return join(dir, 'examples');
}

const pageText = (pdf: string, page: number, layout = false) =>
  spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  }).stdout;

// The document as it prints: LibreOffice (installed by .ci/run) turns it into a PDF, poppler reads it.
describe.skipIf(!hasTools && !process.env.CI)('the Word document of the example month, printed', () => {
  let pdf: string;
  let pages: number;
  let docx: string;
  beforeAll(() => {
    const out = tempDir('danvan-docx-out-');
    const r = runCli(
      ['report', '--config', 'examples/danvan.config.yaml', '--period', '2020-04', '--format', 'docx', '--out', out],
      { env },
    );
    expect(r.status, r.stderr).toBe(0);
    docx = join(out, 'bao-cao-2020-04.docx');
    convertWithSoffice(docx, 'pdf', out, 180_000);
    pdf = join(out, 'bao-cao-2020-04.pdf');
    pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
  }, 240_000);

  const appendixPage = () =>
    Array.from({ length: pages }, (_, i) => i + 1).find((p) => /^\s*PHỤ LỤC\s*$/m.test(pageText(pdf, p)));

  it('is a sound zip package (unzip -t)', () => {
    const t = spawnSync('unzip', ['-t', docx], { encoding: 'utf8' });
    expect(t.status, t.stdout).toBe(0);
    expect(t.stdout).toContain('No errors detected');
  });

  it('page 1 is A4 portrait with the header block in order, then BÁO CÁO and the subject', () => {
    const info = spawnSync('pdfinfo', ['-f', '1', '-l', '1', pdf], { encoding: 'utf8' }).stdout;
    const [w, h] = (/Page\s+1 size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    expect(Math.abs(w! - 595.3)).toBeLessThan(1);
    expect(Math.abs(h! - 841.9)).toBeLessThan(1);
    const lines = pageText(pdf, 1, true).split('\n');
    const row = (s: string) => lines.findIndex((l) => l.includes(s));
    // Side by side: the committee and the Party's name on one line, the committee on the left.
    const top = lines[row('QUẬN ỦY HAI BÀ TRƯNG')]!;
    expect(top).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(top.indexOf('QUẬN ỦY')).toBeLessThan(top.indexOf('ĐẢNG CỘNG SẢN'));
    const order = [
      'QUẬN ỦY HAI BÀ TRƯNG',
      'BAN DÂN VẬN',
      'Số 25-BC/BDVQU',
      'BÁO CÁO',
      'Kết quả thực hiện Kế hoạch số 394-KH/BDVQU',
    ].map(row);
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(row('Hai Bà Trưng, ngày 20 tháng 4 năm 2020')).toBeGreaterThan(row('ĐẢNG CỘNG SẢN VIỆT NAM'));
    expect(row('Hai Bà Trưng, ngày 20 tháng 4 năm 2020')).toBeLessThan(row('BÁO CÁO'));
    // "BÁO CÁO" stands centred: well in from the left margin.
    expect(lines[row('BÁO CÁO')]!.search(/\S/)).toBeGreaterThan(20);
  });

  it('has no page number on page 1 and numbers from page 2', () => {
    const firstLine = (page: number) => pageText(pdf, page).trimStart().split('\n')[0]!.trim();
    expect(firstLine(1)).not.toMatch(/^\d+$/);
    expect(firstLine(2)).toBe('2');
    expect(firstLine(3)).toBe('3');
  });

  it('signs before PHỤ LỤC, within six pages, with no file name or computation note in the signed part', () => {
    const appendix = appendixPage();
    expect(appendix).toBeDefined();
    expect(appendix! - 1).toBeLessThanOrEqual(6);
    // Each page's number (its first line from page 2 on) is left out, so a sentence runs on across pages.
    const signed = Array.from({ length: appendix! - 1 }, (_, i) =>
      pageText(pdf, i + 1).replace(/^\s*\d+\s*\n/, ''),
    ).join('\n');
    for (const words of [
      'Nơi nhận:',
      'TRƯỞNG BAN',
      'Nguyễn Thị Thu Hà',
      'V. ĐÁNH GIÁ CHUNG',
      'VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 5/2020',
    ])
      expect(signed).toContain(words);
    // The notes of examples/notes/2020-04.yaml are in the document (justified lines may split words
    // in the extracted text, so spaces are left out of the comparison).
    const squeezed = signed.replace(/\s+/g, '');
    expect(squeezed).toContain('chủđộngchuyểnsanghìnhthứctrựctuyến');
    expect(squeezed).toContain('-Đônđốccácđơnvịgửibáocáođúngthờihạn');
    expect(signed).not.toMatch(/\.yaml|Cách tính|đơn vị khác \(toàn|\b\d+:\d+\b/);
    // The appendix has them, in landscape.
    const rest = Array.from({ length: pages - appendix! + 1 }, (_, i) => pageText(pdf, appendix! + i)).join('\n');
    expect(rest).toContain('Cách tính');
    expect(rest).toMatch(/Và \d+ đơn vị khác/);
    const info = spawnSync('pdfinfo', ['-f', String(appendix), '-l', String(appendix), pdf], {
      encoding: 'utf8',
    }).stdout;
    const [w, h] = (new RegExp(`Page\\s+${appendix} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(info) ?? [])
      .slice(1)
      .map(Number);
    expect(w!).toBeGreaterThan(h!);
  });

  it('draws the two charts with their numbers written out', () => {
    const signed = Array.from({ length: appendixPage()! - 1 }, (_, i) => pageText(pdf, i + 1)).join('\n');
    expect(signed).toContain('Báo cáo của các đơn vị, tháng 4/2020');
    expect(signed).toMatch(/25 \(89,3%\)/);
    expect(signed).toContain('Một số tỷ lệ chính, tháng 4/2020');
    const media = spawnSync('unzip', ['-l', docx], { encoding: 'utf8' }).stdout.match(/word\/media\/\S+\.png/g) ?? [];
    expect(media.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the notes file in danvan report (the built bin)', () => {
  let dir: string;
  beforeAll(() => {
    dir = examples();
  });

  it('without notes, the report is written, says so, and the sections are marked blanks', () => {
    const out = tempDir('danvan-notes-none-');
    const r = runCli(
      ['report', '--config', join(dir, 'danvan.config.yaml'), '--period', '2020-05', '--format', 'md', '--out', out],
      { env },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Chưa có tệp ý kiến');
    expect(r.stdout).toContain('danvan init --notes --period 2020-05');
    expect(readFileSync(join(out, 'bao-cao-2020-05.md'), 'utf8')).toContain(
      '## V. ĐÁNH GIÁ CHUNG\n\n### 1. Ưu điểm\n\n*(Để trống',
    );
  });

  it('init --notes writes a skeleton that the report accepts; a second init does not overwrite it', () => {
    const first = runCli(['init', '--notes', '--period', '2020-06', '--config', join(dir, 'danvan.config.yaml')], {
      env,
    });
    expect(first.status, first.stderr).toBe(0);
    const file = join(dir, 'notes', '2020-06.yaml');
    expect(readFileSync(file, 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/notes\.schema\.json\n/,
    );
    const again = runCli(['init', '--notes', '--period', '2020-06', '--config', join(dir, 'danvan.config.yaml')], {
      env,
    });
    expect(again.status).toBe(2);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('  strengths: |\n', '  strengths: |\n    Ưu điểm viết tay.\n'),
    );
    const out = tempDir('danvan-notes-init-');
    const r = runCli(
      ['report', '--config', join(dir, 'danvan.config.yaml'), '--period', '2020-06', '--format', 'md', '--out', out],
      { env },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Chưa có tệp ý kiến');
    expect(readFileSync(join(out, 'bao-cao-2020-06.md'), 'utf8')).toContain('### 1. Ưu điểm\n\nƯu điểm viết tay.\n');
  });

  it('a broken notes file stops the report: exit 1, the mistake at its line and column, nothing written', () => {
    writeFileSync(
      join(dir, 'notes', '2020-05.yaml'),
      'period: 2020-05\nassessment:\n  strengths: Tốt.\n  han_che: Chưa tốt.\n',
    );
    const out = join(tempDir('danvan-notes-broken-'), 'khong-ghi');
    const r = runCli(['report', '--config', join(dir, 'danvan.config.yaml'), '--period', '2020-05', '--out', out], {
      env,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2020-05.yaml');
    expect(r.stderr).toMatch(/:4:3\b/);
    expect(r.stderr).toContain('han_che');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(dir, 'notes')).sort()).toEqual(['2020-04.yaml', '2020-05.yaml', '2020-06.yaml']);
  });
});
