import type { Document, YAMLError } from 'yaml';
import { isMap, isScalar, isSeq, parseDocument } from '../yaml-lazy.js';
import type { ValueKind } from '../diagnostics.js';
import type { Span } from '../yaml-locate.js';
import type { Findings } from './findings.js';
import { findLineSeparators } from './line-separator.js';
import { findLoneCrs } from './lone-cr.js';
import { EditedText } from './text-edits.js';
import { diagnoseTabErrors, findTabLines } from './tab-indent.js';
import { type Diagnosis, lineDiagnoser } from './yaml-repair.js';

export const MAX_ALIASES = 100;
/** Each round mends one mistake (or every tab at once); a file with more is not worth reading on. */
const MAX_ROUNDS = 50;
/**
 * The parser's errors over all rounds: a file with thousands (a stray bracket on every line) is
 * reported as it was read, not read again for each mistake, at a cost of its size times its mistakes.
 */
const MAX_ERRORS_READ = 5_000;

/** A file's YAML as far as it could be read, and the findings object the later layers report into. */
export interface ParsedYaml {
  /** Missing when the file cannot be read as a mapping at all. */
  doc?: Document;
  /** The text `doc` was read from: the file's own, or the file with its syntax mistakes mended. */
  text: string;
  /** Places later layers' findings in the user's own file, whatever was mended. */
  findings: Findings;
  /** Mended, or a second document left out: the reading is for reporting mistakes, not a submission. */
  mended: boolean;
  /** A line had to be left out: a missing field may then only be missing from the reading. */
  linesLeftOut: boolean;
}

/**
 * Layer 2: YAML. Every syntax mistake is reported, in the words of the official's mistake (a tab, a
 * missing colon, quotes from a word processor…), and mended in a copy of the text so that the
 * schema, the plan's rules and the unit list can still check the rest: a file with several
 * mistakes is put right in one or two runs, not one run per mistake.
 */
export function parseYaml(text: string, findings: Findings): ParsedYaml {
  const edited = new EditedText(text);
  const seen = new Set<string>();
  let multipleDocs = false;
  let linesLeftOut = false;
  const toOriginal = (span: Span): Span => ({ start: edited.toOriginal(span.start), end: edited.toOriginal(span.end) });
  // Lone CRs and pasted line separators first: once each is the line break or the space it stands
  // for, lines (and so tabs at their start) are where the official sees them.
  const loneCrs = findLoneCrs(text);
  for (const cr of loneCrs) findings.error('lone-cr', cr.span, [], {});
  const separators = findLineSeparators(text);
  for (const s of separators) {
    if (s.edit) findings.error('line-separator', s.span, [], { char: s.char });
    else findings.warning('line-separator-in-text', s.span, [], { char: s.char });
  }
  edited.replaceAll(
    [...loneCrs.map((cr) => cr.edit), ...separators.flatMap((s) => (s.edit ? [s.edit] : []))].sort(
      (a, b) => a.start - b.start,
    ),
  );
  const tabLines = findTabLines(edited.text);
  for (const tab of tabLines) findings.error('tab-indent', toOriginal(tab.span), [], {});
  edited.replaceAll(tabLines.map((tab) => tab.edits[0]!));
  let doc: Document | undefined;
  let errorsRead = 0;
  for (let round = 0; ; round++) {
    doc = parseDocument(edited.text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
    const errors = doc.errors.filter((e) => {
      if (e.code !== 'MULTIPLE_DOCS') return true;
      if (!multipleDocs)
        findings.error('multiple-documents', toOriginal({ start: e.pos[0], end: e.pos[0] + 3 }), [], {});
      multipleDocs = true;
      return false;
    });
    if (errors.length === 0) break;
    errorsRead += errors.length;
    const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
    // Tabs first and all at once: a tab throws the parser off for every line after it.
    const batch = tabs.length > 0 ? tabs : [errors[0]!];
    const mended = new Map<number, Diagnosis>();
    let stuck = round >= MAX_ROUNDS || errorsRead > MAX_ERRORS_READ;
    const diagnoses = diagnoseErrors(edited.text, batch);
    for (const [i, e] of batch.entries()) {
      const d = diagnoses[i]!;
      const span = toOriginal(d.span);
      const key = `${d.reason}@${span.start}`;
      if (seen.has(key)) {
        stuck = true;
        break;
      }
      seen.add(key);
      report(findings, d, span, e);
      if (d.edits.length === 0) {
        d.edits = [leaveOut(edited.text, d.span.start)];
        linesLeftOut = true;
      }
      mended.set(d.edits[0]!.start, d);
    }
    if (stuck) {
      const rest = errors.slice(1);
      const diagnosed = diagnoseErrors(edited.text, rest);
      for (const [i, e] of rest.entries()) {
        const d = diagnosed[i]!;
        const span = toOriginal(d.span);
        if (!seen.has(`${d.reason}@${span.start}`)) report(findings, d, span, e);
        seen.add(`${d.reason}@${span.start}`);
      }
      return { text, findings, mended: true, linesLeftOut };
    }
    // One diagnosis's edits, or one per tab-indented line: they never overlap.
    edited.replaceAll([...mended.values()].flatMap((d) => d.edits).sort((a, b) => a.start - b.start));
  }

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null && root.range?.[0] === root.range?.[1])) {
    if (findings.size === 0) findings.error('empty-file', { line: 1, column: 1 }, [], {});
    return { text, findings, mended: true, linesLeftOut };
  }
  if (!isMap(root)) {
    const span = root.range ? { start: root.range[0], end: root.range[1] } : { start: 0, end: 0 };
    findings.error('root-not-mapping', toOriginal(span), [], { found: kindOfNode(root) });
    return { text, findings, mended: true, linesLeftOut };
  }
  if (!edited.changed) return { doc, text, findings, mended: multipleDocs, linesLeftOut };
  return {
    doc,
    text: edited.text,
    findings: findings.mapped((offset) => edited.toOriginal(offset)),
    mended: true,
    linesLeftOut,
  };
}

function report(findings: Findings, d: Diagnosis, span: Span, e: YAMLError): void {
  if (d.reason === 'tab') findings.error('tab-indent', span, [], {});
  else
    findings.error('yaml-syntax', span, [], {
      reason: d.reason,
      detail: e.message.split('\n')[0] ?? e.code,
      ...(d.char ? { char: d.char } : {}),
    });
}

/** The errors' diagnoses, in their order; the tab errors are judged together, in one pass over the text. */
function diagnoseErrors(text: string, errors: readonly YAMLError[]): Diagnosis[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const tabDiagnoses =
    tabs.length > 0
      ? diagnoseTabErrors(
          text,
          tabs.map((e) => e.pos[0]),
        )
      : [];
  let t = 0;
  const diagnose = lineDiagnoser(text);
  return errors.map((e) => {
    if (e.code === 'TAB_AS_INDENT') return tabDiagnoses[t++]!;
    const opener = openerOf(text, e.message, e.pos[0]);
    if (opener) return { ...opener, edits: [] };
    return diagnose(e.code, e.pos, e.message);
  });
}

/** A line that cannot be mended becomes a comment, so the lines after it are still read. */
function leaveOut(text: string, offset: number): { start: number; end: number; insert: string } {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(start))![0].length;
  return { start: start + indent, end: start + indent, insert: '#' };
}

/**
 * The parser notices a missing ] } or closing quote only where the next line starts; the mistake
 * is where the bracket or quote was opened, so point there.
 */
function openerOf(text: string, message: string, at: number): Pick<Diagnosis, 'span' | 'reason'> | undefined {
  const bracket = /end with an? ([\]}])/.exec(message);
  const quote = /Missing closing (["'])quote/.exec(message);
  const open = bracket ? (bracket[1] === ']' ? '[' : '{') : quote?.[1];
  if (!open) return undefined;
  const i = text.lastIndexOf(open, quote ? at - 1 : at);
  if (i < 0) return undefined;
  return { span: { start: i, end: i + 1 }, reason: bracket ? 'unclosed-bracket' : 'bad-quote' };
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
