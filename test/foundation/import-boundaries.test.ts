import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of src/: core is pure (no file system, no output), render turns models into strings and buffers,
// io is the only layer that touches the file system, cli wires them together. A layer may import only the layers
// below it; these rules are what keeps core runnable anywhere (the unit form runs it in a browser).
const RULES: Record<string, { layers: string[]; modules: RegExp }> = {
  core: {
    layers: ['io', 'render', 'cli', 'form'],
    modules: /^node:(fs|fs\/promises|child_process|os|worker_threads|net|http|https)$/,
  },
  render: { layers: ['io', 'cli', 'form'], modules: /^node:(fs|fs\/promises|child_process|net|http|https)$/ },
  i18n: { layers: ['io', 'render', 'cli', 'form'], modules: /^node:/ },
};

const SRC = path.resolve(import.meta.dirname, '../../src');
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Violation {
  file: string;
  specifier: string;
}

function layerOf(file: string): string | undefined {
  return path.relative(SRC, file).split(path.sep)[0];
}

function findViolations(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  for (const [file, text] of files) {
    const rule = RULES[layerOf(file) ?? ''];
    if (!rule) continue;
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      const bad = specifier.startsWith('.')
        ? rule.layers.includes(layerOf(path.resolve(path.dirname(file), specifier)) ?? '')
        : rule.modules.test(specifier);
      if (bad) violations.push({ file: path.relative(SRC, file), specifier });
    }
  }
  return violations;
}

function sources(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(full, out);
    else if (entry.name.endsWith('.ts')) out.set(full, readFileSync(full, 'utf8'));
  }
  return out;
}

describe('import boundaries between the layers of src/', () => {
  it('core, render and i18n import nothing from the layers above them', () => {
    const files = sources(SRC);
    expect(files.size).toBeGreaterThan(50);
    expect(findViolations(files)).toEqual([]);
  });

  it('the check sees a forbidden import in every form it can be written', () => {
    const at = (rel: string) => path.join(SRC, rel);
    const files = new Map([
      [at('core/a.ts'), "import { readText } from '../io/read-text.js';"],
      [at('core/b/c.ts'), "export { x } from '../../render/format.js';"],
      [at('core/d.ts'), "const fs = await import('node:fs');"],
      [at('render/e.ts'), "import type { Io } from '../cli/main.js';\nimport { readFileSync } from 'node:fs';"],
      [at('render/f.ts'), "import { aggregate } from '../core/aggregate/records.js';"],
      [at('io/g.ts'), "import { readFileSync } from 'node:fs';"],
    ]);
    expect(findViolations(files)).toEqual([
      { file: 'core/a.ts', specifier: '../io/read-text.js' },
      { file: 'core/b/c.ts', specifier: '../../render/format.js' },
      { file: 'core/d.ts', specifier: 'node:fs' },
      { file: 'render/e.ts', specifier: '../cli/main.js' },
      { file: 'render/e.ts', specifier: 'node:fs' },
    ]);
  });
});
