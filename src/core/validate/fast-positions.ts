import { load } from 'js-yaml';
import type { DocPath, Span } from '../yaml-locate.js';
import { convertOrdinary, MARK, STRICT_SCHEMA, yamlValueOf } from './fast-yaml.js';
import { isNullWord } from './plain-scalar.js';
import { isSurelyNfc } from './to-data.js';
import type { Locate } from './findings.js';
import type { IndicatorValue } from './numbers.js';

/*
 * Where things are in an ordinary file, from the positions js-yaml passes through as it reads (its
 * `listener`): a tenth of the cost of a yaml Document, for the files with something to report that
 * the fast path can still read. Only what the layers ask of a Document is answered — the place of a
 * key, and of a value written on one line (plain or quoted) — each checked against what js-yaml
 * read there. Anything else (a block text, a value over several lines, a whole list or mapping) is
 * not guessed: PositionUnknown is thrown, and the exact path checks the file.
 */

export class PositionUnknown extends Error {}

interface PosNode {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: PosNode[];
}

export interface PositionedFile {
  data: Record<string, unknown>;
  indicators: IndicatorValue[];
  at: Locate;
  firstKey: () => Span;
}

/** Reads the text again, keeping positions; undefined if js-yaml or the conversion gives up. */
export function readWithPositions(text: string): PositionedFile | undefined {
  const top: PosNode = { open: 0, close: 0, kind: null, result: undefined, children: [] };
  const stack: PosNode[] = [top];
  let loaded: unknown;
  try {
    loaded = load(text, {
      schema: STRICT_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === 'open') {
          const node: PosNode = { open: state.position, close: 0, kind: null, result: undefined, children: [] };
          stack[stack.length - 1]!.children.push(node);
          stack.push(node);
        } else {
          const node = stack.pop()!;
          node.close = state.position;
          node.kind = state.kind;
          node.result = state.result;
        }
      },
    });
  } catch {
    return undefined;
  }
  const root = top.children[0];
  if (!root || root.result !== loaded) return undefined;
  // Converted in place: the tree's values (texts, numbers) are its own, and stay as js-yaml read them.
  const data = convertOrdinary(loaded, true, isSurelyNfc(text));
  if (!data) return undefined;
  const doc = new PositionIndex(text, root);
  let indicators: IndicatorValue[];
  try {
    indicators = doc.indicators();
  } catch (error) {
    if (error instanceof PositionUnknown) return undefined;
    throw error;
  }
  return { data, indicators, at: (path, target = 'value') => doc.locate(path, target), firstKey: () => doc.firstKey() };
}

class PositionIndex {
  constructor(private readonly text: string, private readonly root: PosNode) {}

  /** As yaml-locate's `locate` on the yaml Document of the same text. */
  locate(path: DocPath, target: 'key' | 'value'): Span {
    let node: PosNode | undefined = unwrap(this.root);
    let best: () => Span = () => this.spanOf(unwrap(this.root));
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMapping(node)) {
        const pair: [PosNode, PosNode] | undefined = pairsOf(node).find(([k]) => String(k.result) === String(segment));
        if (!pair) return best();
        const [keyNode, value]: [PosNode, PosNode] = pair;
        const keySpan = this.spanOf(keyNode);
        if (last && target === 'key') return keySpan;
        node = value;
        // An empty value (`key:`) has no range of its own worth pointing at: use the key.
        best = value.result === null ? () => keySpan : () => this.spanOf(value);
      } else if (isSequence(node) && typeof segment === 'number') {
        const item: PosNode | undefined = itemsOf(node)[segment];
        if (item === undefined) return best();
        node = item;
        best = () => this.spanOf(item);
      } else {
        return best();
      }
    }
    return best();
  }

  firstKey(): Span {
    const root = unwrap(this.root);
    const first = isMapping(root) ? pairsOf(root)[0] : undefined;
    if (!first) throw new PositionUnknown();
    return this.spanOf(first[0]);
  }

  /** Every value under tasks.<T>.indicators, in the order written, as toData lists them. */
  indicators(): IndicatorValue[] {
    const out: IndicatorValue[] = [];
    const root = unwrap(this.root);
    if (!isMapping(root)) return out;
    for (const [k, tasks] of pairsOf(root)) {
      if (String(k.result) !== 'tasks' || !isMapping(tasks)) continue;
      for (const [taskKey, task] of pairsOf(tasks)) {
        if (!isMapping(task)) continue;
        for (const [fieldKey, indicators] of pairsOf(task)) {
          if (String(fieldKey.result) !== 'indicators' || !isMapping(indicators)) continue;
          for (const [idKey, value] of pairsOf(indicators)) {
            out.push({ task: String(taskKey.result), id: String(idKey.result), key: this.spanOf(idKey), scalar: this.asWritten(value) });
          }
        }
      }
    }
    return out;
  }

  private asWritten(node: PosNode): IndicatorValue['scalar'] {
    if (node.kind === 'mapping' || node.kind === 'sequence') return undefined;
    const r = node.result;
    if (r === null) return { value: null, source: this.rawOf(node), quoted: false };
    const span = this.spanOf(node);
    const quote = this.text[span.start];
    if (quote === '"' || quote === "'") return { value: r, source: r as string, quoted: true, span };
    const source = this.text.slice(span.start, span.end);
    return { value: typeof r === 'string' && r.startsWith(MARK) ? yamlValueOf(source) : r, source, quoted: false, span };
  }

  /** The text of an empty or null value (nothing, ~, null): yaml's `source` for it. */
  private rawOf(node: PosNode): string {
    const start = skipSeparation(this.text, node.open);
    const raw = this.text.slice(start, trimEnd(this.text, start, node.close));
    return isNullWord(raw) ? raw : '';
  }

  /** The span yaml gives a key or a one-line value; PositionUnknown for anything else. */
  private spanOf(node: PosNode): Span {
    if (node.kind !== 'scalar' || node.result === null) throw new PositionUnknown();
    const start = skipSeparation(this.text, node.open);
    const end = trimEnd(this.text, start, node.close);
    const written = this.text.slice(start, end);
    if (written === '' || /[\r\n]/.test(written)) throw new PositionUnknown();
    const first = written[0];
    const r = node.result;
    if (first === '"' || first === "'") {
      if (written.length < 2 || written[written.length - 1] !== first || typeof r !== 'string') throw new PositionUnknown();
      return { start, end };
    }
    // A plain value: what js-yaml read there must be exactly this text.
    const read = typeof r === 'string' ? (r.startsWith(MARK) ? r.slice(MARK.length) : r) : typeof r === 'number' ? String(r) : undefined;
    if (read !== written) throw new PositionUnknown();
    return { start, end };
  }
}

/** js-yaml reads a list item or a flow collection through an extra node holding the same value. */
function unwrap(node: PosNode): PosNode {
  let n = node;
  while (n.children.length === 1 && n.children[0]!.result === n.result) n = n.children[0]!;
  return n;
}

function isMapping(node: PosNode | undefined): node is PosNode {
  return node !== undefined && node.kind === 'mapping' && typeof node.result === 'object' && node.result !== null && !Array.isArray(node.result);
}

function isSequence(node: PosNode | undefined): node is PosNode {
  return node !== undefined && node.kind === 'sequence' && Array.isArray(node.result);
}

/** Key and value nodes of a mapping, unwrapped; PositionUnknown if they do not pair up with its keys. */
function pairsOf(node: PosNode): [PosNode, PosNode][] {
  const kids = node.children;
  if (kids.length !== 2 * Object.keys(node.result as object).length) throw new PositionUnknown();
  const pairs: [PosNode, PosNode][] = [];
  for (let i = 0; i < kids.length; i += 2) pairs.push([unwrap(kids[i]!), unwrap(kids[i + 1]!)]);
  return pairs;
}

function itemsOf(node: PosNode): PosNode[] {
  if (node.children.length !== (node.result as unknown[]).length) throw new PositionUnknown();
  return node.children.map(unwrap);
}

/** What js-yaml skips before a value: spaces, line breaks, comments. */
function skipSeparation(text: string, from: number): number {
  let p = from;
  for (;;) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || c === 0x0a || c === 0x0d) p++;
    else if (c === 0x23) while (p < text.length && text.charCodeAt(p) !== 0x0a && text.charCodeAt(p) !== 0x0d) p++;
    else return p;
  }
}

function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x20 || c === 0x0a || c === 0x0d) e--;
    else break;
  }
  return e;
}
