import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aggregatePeriod } from '../../src/core/aggregate/aggregate-period.js';
import { parsePeriod } from '../../src/core/period.js';
import { loadMarkdownTemplates } from '../../src/io/report-templates.js';
import { parseBlocks, parseInline } from '../../src/render/docx/markdown-blocks.js';
import { Pictures } from '../../src/render/docx/charts.js';
import { greyPng } from '../../src/render/docx/png.js';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { renderMarkdown } from '../../src/render/markdown/render-markdown.js';
import { fileResult, registryOf, testPlan } from './helpers.js';
import { hostileFiles, organisation, units } from './hostile.js';

const model = () =>
  aggregatePeriod({
    plan: testPlan(),
    registry: registryOf(units),
    period: parsePeriod('2020-04')!,
    results: hostileFiles().map(fileResult),
    organisation,
    date: '2020-04-22',
  });

async function docxOf(templates = loadMarkdownTemplates()) {
  const m = model();
  const bytes = await renderDocx({ model: m, markdown: renderMarkdown(m, templates) });
  return { bytes, files: unzipSync(bytes) };
}

describe('the Word document renderer', () => {
  it('gives the same bytes twice in one process, with the report date in the package', async () => {
    const a = await docxOf();
    const b = await docxOf();
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const core = strFromU8(a.files['docProps/core.xml']!);
    expect(core).toContain('>2020-04-22T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2020-04-22T00:00:00Z</dcterms:modified>');
  });

  it('takes its words from the Markdown templates: a sentence changed there is changed in the document', async () => {
    const templates = loadMarkdownTemplates();
    const changed = {
      ...templates,
      partials: { ...templates.partials, intro: '-----\n\nCâu mở đầu do văn phòng tự viết cho {{period.label}}.\n' },
    };
    const xml = strFromU8((await docxOf(changed)).files['word/document.xml']!);
    expect(xml).toContain('Câu mở đầu do văn phòng tự viết cho tháng 4/2020.');
    expect(xml).not.toContain('tổng hợp kết quả thực hiện');
  });

  it('shows unit text as typed, with the Markdown escapes taken off', async () => {
    const xml = strFromU8((await docxOf()).files['word/document.xml']!);
    expect(xml).toContain(
      'Phường | Ác &lt;script&gt;alert(1)&lt;/script&gt; [bấm](javascript:alert(1)) # tiêu đề &amp; *đậm* `x`',
    );
    expect(xml).not.toContain('\\|');
  });

  it('is A4 portrait then landscape for the appendix, Times New Roman, with a first-page header of its own', async () => {
    const files = (await docxOf()).files;
    const xml = strFromU8(files['word/document.xml']!);
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toMatch(/w:w="11906" w:h="16838"/);
    expect(sizes[1]).toMatch(/w:w="16838" w:h="11906"/);
    expect(sizes[1]).toContain('landscape');
    expect(xml).toContain('<w:titlePg/>');
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:ascii="Times New Roman"');
  });
});

describe('the Word package as written', () => {
  /** Every entry's DOS date and time, from the central directory. */
  function entryDates(bytes: Uint8Array): string[] {
    const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const dates: string[] = [];
    for (let i = 0, p = zip.readUInt32LE(eocd + 16); i < zip.readUInt16LE(eocd + 10); i++) {
      const [time, date] = [zip.readUInt16LE(p + 12), zip.readUInt16LE(p + 14)];
      dates.push(`${(date >> 9) + 1980}-${(date >> 5) & 15}-${date & 31} ${time}`);
      p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    }
    return dates;
  }

  it('is the same bytes when rendered in two time zones, every entry dated the report date', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const hanoi = (await docxOf()).bytes;
      process.env.TZ = 'America/Los_Angeles';
      const losAngeles = (await docxOf()).bytes;
      expect(Buffer.from(hanoi).equals(Buffer.from(losAngeles))).toBe(true);
      const dates = entryDates(hanoi);
      expect(dates.length).toBe(Object.keys(unzipSync(hanoi)).length);
      expect(new Set(dates)).toEqual(new Set(['2020-4-22 0']));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('has every part its relationships and content types name, and each picture is stored once', async () => {
    const { files } = await docxOf();
    const text = (name: string) => strFromU8(files[name]!);
    const targets = [...text('word/_rels/document.xml.rels').matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)];
    for (const [, , target] of targets) expect(files[`word/${target}`], target).toBeDefined();
    for (const [, part] of text('[Content_Types].xml').matchAll(/PartName="\/([^"]+)"/g))
      expect(files[part!], part).toBeDefined();
    for (const [, target] of text('_rels/.rels').matchAll(/Target="([^"]+)"/g))
      expect(files[target!], target).toBeDefined();
    const xml = text('word/document.xml');
    // Each drawing has an id of its own and shows a picture the package holds.
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    const rels = new Map(targets.map(([, id, target]) => [id!, target!]));
    const shown = [...xml.matchAll(/r:embed="(rId\d+)"/g)].map((m) => rels.get(m[1]!));
    expect(shown.every((t) => t?.startsWith('media/'))).toBe(true);
    // No picture file is left unshown.
    const media = Object.keys(files).filter((n) => n.startsWith('word/media/'));
    expect(new Set(shown).size).toBe(media.length);
  });

  it('stores a bar drawn twice once, and gives each drawing an id of its own', () => {
    const pictures = new Pictures((k) => `rId${k + 6}`);
    const drawn = [pictures.bar(40, 0), pictures.bar(40, 0), pictures.bar(40, 1), pictures.bar(12, 0)];
    expect(pictures.files).toHaveLength(3);
    expect(drawn.map((d) => /r:embed="(rId\d+)"/.exec(d)?.[1])).toEqual(['rId7', 'rId7', 'rId8', 'rId9']);
    expect(drawn.map((d) => /<wp:docPr id="(\d+)"/.exec(d)?.[1])).toEqual(['1', '2', '3', '4']);
    // 40 pixels on the page (at 96 dpi) are 40 × 9525 EMU.
    expect(drawn[0]).toContain('<wp:extent cx="381000" cy="152400"/>');
  });

  it('lays out a table of more rows than a function call may take arguments', async () => {
    const m = model();
    const rows = Array.from({ length: 150_000 }, (_, i) => `| Đơn vị ${i} | ${i} |`);
    const markdown = ['# BÁO CÁO', '', '| Đơn vị | Số |', '|:---|---:|', ...rows, ''].join('\n');
    const xml = strFromU8(unzipSync(await renderDocx({ model: m, markdown }))['word/document.xml']!);
    expect(xml.match(/<w:tr>/g)).toHaveLength(150_001);
    expect(xml).toContain('>Đơn vị 149999<');
  });
});

describe("reading the templates' Markdown back", () => {
  it('turns bold, italic and escapes into runs', () => {
    expect(parseInline('a **b \\* c** *d\\|e* f')).toEqual([
      { text: 'a ', bold: false, italic: false },
      { text: 'b * c', bold: true, italic: false },
      { text: ' ', bold: false, italic: false },
      { text: 'd|e', bold: false, italic: true },
      { text: ' f', bold: false, italic: false },
    ]);
  });

  it('knows headings, paragraphs, lists, tables with escaped pipes, fences and layout markers', () => {
    const blocks = [
      ...parseBlocks(
        [
          '<!-- docx:chart ratios Tỷ lệ, tháng 4/2020 -->',
          '# BÁO CÁO',
          '',
          'Một',
          'dòng.',
          '',
          '- a',
          '- b',
          '',
          '| X | Y |',
          '|:---|---:|',
          '| 1 \\| 2 | **3** |',
          '',
          '```mermaid',
          'pie',
          '```',
          '-----',
        ].join('\n'),
      ),
    ];
    expect(blocks.map((b) => b.kind)).toEqual(['marker', 'heading', 'paragraph', 'list', 'table', 'code', 'rule']);
    expect(blocks[0]).toEqual({ kind: 'marker', name: 'chart', arg: 'ratios Tỷ lệ, tháng 4/2020' });
    expect(blocks[2]).toEqual({ kind: 'paragraph', inline: [{ text: 'Một dòng.', bold: false, italic: false }] });
    const table = blocks[4] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.align).toEqual(['left', 'right']);
    expect(table.rows[0]!.map((c) => c.map((s) => s.text).join(''))).toEqual(['1 | 2', '3']);
  });
});

describe('the PNG of a chart bar', () => {
  it('is a valid grey-scale PNG whose pixels are what was drawn', () => {
    const png = greyPng(3, 2, (x, y) => x * 100 + y);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([3, 2, 8, 0]);
    const idatLength = view.getUint32(33);
    expect(String.fromCharCode(...png.subarray(37, 41))).toBe('IDAT');
    expect([...unzlibSync(png.subarray(41, 41 + idatLength))]).toEqual([0, 0, 100, 200, 0, 1, 101, 201]);
    // Every chunk's CRC is right: a reader would refuse the picture otherwise.
    const crc = (bytes: Uint8Array) => {
      let c = 0xffffffff;
      for (const b of bytes) {
        c ^= b;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      return (c ^ 0xffffffff) >>> 0;
    };
    for (let at = 8; at < png.length; ) {
      const len = view.getUint32(at);
      expect(view.getUint32(at + 8 + len)).toBe(crc(png.subarray(at + 4, at + 8 + len)));
      at += 12 + len;
    }
  });
});
