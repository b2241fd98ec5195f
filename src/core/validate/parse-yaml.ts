import { isMap, isScalar, isSeq, parseDocument, type Document, type ErrorCode } from 'yaml';
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
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const seenLines = new Set<string>();
    for (const e of doc.errors) {
      const span = { start: e.pos[0], end: Math.max(e.pos[0], e.pos[1]) };
      const line = findings.lineOf(span.start);
      if (e.code === 'TAB_AS_INDENT') {
        if (!seenLines.has(`tab:${line}`)) findings.error('tab-indent', { start: span.start, end: span.start + 1 }, [], {});
        seenLines.add(`tab:${line}`);
      } else if (e.code === 'DUPLICATE_KEY') {
        const key = text.slice(span.start, span.end).trim() || '?';
        findings.error('duplicate-key', span, [], { key, firstLine: firstKeyLine(doc, key, span.start, findings) ?? line });
      } else if (e.code === 'MULTIPLE_DOCS') {
        findings.error('multiple-documents', { start: span.start, end: span.start + 3 }, [], {});
        break;
      } else if (e.code === 'RESOURCE_EXHAUSTION') {
        findings.error('alias-bomb', span, [], { limit: MAX_ALIASES });
      } else if (!seenLines.has(`tab:${line}`) && !seenLines.has(`syntax:${line}`)) {
        // The parser often reports one slip several times on the same line; say it once.
        seenLines.add(`syntax:${line}`);
        findings.error('yaml-syntax', span, [], { reason: problemOf(e.code, e.message), detail: e.message.split('\n')[0] ?? e.code });
      }
    }
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

function problemOf(code: ErrorCode, message: string): YamlProblem {
  if (code === 'MISSING_CHAR' && /quot/i.test(message)) return 'bad-quote';
  return problems[code] ?? 'other';
}

function firstKeyLine(doc: Document, key: string, before: number, findings: Findings): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key;
        if (isScalar(k) && String(k.value) === key && k.range && k.range[0] < before) {
          // The second key's own map must hold the first: only a key in the same map counts.
          if (node.items.some((p) => isScalar(p.key) && p.key.range?.[0] === before)) {
            found = findings.lineOf(k.range[0]);
            return;
          }
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
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
