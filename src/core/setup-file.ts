import type { Document } from 'yaml';
import { parseDocument } from './yaml-lazy.js';
import type { ValidateFunction } from './ajv.js';
import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from './diagnostics.js';
import { LineIndex } from './source.js';
import { readPlainYaml } from './validate/ordinary-reader.js';
import { locate, type DocPath } from './yaml-locate.js';

/**
 * The secretariat's own files — plan, unit registry, config — are parsed and checked against their
 * schema here, every problem with its line and column. (Units' submissions go through the fuller
 * pipeline of the validator.)
 */
export interface SetupFile<T> {
  data?: T;
  /** Makes a diagnostic at a document path of this file; for checks that come after the schema. */
  at: <C extends DiagnosticCode>(code: C, path: DocPath, args: DiagnosticArgs[C]) => Diagnostic;
  diagnostics: Diagnostic[];
}

export function pathFromPointer(pointer: string): (string | number)[] {
  return pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/**
 * A plain file that its schema accepts is read by the small reader, and yaml — which keeps every
 * position — reads it only if a later check needs a position (`at`). Anything else is read by yaml
 * at once, so that every problem comes with its line and column. `exact` always reads with yaml.
 */
export function parseSetupFile<T>(text: string, file: string, validate: ValidateFunction, options: { exact?: boolean } = {}): SetupFile<T> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let exact: Exact | undefined;
  const exactly = () => (exact ??= readExactly(source, file));
  if (!options.exact) {
    const data = readPlainYaml(source);
    if (data !== undefined && validate(data)) return { data: data as T, at: (code, path, args) => exactly().at(code, path, args), diagnostics: [] };
  }
  const { doc, span, at } = exactly();
  const fail = (diagnostics: Diagnostic[]): SetupFile<T> => ({ at, diagnostics });
  if (doc.errors.length > 0) {
    return fail(doc.errors.map((e) => span('setup-yaml', e.pos[0], e.pos[1], [], { detail: e.message.split('\n')[0] ?? e.code })));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail([span('setup-yaml', 0, 0, [], { detail: (error as Error).message })]);
  }
  if (!validate(data)) {
    return fail((validate.errors ?? []).map((e) => {
      const path = pathFromPointer(e.instancePath);
      if (e.keyword === 'additionalProperties') {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        return at('setup-schema', [...path, key], { detail: `unknown key "${key}"` }, 'key');
      }
      const detail = `${e.instancePath || '/'}: ${e.message ?? e.keyword}`;
      return at('setup-schema', path, { detail }, e.keyword === 'required' ? 'key' : 'value');
    }));
  }
  return { data: data as T, at, diagnostics: [] };
}

interface Exact {
  doc: Document.Parsed;
  span: <C extends DiagnosticCode>(code: C, start: number, end: number, path: DocPath, args: DiagnosticArgs[C]) => Diagnostic;
  at: <C extends DiagnosticCode>(code: C, path: DocPath, args: DiagnosticArgs[C], target?: 'key' | 'value') => Diagnostic;
}

function readExactly(source: string, file: string): Exact {
  const lines = new LineIndex(source);
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  const span = <C extends DiagnosticCode>(code: C, start: number, end: number, path: DocPath, args: DiagnosticArgs[C]): Diagnostic => {
    const s = lines.position(start);
    const e = lines.position(end);
    return { code, severity: 'error', file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, path, args } as Diagnostic;
  };
  const at = <C extends DiagnosticCode>(code: C, path: DocPath, args: DiagnosticArgs[C], target: 'key' | 'value' = 'value') => {
    const where = locate(doc, path, target);
    return span(code, where.start, where.end, path, args);
  };
  return { doc, span, at };
}
