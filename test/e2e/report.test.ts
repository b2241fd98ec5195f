import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../helpers/check-xlsx.js';
import { repoRoot, runCli, tempDir } from '../helpers/cli.js';

const env = { DANVAN_TODAY: '2020-07-01' };
const fixture = join(repoRoot, 'test', 'fixtures', 'report', 'district');

/** A copy of the small district (hostile text, an invalid file, a duplicate pair, a missing unit). */
function district(): string {
  const dir = tempDir('danvan-report-');
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

describe('danvan report (the built bin)', () => {
  let dir: string;
  let first: ReturnType<typeof runCli>;
  beforeAll(() => {
    dir = district();
    first = runCli(['report', '--period', '2020-04'], { cwd: dir, env });
  }, 60_000);

  it('writes the three reports into the configured folder, creating it; exit 0 with invalid files listed', () => {
    expect(first.status).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual([
      'bao-cao-2020-04.docx',
      'bao-cao-2020-04.md',
      'bao-cao-2020-04.xlsx',
    ]);
    expect(first.stdout).toContain('Đã ghi reports/bao-cao-2020-04.md');
    expect(first.stdout).toContain(
      'Báo cáo tháng 4/2020: đã nhận 1/4 báo cáo hợp lệ (25%); đúng hạn 0, muộn 1, không hợp lệ 2, chưa nộp 1.',
    );
    expect(first.stderr).toContain('Không tính 3 tệp báo cáo trong kỳ');
    expect(first.stderr).toMatch(/2020-04\/phuong-dong-mac\.yaml — Phường Đống Mác, tháng 4\/2020: 1 lỗi: 9:\d+ /);
    expect(first.stderr).toContain('2020-04/ubnd-quan.yaml — =1+1 UBND quận');
    expect(first.stderr).toContain('2020-04/ubnd-quan.yml');
  });

  it('counts only the valid file: the invalid ward and the duplicate pair add nothing', () => {
    const md = readFileSync(join(dir, 'reports', 'bao-cao-2020-04.md'), 'utf8');
    // Bạch Đằng alone: 1.234 dossiers in April, 400 in March; the stock "vụ việc phức tạp" is 2 (latest), not 5.
    expect(md).toContain('| Hồ sơ TTHC tiếp nhận | hồ sơ | 1.234 | 1.634 | 400 | +834 | +208,5% | 1/3 |');
    expect(md).toContain(
      '| Vụ việc phức tạp, đông người, kéo dài đang theo dõi (số cuối kỳ) | vụ việc | 2 | 2 | 3 | -1 | -33,3% | 1/3 |',
    );
    expect(md).toContain('| Tỷ lệ hồ sơ TTHC giải quyết đúng hạn | **99%** | 990 / 1.000 |');
    expect(md).toContain('| **K/T TRƯỞNG BAN** |');
    expect(md).toContain('| **Trần Văn Bình** |');
    expect(md).not.toContain(dir);
  });

  it('keeps the hostile text inert in every table', () => {
    const text = readFileSync(join(dir, 'reports', 'bao-cao-2020-04.md'), 'utf8');
    const html = new MarkdownIt({ html: true }).render(text);
    expect(html).not.toMatch(/<script|<b>quận|<i>mới|<a /);
    expect(html).toContain('Ủy ban MTTQ | Việt Nam &lt;b&gt;quận&lt;/b&gt;');
  });

  it('writes the same bytes on a second run, in another time zone, from another folder', async () => {
    const md = readFileSync(join(dir, 'reports', 'bao-cao-2020-04.md'));
    const xlsx = readFileSync(join(dir, 'reports', 'bao-cao-2020-04.xlsx'));
    const docx = readFileSync(join(dir, 'reports', 'bao-cao-2020-04.docx'));
    await checkWorkbook(xlsx);
    const out = tempDir('danvan-report-out-');
    const again = runCli(['--config', join(dir, 'danvan.config.yaml'), 'report', '--period', '2020-04', '--out', out], {
      cwd: repoRoot,
      env: { ...env, TZ: 'America/Los_Angeles', LANG: 'C' },
    });
    expect(again.status).toBe(0);
    expect(readFileSync(join(out, 'bao-cao-2020-04.md')).equals(md)).toBe(true);
    expect(readFileSync(join(out, 'bao-cao-2020-04.xlsx')).equals(xlsx)).toBe(true);
    expect(readFileSync(join(out, 'bao-cao-2020-04.docx')).equals(docx)).toBe(true);
    const third = runCli(['report', '--period', '2020-04', '--out', out], {
      cwd: dir,
      env: { ...env, TZ: 'Asia/Ho_Chi_Minh' },
    });
    expect(third.status).toBe(0);
    expect(readFileSync(join(out, 'bao-cao-2020-04.xlsx')).equals(xlsx)).toBe(true);
    expect(readFileSync(join(out, 'bao-cao-2020-04.docx')).equals(docx)).toBe(true);
  });

  it('--strict refuses to write when a file of the period is invalid: exit 1, files listed, nothing written', () => {
    const out = join(tempDir('danvan-report-strict-'), 'khong-ghi');
    const r = runCli(['report', '--period', '2020-04', '--strict', '--out', out], { cwd: dir, env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--strict');
    expect(r.stderr).toContain('2020-04/phuong-dong-mac.yaml');
    expect(existsSync(out)).toBe(false);
    // March alone is clean: --strict writes it.
    expect(
      runCli(['report', '--period', '2020-03', '--strict', '--out', out, '--format', 'md'], { cwd: dir, env }).status,
    ).toBe(0);
  });

  it('--format, --out, --number and --date', () => {
    const out = join(tempDir('danvan-report-opts-'), 'a', 'b');
    const r = runCli(
      ['report', '--period', '2020-Q2', '--format', 'md', '--out', out, '--number', '25', '--date', '2020-07-02'],
      { cwd: dir, env },
    );
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(['bao-cao-2020-Q2.md']);
    const md = readFileSync(join(out, 'bao-cao-2020-Q2.md'), 'utf8');
    expect(md).toContain('| Số 25-BC/BDVQU | |');
    expect(md).toContain('*Hai Bà Trưng, ngày 02 tháng 7 năm 2020*');
    expect(md).toContain('năm 2020, quý II/2020**');
  });

  it('uses a --template and its partials; a broken template is exit 2 and leaves the last report alone', () => {
    const tpl = tempDir('danvan-report-tpl-');
    writeFileSync(join(tpl, 'ngan.md.hbs'), '{{> header}}\n\n{{> so-lieu}}\n');
    writeFileSync(join(tpl, 'so-lieu.hbs'), 'Tỷ lệ nhận: {{pct submissions.total.rate}}.\n');
    const out = tempDir('danvan-report-tplout-');
    expect(
      runCli(
        ['report', '--period', '2020-04', '--format', 'md', '--out', out, '--template', join(tpl, 'ngan.md.hbs')],
        { cwd: dir, env },
      ).status,
    ).toBe(0);
    const good = readFileSync(join(out, 'bao-cao-2020-04.md'), 'utf8');
    expect(good).toContain('# BÁO CÁO');
    expect(good.trimEnd().endsWith('Tỷ lệ nhận: 25%.')).toBe(true);
    writeFileSync(join(tpl, 'hong.md.hbs'), '{{#each groups}}\n');
    const r = runCli(['report', '--period', '2020-04', '--out', out, '--template', join(tpl, 'hong.md.hbs')], {
      cwd: dir,
      env,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hong.md.hbs');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readFileSync(join(out, 'bao-cao-2020-04.md'), 'utf8')).toBe(good);
    expect(existsSync(join(out, 'bao-cao-2020-04.xlsx'))).toBe(false);
  });

  it.each([
    [['--period', '2020-13'], 'không đúng'],
    [['--period', '2019-04'], 'ngoài năm 2020'],
    [['--period', '2020-Q4'], 'chưa bắt đầu'],
    [['--period', '2020-04', '--date', '2020-02-30'], '--date'],
    [['--period', '2020-04', '--format', 'pdf'], '--format'],
    [['--period', '2020-04', '--template', 'khong-co.hbs'], 'khong-co.hbs'],
    [['--period', '2020-04', '--xlsx-template', 'khong-co.yaml'], 'khong-co.yaml'],
  ])('%j is a usage error: exit 2, one message, no stack', (args, words) => {
    const r = runCli(['report', ...args], { cwd: dir, env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks English on the terminal with --lang en (the report stays Vietnamese)', () => {
    const out = tempDir('danvan-report-en-');
    const r = runCli(['--lang', 'en', 'report', '--period', '2020-04', '--format', 'md', '--out', out], {
      cwd: dir,
      env,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Report tháng 4/2020: 1/4 valid reports received (25%)');
    expect(readFileSync(join(out, 'bao-cao-2020-04.md'), 'utf8')).toContain('# BÁO CÁO');
  });
});
