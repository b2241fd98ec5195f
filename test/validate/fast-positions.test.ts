import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { PositionUnknown, readWithPositions } from '../../src/core/validate/fast-positions.js';
import { isOrdinaryYaml } from '../../src/core/validate/ordinary-bytes.js';
import { locate, type DocPath } from '../../src/core/yaml-locate.js';
import { generateFiles, readPlan } from '../bench/generate.js';
import { root } from './helpers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/i.test(name) ? [full] : [];
  });
}

/** Every path in a document, with whether it ends at a key of a mapping. */
function pathsOf(node: unknown, path: (string | number)[] = [], out: DocPath[] = []): DocPath[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const p = [...path, String(pair.key.value)];
      out.push(p);
      pathsOf(pair.value, p, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      out.push([...path, i]);
      pathsOf(item, [...path, i], out);
    });
  }
  return out;
}

describe('positions read with js-yaml', () => {
  const texts = [
    ...yamlFiles(join(root, 'examples')),
    ...yamlFiles(join(root, 'test', 'fixtures')),
  ].map((f) => readFileSync(f, 'utf8'));
  texts.push(...[...generateFiles(readPlan(), { size: 'district', mistakeShare: 0.1 })].filter((_, i) => i % 3 === 0).map((g) => g.text));

  it("give yaml-locate's span for every key and value they answer for, and answer for most", () => {
    let asked = 0;
    let answered = 0;
    for (const text of texts) {
      if (!isOrdinaryYaml(new TextEncoder().encode(text))) continue;
      const doc = parseDocument(text, { uniqueKeys: true });
      if (doc.errors.length > 0) continue;
      const positioned = readWithPositions(text);
      if (!positioned) continue;
      // Paths that go further than the document find the deepest node there is, in both.
      for (const path of [...pathsOf(doc.contents), ['tasks', 'XX.9', 'indicators', 'x'], ['models', 99, 'id'], ['reporter', 'name', 'first']]) {
        for (const target of ['key', 'value'] as const) {
          asked++;
          let span;
          try {
            span = positioned.at(path, target);
          } catch (error) {
            if (!(error instanceof PositionUnknown)) throw error;
            continue;
          }
          answered++;
          expect(span, `${path.join('.')} (${target}) in\n${text.slice(0, 200)}`).toEqual(locate(doc, path, target));
        }
      }
    }
    expect(asked).toBeGreaterThan(50_000);
    expect(answered / asked).toBeGreaterThan(0.8);
  });
});
