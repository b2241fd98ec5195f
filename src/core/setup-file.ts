import type { Document } from 'yaml';
import { parseWithUniqueKeys } from './yaml-unique-keys.js';
import type { ValidateFunction } from './ajv.js';
import type { Diagnostic, DiagnosticArgs, DiagnosticCode, FormatKind, SetupProblem, ValueKind } from './diagnostics.js';
import { LineIndex } from './source.js';
import { readFastAsWritten } from './validate/fast-reader.js';
import { MAX_NESTING, tooDeepAt } from './yaml-depth.js';
import { diagnosticPlacer, type DiagnosticPlacer } from './place-diagnostic.js';
import type { DocPath } from './yaml-locate.js';

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
  return pointer
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/**
 * A plain file that its schema accepts is read by the fast reader, and yaml — which keeps every
 * position — reads it only if a later check needs a position (`at`). Anything else is read by yaml
 * at once, so that every problem comes with its line and column. `exact` always reads with yaml.
 */
export function parseSetupFile<T>(
  text: string,
  file: string,
  validate: ValidateFunction,
  options: { exact?: boolean } = {},
): SetupFile<T> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let exact: Exact | undefined;
  const exactly = () => (exact ??= readExactly(source, file));
  const deep = tooDeepAt(source);
  if (deep >= 0) {
    // Not parsed at all (a reader would exhaust the stack); positions come from the text alone.
    const lines = new LineIndex(source);
    const at = lines.position(deep);
    const diagnostic = {
      code: 'too-deep',
      severity: 'error',
      file,
      line: at.line,
      column: at.column,
      path: [],
      args: { limit: MAX_NESTING },
    } as Diagnostic;
    return { at: () => diagnostic, diagnostics: [diagnostic] };
  }
  if (!options.exact) {
    const data = readFastAsWritten(source);
    if (data !== undefined && validate(data))
      return { data: data as T, at: (code, path, args) => exactly().at(code, path, args), diagnostics: [] };
  }
  const { doc, span, at } = exactly();
  const fail = (diagnostics: Diagnostic[]): SetupFile<T> => ({ at, diagnostics });
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.map((e) => span('setup-yaml', e.pos[0], e.pos[1], [], { detail: e.message.split('\n')[0] ?? e.code })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail([span('setup-yaml', 0, 0, [], { detail: (error as Error).message })]);
  }
  if (!validate(data)) return fail((validate.errors ?? []).map((e) => schemaFinding(e, data, at)));
  return { data: data as T, at, diagnostics: [] };
}

type SchemaError = NonNullable<ValidateFunction['errors']>[number];

/** One schema error as a finding in the official's terms; the checker's own English only for the rare rest. */
function schemaFinding(e: SchemaError, data: unknown, at: Exact['at']): Diagnostic {
  const path = pathFromPointer(e.instancePath);
  const value = valueAt(data, path);
  const params = e.params as Record<string, unknown>;
  const finding = (problem: SetupProblem, where: DocPath = path, target: 'key' | 'value' = 'value') =>
    at('setup-schema', where, { detail: `${e.instancePath || '/'}: ${e.message ?? e.keyword}`, problem }, target);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return finding({ kind: 'unknown-key', key, allowed }, [...path, key], 'key');
    }
    case 'required':
      return finding({ kind: 'required', key: String(params.missingProperty) }, path, 'key');
    case 'type':
      return finding({ kind: 'type', expected: kindOfType(String(params.type)), found: kindOfValue(value) });
    case 'enum':
      return finding({ kind: 'enum', value: String(value), allowed: (params.allowedValues as unknown[]).map(String) });
    case 'pattern':
      return finding({ kind: 'form', value: String(value), form: formOfPattern(String(params.pattern)) });
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return finding({ kind: 'empty' });
    default:
      return at('setup-schema', path, { detail: `${e.instancePath || '/'}: ${e.message ?? e.keyword}` });
  }
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const key of path)
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

function kindOfType(type: string): ValueKind {
  return type === 'object'
    ? 'mapping'
    : type === 'array'
      ? 'list'
      : type === 'string'
        ? 'text'
        : type === 'integer'
          ? 'integer'
          : type === 'boolean'
            ? 'boolean'
            : 'number';
}

function kindOfValue(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'boolean';
  return Number.isInteger(value) ? 'integer' : 'number';
}

function formOfPattern(pattern: string): FormatKind | 'other' {
  if (pattern.startsWith('^[a-z0-9]+(-[a-z0-9]+)*')) return 'id';
  if (pattern.startsWith('^[0-9]{4}-(0[1-9]|1[0-2])') || pattern.startsWith('^\\d{4}-(0[1-9]|1[0-2])')) return 'month';
  return 'other';
}

interface Exact extends DiagnosticPlacer {
  doc: Document.Parsed;
}

function readExactly(source: string, file: string): Exact {
  const doc = parseWithUniqueKeys(source);
  return { doc, ...diagnosticPlacer(source, doc, file) };
}
