import type { Diagnostic, DiagnosticArgs, DiagnosticCode, Severity } from '../diagnostics.js';
import { LineIndex, type Position } from '../source.js';
import type { DocPath, Span } from '../yaml-locate.js';

export interface Range {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

interface Pending {
  code: DiagnosticCode;
  severity: Severity;
  path: DocPath;
  args: unknown;
  span?: Span;
  range?: Range;
  explanation?: string;
}

/**
 * Collects a file's findings with character offsets and turns them into line:column only at the
 * end, and only if there is something to report: a valid file never pays for the line index.
 */
export class Findings {
  private readonly pending: Pending[] = [];
  private readonly paths = new Set<string>();
  private index?: LineIndex;
  /** Set on findings about a mended copy of the text (see `mapped`). */
  private toOriginal?: (offset: number) => number;
  errors = 0;

  constructor(
    readonly file: string,
    private readonly text = '',
  ) {}

  add<C extends DiagnosticCode>(
    code: C,
    severity: Severity,
    where: Span | Range,
    path: DocPath,
    args: DiagnosticArgs[C],
  ): void {
    this.pending.push({ code, severity, path, args, ...('start' in where ? { span: where } : { range: where }) });
    // Findings about the whole file (bytes, YAML) do not stop later layers from reporting inside it.
    if (path.length > 0) this.paths.add(pathKey(path));
    if (severity === 'error') this.errors++;
  }

  error<C extends DiagnosticCode>(code: C, where: Span | Range, path: DocPath, args: DiagnosticArgs[C]): void {
    this.add(code, 'error', where, path, args);
  }

  warning<C extends DiagnosticCode>(code: C, where: Span | Range, path: DocPath, args: DiagnosticArgs[C]): void {
    this.add(code, 'warning', where, path, args);
  }

  /** Marks the warnings made at or below `path` as explained by `explanation`; returns how many. */
  explainUnder(path: DocPath, explanation: string): number {
    let n = 0;
    for (const p of this.pending) {
      if (p.severity !== 'warning' || p.path.length < path.length) continue;
      if (path.every((segment, i) => p.path[i] === segment)) {
        p.explanation = explanation;
        n++;
      }
    }
    return n;
  }

  /** Whether a finding was already made at this document path (so later layers do not pile on). */
  hasAt(path: DocPath): boolean {
    return this.paths.size > 0 && this.paths.has(pathKey(path));
  }

  get size(): number {
    return this.pending.length;
  }

  /** 1-based line of an offset, for messages that refer to another place ("first written on line 4"). */
  lineOf(offset: number): number {
    return this.position(offset).line;
  }

  position(at: number): Position {
    const offset = this.toOriginal ? this.toOriginal(at) : at;
    // A place near the top (the unit id, for the checks across files) is found by scanning up to
    // it, so a valid file never builds the whole line index.
    if (!this.index && offset <= 2048) {
      let line = 1;
      let start = 0;
      for (let i = this.text.indexOf('\n'); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
      }
      return { line, column: offset - start + 1 };
    }
    this.index ??= new LineIndex(this.text);
    return this.index.position(offset);
  }

  range(span: Span): Range {
    const s = this.position(span.start);
    const e = this.position(Math.max(span.start, span.end));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }

  /**
   * These findings, going on about a copy of the text mended in place (parse-yaml.ts): later
   * offsets are in the copy and are read back through `toOriginal` into the user's own file.
   */
  mapped(toOriginal: (offset: number) => number): Findings {
    const out = new Findings(this.file, this.text);
    for (const p of this.pending) {
      const { span, ...rest } = p;
      out.pending.push(span ? { ...rest, range: this.range(span) } : p);
    }
    for (const k of this.paths) out.paths.add(k);
    out.errors = this.errors;
    out.toOriginal = toOriginal;
    return out;
  }

  /** The findings in reading order (line, then column, then the order the layers made them). */
  toDiagnostics(): Diagnostic[] {
    const out = this.pending.map((p) => {
      const r = p.span ? this.range(p.span) : p.range!;
      const d = { code: p.code, severity: p.severity, file: this.file, ...r, path: p.path, args: p.args };
      return (p.explanation === undefined ? d : { ...d, explanation: p.explanation }) as Diagnostic;
    });
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/**
 * Where a document path is written in the file: looked up in a yaml Document (the fast path makes
 * its Document on the first look-up).
 */
export type Locate = (path: DocPath, target?: 'key' | 'value') => Span;

export function pathKey(path: DocPath): string {
  return path.join('\u0000');
}
