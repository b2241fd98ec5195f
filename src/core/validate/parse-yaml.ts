import type { Document, ErrorCode, Scalar } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml-lazy.js';
import { parseWithUniqueKeys } from '../yaml-unique-keys.js';
import type { ValueKind, YamlProblem } from '../diagnostics.js';
import type { Findings } from './findings.js';

const problems: Partial<Record<ErrorCode, YamlProblem>> = {
  BAD_INDENT: 'bad-indent',
  MISSING_CHAR: 'missing-char',
  UNEXPECTED_TOKEN: 'unexpected',
  BAD_SCALAR_START: 'unexpected',
  BLOCK_AS_IMPLICIT_KEY: 'nested-compact',
  MULTILINE_IMPLICIT_KEY: 'multiline-key',
  KEY_OVER_1024_CHARS: 'multiline-key',
  BAD_DQ_ESCAPE: 'bad-escape',
  BAD_ALIAS: 'anchor',
  ALIAS_PROPS: 'anchor',
  MULTIPLE_ANCHORS: 'anchor',
};

/**
 * Layer 2: YAML. Returns the document when it is one well-formed mapping; otherwise records what is
 * wrong, in the words of the official's mistake (a tab, a key written twice, a second document…).
 */
export function parseYaml(text: string, findings: Findings): Document | undefined {
  const doc = parseWithUniqueKeys(text);
  if (doc.errors.length > 0) {
    reportYamlErrors(doc, text, findings);
    return undefined;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.range?.[0] === root.range?.[1])) {
    findings.error('empty-file', { line: 1, column: 1 }, [], {});
    return undefined;
  }
  if (!isMap(root)) {
    const span = root.range ? { start: root.range[0], end: root.range[1] } : { start: 0, end: 0 };
    findings.error('root-not-mapping', span, [], { found: kindOfNode(root) });
    return undefined;
  }
  return doc;
}

export const MAX_ALIASES = 100;

/**
 * After a tab or a broken line the parser loses its footing and reports errors all the way down;
 * only the ones an official can act on are kept: every tab, every duplicate key, a second document,
 * and the first other syntax error (fixing it usually makes the rest disappear).
 */
function reportYamlErrors(doc: Document, text: string, findings: Findings): void {
  const tabLines = new Set<number>();
  let syntax = false;
  for (const e of doc.errors) {
    if (e.code !== 'TAB_AS_INDENT') continue;
    const line = findings.lineOf(e.pos[0]);
    if (tabLines.has(line)) continue;
    tabLines.add(line);
    findings.error('tab-indent', { start: e.pos[0], end: e.pos[0] + 1 }, [], {});
  }
  for (const e of doc.errors) {
    const span = { start: e.pos[0], end: Math.max(e.pos[0], e.pos[1]) };
    if (e.code === 'TAB_AS_INDENT') continue;
    if (e.code === 'DUPLICATE_KEY') {
      const { key, first } = duplicateOf(doc, span.start);
      const keySpan = key?.range ? { start: key.range[0], end: key.range[1] } : span;
      const name = key ? String(key.value) : text.slice(span.start, span.end);
      findings.error('duplicate-key', keySpan, [], { key: name, firstLine: findings.lineOf(first ?? span.start) });
    } else if (e.code === 'MULTIPLE_DOCS') {
      findings.error('multiple-documents', { start: span.start, end: span.start + 3 }, [], {});
    } else if (!syntax && tabLines.size === 0) {
      syntax = true;
      const detail = e.message.split('\n')[0] ?? e.code;
      const opener = openerOf(text, e.message, span.start);
      if (opener) findings.error('yaml-syntax', opener.span, [], { reason: opener.reason, detail });
      else findings.error('yaml-syntax', span, [], { reason: problemOf(e.code, e.message), detail });
    }
  }
}

/**
 * The parser notices a missing ] } or closing quote only where the next line starts; the mistake
 * is where the bracket or quote was opened, so point there.
 */
function openerOf(text: string, message: string, at: number): { span: { start: number; end: number }; reason: YamlProblem } | undefined {
  const bracket = /end with an? ([\]}])/.exec(message);
  const quote = /Missing closing (["'])quote/.exec(message);
  const open = bracket ? (bracket[1] === ']' ? '[' : '{') : quote?.[1];
  if (!open) return undefined;
  const i = text.lastIndexOf(open, quote ? at - 1 : at);
  if (i < 0) return undefined;
  return { span: { start: i, end: i + 1 }, reason: bracket ? 'unclosed-bracket' : 'bad-quote' };
}

function problemOf(code: ErrorCode, message: string): YamlProblem {
  if (code === 'MISSING_CHAR' && /quot/i.test(message)) return 'bad-quote';
  return problems[code] ?? 'other';
}

/** The second key at `offset` and where the first key of the same name in its mapping starts. */
function duplicateOf(doc: Document, offset: number): { key?: Scalar; first?: number } {
  let found: { key?: Scalar; first?: number } = {};
  const visit = (node: unknown): boolean => {
    if (isMap(node)) {
      const second = node.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset)?.key as Scalar | undefined;
      if (second) {
        const first = node.items.find((p) => isScalar(p.key) && p.key !== second && p.key.value === second.value)?.key as Scalar | undefined;
        found = { key: second, first: first?.range?.[0] };
        return true;
      }
      return node.items.some((p) => visit(p.value));
    }
    if (isSeq(node)) return node.items.some((item) => visit(item));
    return false;
  };
  visit(doc.contents);
  return found;
}

export function kindOfNode(node: unknown): ValueKind {
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) return kindOfValue(node.value);
  return 'text';
}

export function kindOfValue(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return 'list';
  return 'mapping';
}
