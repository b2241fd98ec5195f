import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diagnosticPlacer } from '../../src/core/place-diagnostic.js';

describe('diagnosticPlacer', () => {
  const text = 'period: 2020-04\nassessment:\n  strengths: tốt\n';
  const place = diagnosticPlacer(text, parseDocument(text), 'y-kien.yaml');

  it('places an offset span at 1-based lines and columns of the text', () => {
    const d = place.span('setup-yaml', text.indexOf('strengths'), text.indexOf(': tốt'), [], { detail: 'x' });
    expect(d).toMatchObject({ code: 'setup-yaml', severity: 'error', file: 'y-kien.yaml', args: { detail: 'x' } });
    expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([3, 3, 3, 12]);
  });

  it('an end before the start is an empty span at the start', () => {
    const d = place.span('setup-yaml', 16, 3, [], { detail: 'x' });
    expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([2, 1, 2, 1]);
  });

  it('places a document path at its value, or at its key when asked', () => {
    const value = place.at('setup-schema', ['assessment', 'strengths'], { detail: 'x' });
    const key = place.at('setup-schema', ['assessment', 'strengths'], { detail: 'x' }, 'key');
    expect([value.line, value.column, value.path]).toEqual([3, 14, ['assessment', 'strengths']]);
    expect([key.line, key.column]).toEqual([3, 3]);
  });
});
