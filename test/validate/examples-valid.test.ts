import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/core/units.js';
import { collectSubmissions } from '../../src/io/collect-submissions.js';
import { plan, root } from './helpers.js';

describe('examples/submissions', () => {
  it('every file is valid (warnings allowed), with the unit and month of its path', async () => {
    const registry = loadRegistry(
      readFileSync(join(root, 'examples', 'units.yaml'), 'utf8'),
      'units.yaml',
      plan(),
    ).registry;
    const results = await collectSubmissions({
      paths: [join(root, 'examples', 'submissions')],
      plan: plan(),
      registry,
      today: '2020-12-31',
      cwd: root,
    });
    expect(results.length).toBeGreaterThan(100);
    const errors = results.flatMap((r) =>
      r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${r.file}:${d.line}:${d.column} ${d.code}`),
    );
    expect(errors).toEqual([]);
    for (const r of results) {
      expect(r.valid).toBe(true);
      expect(r.submission?.unit).toBe(r.pathUnit);
      expect(r.submission?.period).toBe(r.pathPeriod);
    }
  });
});
