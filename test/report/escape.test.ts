import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { excerpt, mdInline, mermaidLabel } from '../../src/render/markdown/escape.js';

const md = new MarkdownIt({ html: true, linkify: false });
/** What a reader sees: the text of the rendered paragraph, entities decoded, tags stripped. */
const seen = (source: string) => {
  const tokens = md.parseInline(source, {});
  return (tokens[0]?.children ?? [])
    .map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' ? '\n' : ''))
    .join('');
};

const hostile = [
  'a | b || c',
  'dòng 1\ndòng 2\r\n\r\n# dòng 3',
  '<script>alert(1)</script>',
  '[bấm vào đây](javascript:alert(1)) ![ảnh](http://x/y.png)',
  '<http://evil.example>',
  '**đậm** _nghiêng_ ~~gạch~~ `mã` $x$',
  '&amp; &lt;b&gt; & AT&T',
  '# tiêu đề',
  '- gạch đầu dòng',
  '+ cộng',
  '> trích',
  '1. mục',
  '2) mục',
  '=== ',
  '\\| gạch chéo ngược',
  'a\\',
  'ký tự \u0000 điều khiển \u0007 và \u2028 ngắt',
];

describe('mdInline: unit text made inert', () => {
  it.each(hostile)('%j stays one line of plain text that reads as typed', (text) => {
    const out = mdInline(text);
    expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
    const html = md.render(out);
    expect(html).not.toMatch(/<(script|a|img|strong|em|s|code|h\d|ul|ol|li|blockquote|hr)[\s>]/);
    expect(html.startsWith('<p>')).toBe(true);
    const collapsed = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029 ]+/g, ' ').trim();
    expect(seen(out)).toBe(collapsed);
  });

  it('escapes once: HTML entities are not double-encoded, ampersands are not turned into "&amp;"', () => {
    expect(mdInline('a & b')).toBe('a \\& b');
    expect(mdInline('Hội LHPN & Quận đoàn')).not.toContain('&amp;');
    expect(mdInline('Phường Bạch Đằng')).toBe('Phường Bạch Đằng');
  });

  it('keeps no-break spaces (the blank of the number line)', () => {
    expect(mdInline('Số \u00a0\u00a0\u00a0-BC')).toBe('Số \u00a0\u00a0\u00a0-BC');
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    expect(mdInline('Phường Đống Mác'.normalize('NFD'))).toBe('Phường Đống Mác'.normalize('NFC'));
  });
});

describe('mermaid labels and excerpts', () => {
  it('drops what would end a quoted Mermaid label', () => {
    expect(mermaidLabel('Văn hóa "xã hội"\n<b>#1;')).toBe('Văn hóa xã hội b 1');
  });

  it('shortens at a word boundary with an ellipsis', () => {
    expect(excerpt('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
    expect(excerpt('ngắn', 12)).toBe('ngắn');
  });
});
