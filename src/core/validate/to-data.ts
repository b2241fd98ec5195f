import type { Document, Node, Scalar } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from '../yaml-lazy.js';
import type { Findings } from './findings.js';
import type { IndicatorValue } from './numbers.js';
import { MAX_ALIASES } from './parse-yaml.js';

/** Keys that would reach into JavaScript's object machinery; never data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Aliases may repeat a block, not explode it: at most this many values made by all aliases together. */
const MAX_ALIAS_NODES = 10_000;

export interface Converted {
  data: Record<string, unknown>;
  /** Every value under tasks.<T>.indicators, as written, for the number checks. */
  indicators: IndicatorValue[];
}

/** Which part of a submission a node is in: enough to find indicator values without carrying paths. */
type Where = 'root' | 'tasks' | 'task' | 'indicators' | 'other';

/** Where a node is, as a chain to the root: built per value without arrays, turned into a path only for a finding. */
interface Trail {
  up?: Trail;
  key: string | number;
}

function pathOf(trail: Trail | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  for (let t = trail; t; t = t.up) path.unshift(t.key);
  return path;
}

/**
 * YAML document → plain data, in one pass: every string and key normalised to NFC (so NFD text
 * typed on some systems matches the plan's ids and sorts right), forbidden and non-text keys
 * dropped with a finding, keys that become equal after normalisation reported as duplicates, and
 * alias expansion bounded.
 */
export function toData(doc: Document, findings: Findings): Converted | undefined {
  const indicators: IndicatorValue[] = [];
  let aliases = 0;
  let aliasNodes = 0;
  let viaAlias = 0;
  /** Set when aliases made too many values: every later step returns at once, and the file is refused. */
  let bombed = false;

  const convert = (node: unknown, where: Where, task: string, trail?: Trail): unknown => {
    if (bombed || (viaAlias > 0 && ++aliasNodes > MAX_ALIAS_NODES)) {
      bombed = true;
      return null;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') return nfc(v);
      // Under a `%YAML 1.1` directive a date becomes a Date and !!binary a byte array: keep the text.
      return v !== null && typeof v === 'object' ? nfc(node.source ?? String(v)) : v;
    }
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES) {
        bombed = true;
        return null;
      }
      const target = node.resolve(doc);
      if (!target) {
        const r = node.range;
        findings.error('yaml-syntax', r ? { start: r[0], end: r[1] } : { start: 0, end: 0 }, pathOf(trail), {
          reason: 'anchor',
          detail: `unresolved alias *${node.source}`,
        });
        return null;
      }
      viaAlias++;
      const value = convert(target, where, task, trail);
      viaAlias--;
      return value;
    }
    if (isSeq(node)) return node.items.map((item, i) => convert(item, 'other', task, { up: trail, key: i }));
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const firstAt = new Map<string, number>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode)) {
          const r = (keyNode as Node | null)?.range;
          findings.error('yaml-syntax', r ? { start: r[0], end: r[1] } : { start: 0, end: 0 }, pathOf(trail), {
            reason: 'complex-key',
            detail: 'collection as key',
          });
          continue;
        }
        const key = nfc(keyNode.value === null ? '' : String(keyNode.value));
        const span = keySpan(keyNode);
        if (FORBIDDEN_KEYS.has(key)) {
          findings.error('forbidden-key', span, pathOf({ up: trail, key }), { key });
          continue;
        }
        if (firstAt.has(key)) {
          findings.error('duplicate-key', span, pathOf({ up: trail, key }), {
            key,
            firstLine: findings.lineOf(firstAt.get(key)!),
          });
          continue;
        }
        firstAt.set(key, span.start);
        const childWhere: Where =
          where === 'root'
            ? key === 'tasks'
              ? 'tasks'
              : 'other'
            : where === 'tasks'
              ? 'task'
              : where === 'task'
                ? key === 'indicators'
                  ? 'indicators'
                  : 'other'
                : 'other';
        const childTask = where === 'tasks' ? key : task;
        if (where === 'indicators')
          indicators.push({ task, id: key, key: span, scalar: asWritten(resolved(pair.value)) });
        out[key] = convert(pair.value, childWhere, childTask, { up: trail, key });
      }
      return out;
    }
    return null;
  };

  const resolved = (node: unknown): unknown => {
    let n = node;
    for (let i = 0; i < 10 && isAlias(n); i++) n = n.resolve(doc);
    return n;
  };

  const data = convert(doc.contents, 'root', '') as Record<string, unknown>;
  if (!bombed) return { data, indicators };
  const first = firstAlias(doc.contents);
  findings.error('alias-bomb', first ?? { start: 0, end: 0 }, [], { limit: MAX_ALIASES });
  return undefined;
}

/**
 * Text made only of characters that never change under NFC and never combine with a neighbour —
 * ASCII, Latin-1, Latin Extended A and B, Vietnamese precomposed letters (U+1E00–U+1EFF), general
 * punctuation — is already NFC: most texts skip the normaliser (checked in test/validate/nfc.test.ts).
 */
const SURELY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff\u2002-\u206f]*$/;

export function nfc(s: string): string {
  return SURELY_NFC.test(s) ? s : s.normalize('NFC');
}

/** A text made only of those characters: every part of it, and anything YAML makes of it, is NFC. */
export function isSurelyNfc(text: string): boolean {
  return SURELY_NFC.test(text);
}

function asWritten(node: unknown): IndicatorValue['scalar'] {
  if (node === null) return null;
  if (!isScalar(node)) return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return {
    value: node.value,
    source: node.source,
    quoted,
    ...(node.range ? { span: { start: node.range[0], end: node.range[1] } } : {}),
    ...(node.tag === 'tag:yaml.org,2002:str' ? { tagged: true } : {}),
  };
}

function keySpan(key: Scalar): { start: number; end: number } {
  const r = key.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

function firstAlias(node: unknown): { start: number; end: number } | undefined {
  if (isAlias(node)) return node.range ? { start: node.range[0], end: node.range[1] } : undefined;
  if (isSeq(node)) {
    for (const item of node.items) {
      const f = firstAlias(item);
      if (f) return f;
    }
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const f = firstAlias(pair.value);
      if (f) return f;
    }
  }
  return undefined;
}
