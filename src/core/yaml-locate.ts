import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yaml-lazy.js';

export type DocPath = readonly (string | number)[];

export interface Span {
  start: number;
  end: number;
}

function span(node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/**
 * Finds where a document path lives in the user's text. `target: 'key'` points at the key of the
 * last segment (an unknown key, a missing field's parent); 'value' at its value. When the path
 * goes further than the document, the deepest existing node is returned, so a finding always has
 * a place.
 */
export function locate(doc: Document, path: DocPath, target: 'key' | 'value' = 'value'): Span {
  let node: unknown = doc.contents;
  let best: Span = span(node as Node) ?? { start: 0, end: 0 };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, String(segment));
      if (!pair) return best;
      const keySpan = span(pair.key as Node);
      if (last && target === 'key' && keySpan) return keySpan;
      node = pair.value;
      best = span(node as Node) ?? keySpan ?? best;
      // An empty value (`key:`) has no range of its own worth pointing at: use the key.
      if (keySpan && (node === null || (isScalar(node) && node.value === null))) best = keySpan;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return best;
      best = span(node as Node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** Pairs of the larger mappings by key, made on the first look-up: a file with many findings in one mapping stays linear. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
const SCAN_UP_TO = 16;

/** The first pair of the mapping whose key, as text, is `key` (the one yaml keeps). */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  const matches = (p: unknown): p is Pair => isPair(p) && isScalar(p.key) && String(p.key.value) === key;
  if (map.items.length <= SCAN_UP_TO) return map.items.find(matches);
  let index = pairsByKey.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (isPair(p) && isScalar(p.key)) {
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
    }
    pairsByKey.set(map, index);
  }
  return index.get(key);
}
