import type { Document } from 'yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, yamlLib } from './yaml-lazy.js';

/**
 * A YAML document with a key written twice reported as yaml's `uniqueKeys` option would (an error
 * DUPLICATE_KEY where the second key starts), found in time linear in the size of the document:
 * yaml compares each new key with every earlier key of its mapping, so a mapping of 10,000 tasks
 * took half a minute.
 */
export function parseWithUniqueKeys(text: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  const { YAMLParseError } = yamlLib();
  for (const offset of secondKeys(doc.contents))
    doc.errors.push(new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
  return doc;
}

/** Where every key that repeats an earlier key of its mapping starts (same test as yaml: equal scalar values). */
function secondKeys(root: unknown): number[] {
  const found: number[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) found.push(key.range?.[0] ?? 0);
          else seen.add(key.value);
        } else {
          visit(key);
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return found;
}
