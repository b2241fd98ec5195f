import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import type { Organisation } from '../../src/core/config-schema.js';
import type { Notes } from '../../src/core/notes/notes-schema.js';
import { parsePeriod } from '../../src/core/period.js';
import { loadMarkdownTemplates } from '../../src/io/report-templates.js';
import { renderMarkdown, TemplateError } from '../../src/render/markdown/render-markdown.js';
import { tempDir } from '../helpers/cli.js';
import { fileResult, registryOf, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

function render(
  period = '2020-04',
  org: Organisation = organisation,
  extra: { number?: string; date?: string } = {},
  templates = loadMarkdownTemplates(),
): string {
  const model = aggregatePeriod({
    plan: testPlan(),
    registry: registryOf(units),
    period: parsePeriod(period)!,
    results: hostileFiles().map(fileResult),
    organisation: org,
    ...extra,
  });
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
      for (let i = from; i < to; i++)
        expect({ line: lines[i], cells: cellsOf(lines[i]!).length }).toEqual({ line: lines[i], cells: width });
    }
  });

  it('lets no HTML, link, image or heading through from unit text', () => {
    const kinds = new Set<string>();
    const walk = (ts: typeof tokens) =>
      ts.forEach((t) => {
        kinds.add(t.type);
        if (t.children) walk(t.children);
      });
    walk(tokens);
    for (const bad of ['html_inline', 'link_open', 'image']) expect(kinds.has(bad)).toBe(false);
    // The only HTML is the template's own layout markers for the Word document, one comment a line.
    const blocks = tokens.filter((t) => t.type === 'html_block').map((t) => t.content);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b).toMatch(/^<!-- docx:[a-z]+( [^<>]*)? -->\n$/);
    const html = md.render(text);
    expect(html).not.toMatch(/<script|<img|<a |<b>/);
    // Headings are the template's only: BÁO CÁO, five sections and their sub-headings, never "tiêu đề".
    const headings = tokens
      .filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'heading_open')
      .map((t) => t.content);
    expect(headings.some((h) => h.includes('tiêu đề'))).toBe(false);
  });

  it('shows the unit\'s text as typed (escaped once, not "&amp;")', () => {
    const html = md.render(text);
    expect(html).toContain(
      'Phường | Ác &lt;script&gt;alert(1)&lt;/script&gt; [bấm](javascript:alert(1)) # tiêu đề &amp; *đậm* `x`',
    );
    expect(text).not.toContain('&amp;');
    expect(text).not.toContain('&lt;');
  });

  it('counts the invalid file out and lists it; lists the warning with its position', () => {
    expect(text).toMatch(/; 1 báo cáo không hợp lệ, không tính vào số liệu;/);
    expect(text).toContain('| Phường Bạch Đằng | 4/2020 | 2020-04/phuong-bach-dang.yaml | 1 lỗi |');
    expect(text).toMatch(/\| 2020-04\/phuong-ac\\\|\\<b\\>\.yaml \| Phường \\\| Ác .* \| 7:3 \|/);
    // The valid ward's 1.234.567 dossiers and UBND quận's 1.000 count, and Bạch Đằng's valid March (7) in the year to date;
    // its invalid April file's 5 count nowhere.
    expect(text).toContain(
      '| Hồ sơ TTHC tiếp nhận | hồ sơ | 1.235.567 | 1.235.574 | 7 | +1.235.560 | +17.650.857,1% | 2/3 |',
    );
  });
});

describe('the Party document frame', () => {
  it('has the header block, a blank number, the default date and the summary line', () => {
    const text = render();
    expect(
      text.startsWith(
        '<!-- docx:header -->\n| QUẬN ỦY HAI BÀ TRƯNG | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|:---:|:---:|\n| **BAN DÂN VẬN** | |\n| \\* | *Hai Bà Trưng, ngày 20 tháng 4 năm 2020* |\n| Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/BDVQU | |\n',
      ),
    ).toBe(true);
    expect(text).toContain('\n# BÁO CÁO\n');
    expect(text).toContain(
      '**Kết quả thực hiện Kế hoạch số 394-KH/BDVQU về triển khai "Năm dân vận khéo" năm 2020, tháng 4/2020**',
    );
    expect(text).toContain('```mermaid\npie showData title');
    const order = [
      '## I. ',
      '## II. ',
      '## III. ',
      '## IV. ',
      '## V. ĐÁNH GIÁ CHUNG',
      '## VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 5/2020',
      '| *Nơi nhận:*',
      '<!-- docx:appendix -->',
      '# PHỤ LỤC',
    ];
    const at = order.map((h) => text.indexOf(h));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('takes the number and date from the options and names the quarter', () => {
    const text = render('2020-Q2', organisation, { number: '25', date: '2020-07-05' });
    expect(text).toContain('| Số 25-BC/BDVQU | |');
    expect(text).toContain('*Hai Bà Trưng, ngày 05 tháng 7 năm 2020*');
    expect(text).toContain('năm 2020, quý II/2020**');
  });

  it('signs as TRƯỞNG BAN, or K/T TRƯỞNG BAN over PHÓ TRƯỞNG BAN, with the name last and the recipients beside', () => {
    const closing = (t: string) => t.slice(t.indexOf('| *Nơi nhận:*'), t.indexOf('\n\n<!-- docx:appendix -->') + 1);
    expect(closing(render())).toBe(
      [
        '| *Nơi nhận:* | **TRƯỞNG BAN** |',
        '|:---|:---:|',
        '| \\- Thường trực Quận ủy, | |',
        '| \\- Các đảng ủy phường, | |',
        '| \\- Lưu BDVQU. | |',
        '| | **Nguyễn Thị Thu Hà** |',
        '',
      ].join('\n'),
    );
    const deputy = closing(
      render('2020-04', {
        ...organisation,
        signer: { on_behalf: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Trần Văn B' },
      }),
    );
    expect(deputy).toMatch(
      /^\| \*Nơi nhận:\* \| \*\*K\/T TRƯỞNG BAN\*\* \|\n\|:---\|:---:\|\n\| \\- Thường trực Quận ủy, \| \*\*PHÓ TRƯỞNG BAN\*\* \|/,
    );
    expect(deputy).toContain('| | **Trần Văn B** |');
    expect(deputy).not.toContain('T/M');
  });
});

describe('--template', () => {
  it('replaces the main template; partials come from its folder and the defaults', () => {
    const dir = tempDir('danvan-tpl-');
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'mau.md.hbs'), '{{> header}}\n\n{{> tom-tat}}\n');
    writeFileSync(
      join(dir, 'partials', 'tom-tat.hbs'),
      'Đã nhận {{num submissions.total.received}}/{{num submissions.total.expected}} ({{pct submissions.total.rate}}). Đơn vị đầu: {{submissions.matrix.[0].unit.name}}\n',
    );
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

describe('the signed part and the appendix', () => {
  const model = (notes?: Notes) => {
    const m = aggregatePeriod({
      plan: testPlan(),
      registry: registryOf(units),
      period: parsePeriod('2020-04')!,
      results: hostileFiles().map(fileResult),
      organisation,
    });
    return notes ? { ...m, document: { ...m.document, notes } } : m;
  };
  const split = (text: string) =>
    [
      text.slice(0, text.indexOf('<!-- docx:appendix -->')),
      text.slice(text.indexOf('<!-- docx:appendix -->')),
    ] as const;

  it('keeps file names, line:column, the computation note and "Và N đơn vị khác" for the appendix', () => {
    const [signed, appendix] = split(renderMarkdown(model(), loadMarkdownTemplates()));
    expect(signed).not.toMatch(/\.yaml|\b\d+:\d+\b|Cách tính|đơn vị khác \(toàn văn/);
    // They are not dropped: the appendix has them.
    expect(appendix).toContain('2020-04/phuong-bach-dang.yaml');
    expect(appendix).toContain('| 7:3 |');
    expect(appendix).toContain('*Cách tính:*');
  });

  it('fills the assessment and the direction from the notes: paragraphs, or items when written as a list', () => {
    const text = renderMarkdown(
      model({
        strengths: { list: false, items: ['Đoạn một về ưu điểm.', 'Đoạn hai có dấu * và | lạ.'] },
        shortcomings: { list: true, items: ['Hạn chế một.', 'Hạn chế hai.'] },
        causes: { list: false, items: [] },
        direction: { list: true, items: ['Việc trọng tâm tháng 5.'] },
      }),
      loadMarkdownTemplates(),
    );
    const [signed] = split(text);
    expect(signed).toContain('### 1. Ưu điểm\n\nĐoạn một về ưu điểm.\n\nĐoạn hai có dấu \\* và \\| lạ.\n');
    expect(signed).toContain('### 2. Hạn chế, khuyết điểm\n\n- Hạn chế một.\n- Hạn chế hai.\n');
    // A section left empty in the notes is a marked blank, like a missing notes file.
    expect(signed).toMatch(/### 3\. Nguyên nhân\n\n\*\(Để trống — cơ quan tổng hợp điền phần này\.\)\*/);
    expect(signed).toContain('## VI. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 5/2020\n\n- Việc trọng tâm tháng 5.\n');
  });

  it('without notes, marks all four sections as blanks to fill in', () => {
    const [signed] = split(renderMarkdown(model(), loadMarkdownTemplates()));
    expect(signed.match(/\*\(Để trống — cơ quan tổng hợp điền phần này\.\)\*/g)).toHaveLength(4);
  });
});
