import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/cli/commands/validate.js';
import { LineIndex } from '../../src/core/source.js';
import { Findings } from '../../src/core/validate/findings.js';
import { diagnosticFormats } from '../../src/render/diagnostics/formats.js';

describe('Findings', () => {
  it('finds a position near the top by scanning, exactly as the line index does', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }).map((s) => s.replace(/x/g, '\n')),
        fc.nat(),
        (text, n) => {
          const offset = n % (text.length + 1);
          expect(new Findings('f', text).position(offset)).toEqual(new LineIndex(text).position(offset));
        },
      ),
    );
  });

  it('orders findings by position, keeping the order of the layers for one place', () => {
    const f = new Findings('f', 'a: 1\nb: 2\n');
    f.error('unknown-key', { start: 5, end: 6 }, ['b'], { key: 'b', parent: { kind: 'root' }, allowed: [] });
    f.warning('task-missing', { start: 0, end: 1 }, ['a'], { task: 'X.1', label: 'x' });
    f.error('empty-value', { start: 0, end: 1 }, ['a'], { field: { kind: 'root' } });
    expect(f.toDiagnostics().map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual([
      'task-missing@1:1',
      'empty-value@1:1',
      'unknown-key@2:1',
    ]);
    expect(f.errors).toBe(2);
  });
});

describe('the validate command', () => {
  it("offers exactly the formats of the renderers' table", () => {
    expect([...FORMATS]).toEqual([...diagnosticFormats]);
  });
});
