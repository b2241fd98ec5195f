import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { linesForFrames, renderCodeFrame } from '../../src/render/diagnostics/code-frame.js';
import { formatters } from '../../src/render/diagnostics/formats.js';
import { check, validUbnd } from './helpers.js';

const plain = new Chalk({ level: 0 });

describe('code frames fit the terminal', () => {
  const text = validUbnd.replace('vu_viec_phuc_tap: 3 }', 'vu_viec_phuc_tap: -3 }');
  const result = check(text);
  const d = result.diagnostics.find((x) => x.code === 'negative-number')!;

  it('the finding is far right on a long line (else the test proves nothing)', () => {
    expect(d.column).toBeGreaterThan(90);
  });

  it('at 80 columns every line of the frame fits and the caret stands under the value', () => {
    const frame = renderCodeFrame(linesForFrames(text, [d]), d, plain, '    ', 80)
      .trimEnd()
      .split('\n');
    for (const line of frame) expect([...line].length).toBeLessThanOrEqual(80);
    const caretLine = frame.findIndex((l) => l.includes('^'));
    const valueAt = frame[caretLine - 1]!.indexOf('-3');
    expect(valueAt).toBeGreaterThan(0);
    expect(frame[caretLine]!.indexOf('^')).toBe(valueAt);
    expect(frame[caretLine]!.trim().replace(/^\|\s*/, '')).toBe('^^');
  });

  it('a short line is shown whole, with the caret under the place', () => {
    const short = check(validUbnd.replace('status: dang-thuc-hien', 'status: dang thuc hien'));
    const e = short.diagnostics[0]!;
    const frame = renderCodeFrame(
      linesForFrames(validUbnd.replace('status: dang-thuc-hien', 'status: dang thuc hien'), [e]),
      e,
      plain,
      '    ',
      80,
    ).split('\n');
    const at = frame.findIndex((l) => l.includes('^'));
    expect(frame[at - 1]).toContain('    status: dang thuc hien');
    expect(frame[at - 1]).not.toContain('…');
    expect(frame[at]!.indexOf('^')).toBe(frame[at - 1]!.indexOf('dang thuc hien'));
  });

  it('stylish passes the width on', () => {
    const out = formatters.stylish([result], {
      lang: 'vi',
      color: plain,
      sources: new Map([[result.file, linesForFrames(text, result.diagnostics)]]),
      version: 't',
      columns: 80,
    });
    for (const line of out.split('\n').filter((l) => / \| /.test(l))) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
