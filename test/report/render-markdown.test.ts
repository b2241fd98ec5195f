import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import type { Organisation } from '../../src/core/config-schema.js';
import { parsePeriod } from '../../src/core/period.js';
import { loadMarkdownTemplates } from '../../src/io/report-templates.js';
import { renderMarkdown, TemplateError } from '../../src/render/markdown/render-markdown.js';
import { tempDir } from '../helpers/cli.js';
import { fileResult, registryOf, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

function render(period = '2020-04', org: Organisation = organisation, extra: { number?: string; date?: string } = {}, templates = loadMarkdownTemplates()): string {
  const model = aggregatePeriod({ plan: testPlan(), registry: registryOf(units), period: parsePeriod(period)!, results: hostileFiles().map(fileResult), organisation: org, ...extra });
  return renderMarkdown(model, templates);
}

const md = new MarkdownIt({ html: true, linkify: false });

/** Cells of a GFM table row, split on pipes that are not escaped (as GFM does), outer pipes dropped. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells.slice(line.trimStart().startsWith('|') ? 1 : 0, line.trimEnd().endsWith('|') ? -1 : undefined);
}

describe('the Markdown report with hostile text from units', () => {
  const text = render();
  const tokens = md.parse(text, {});

  it('has every table row as wide as its header', () => {
    const lines = text.split('\n');
    const tables = tokens.filter((t) => t.type === 'table_open');
    expect(tables.length).toBeGreaterThan(8);
    for (const table of tables) {
      const [from, to] = table.map!;
      const width = cellsOf(lines[from]!).length;
      for (let i = from; i < to; i++) expect({ line: lines[i], cells: cellsOf(lines[i]!).length }).toEqual({ line: lines[i], cells: width });
    }
  });

  it('lets no HTML, link, image or heading through from unit text', () => {
    const kinds = new Set<string>();
    const walk = (ts: typeof tokens) => ts.forEach((t) => { kinds.add(t.type); if (t.children) walk(t.children); });
    walk(tokens);
    for (const bad of ['html_block', 'html_inline', 'link_open', 'image']) expect(kinds.has(bad)).toBe(false);
    const html = md.render(text);
    expect(html).not.toMatch(/<script|<img|<a |<b>/);
    // Headings are the template's only: BÁO CÁO, five sections and their sub-headings, never "tiêu đề".
    const headings = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'heading_open').map((t) => t.content);
    expect(headings.some((h) => h.includes('tiêu đề'))).toBe(false);
  });

  it('shows the unit\'s text as typed (escaped once, not "&amp;")', () => {
    const html = md.render(text);
    expect(html).toContain('Phường | Ác &lt;script&gt;alert(1)&lt;/script&gt; [bấm](javascript:alert(1)) # tiêu đề &amp; *đậm* `x`');
    expect(text).not.toContain('&amp;');
    expect(text).not.toContain('&lt;');
  });

  it('counts the invalid file out and lists it; lists the warning with its position', () => {
    expect(text).toMatch(/Không hợp lệ, không tính vào số liệu: 1\./);
    expect(text).toContain('| Phường Bạch Đằng | 4/2020 | 2020-04/phuong-bach-dang.yaml | 1 lỗi |');
    expect(text).toMatch(/\| 2020-04\/phuong-ac\\\|\\<b\\>\.yaml \| Phường \\\| Ác .* \| 7:3 \|/);
    // The valid ward's 1.234.567 dossiers and UBND quận's 1.000 count, and Bạch Đằng's valid March (7) in the year to date;
    // its invalid April file's 5 count nowhere.
    expect(text).toContain('| Hồ sơ TTHC tiếp nhận | hồ sơ | 1.235.567 | 1.235.574 | 7 | +1.235.560 | +17.650.857,1% | 2/3 |');
  });
});

describe('the Party document frame', () => {
  it('has the header block, a blank number, the default date and the summary line', () => {
    const text = render();
    expect(text.startsWith('| QUẬN ỦY HAI BÀ TRƯNG | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|:---:|:---:|\n| **BAN DÂN VẬN** | |\n| \\* | *Hai Bà Trưng, ngày 20 tháng 4 năm 2020* |\n| Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/BDVQU | |\n')).toBe(true);
    expect(text).toContain('\n# BÁO CÁO\n');
    expect(text).toContain('**Kết quả thực hiện Kế hoạch số 394-KH/BDVQU về triển khai "Năm dân vận khéo" năm 2020, tháng 4/2020**');
    expect(text).toContain('```mermaid\npie showData title');
    for (const section of ['## I. ', '## II. ', '## III. ', '## IV. ', '## V. ']) expect(text).toContain(section);
    expect(text.indexOf('## I. ')).toBeLessThan(text.indexOf('## V. '));
  });

  it('takes the number and date from the options and names the quarter', () => {
    const text = render('2020-Q2', organisation, { number: '25', date: '2020-07-05' });
    expect(text).toContain('| Số 25-BC/BDVQU | |');
    expect(text).toContain('*Hai Bà Trưng, ngày 05 tháng 7 năm 2020*');
    expect(text).toContain('năm 2020, quý II/2020**');
  });

  it('signs as TRƯỞNG BAN, or K/T TRƯỞNG BAN over PHÓ TRƯỞNG BAN, with the name last and the recipients beside', () => {
    const closing = (t: string) => t.slice(t.indexOf('| *Nơi nhận:*'));
    expect(closing(render())).toBe([
      '| *Nơi nhận:* | **TRƯỞNG BAN** |',
      '|:---|:---:|',
      '| \\- Thường trực Quận ủy, | |',
      '| \\- Các đảng ủy phường, | |',
      '| \\- Lưu BDVQU. | |',
      '| | **Nguyễn Thị Thu Hà** |',
      '',
    ].join('\n'));
    const deputy = closing(render('2020-04', { ...organisation, signer: { on_behalf: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Trần Văn B' } }));
    expect(deputy).toMatch(/^\| \*Nơi nhận:\* \| \*\*K\/T TRƯỞNG BAN\*\* \|\n\|:---\|:---:\|\n\| \\- Thường trực Quận ủy, \| \*\*PHÓ TRƯỞNG BAN\*\* \|/);
    expect(deputy).toContain('| | **Trần Văn B** |');
    expect(deputy).not.toContain('T/M');
  });
});

describe('--template', () => {
  it('replaces the main template; partials come from its folder and the defaults', () => {
    const dir = tempDir('danvan-tpl-');
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'mau.md.hbs'), '{{> header}}\n\n{{> tom-tat}}\n');
    writeFileSync(join(dir, 'partials', 'tom-tat.hbs'), 'Đã nhận {{num submissions.total.received}}/{{num submissions.total.expected}} ({{pct submissions.total.rate}}). Đơn vị đầu: {{submissions.matrix.[0].unit.name}}\n');
    const text = render('2020-04', organisation, {}, loadMarkdownTemplates(join(dir, 'mau.md.hbs')));
    expect(text).toContain('# BÁO CÁO');
    expect(text).toContain('Đã nhận 2/5 (40%). Đơn vị đầu: Phường \\| Ác \\<script\\>');
  });

  it('reports a broken template as a TemplateError naming it', () => {
    const broken = { main: { name: 'hong.hbs', text: '{{#each groups}}' }, partials: {} };
    expect(() => render('2020-04', organisation, {}, broken)).toThrow(TemplateError);
  });

  it('renders the same bytes twice', () => {
    expect(render('2020-Q2')).toBe(render('2020-Q2'));
  });
});
