import type { ErrorObject, ValidateFunction } from '../ajv.js';
import type { Diagnostic } from '../diagnostics.js';
import { pathFromPointer } from '../setup-file.js';
import { diagnosticPlacer } from '../place-diagnostic.js';
import { parseDocument } from '../yaml-lazy.js';
import type { DocPath } from '../yaml-locate.js';
import { notesSchema, type Notes, type NotesFile, type NoteText } from './notes-schema.js';

export interface CheckedNotes {
  notes?: Notes;
  diagnostics: Diagnostic[];
}

type Titled = { title?: string; properties?: Record<string, Titled> };

/** The Vietnamese title of the field at a path ("Ưu điểm"), else its key. */
function titleAt(path: DocPath): string {
  let node: Titled | undefined = notesSchema as Titled;
  for (const key of path) node = typeof key === 'string' ? node?.properties?.[key] : node;
  const last = path[path.length - 1];
  return node?.title ?? (last === undefined ? 'tệp' : String(last));
}

/** One ajv error in the words of the person who wrote the file. */
function explain(e: ErrorObject, path: DocPath): string {
  const field = `"${titleAt(path)}"`;
  switch (e.keyword) {
    case 'required': {
      const key = (e.params as { missingProperty: string }).missingProperty;
      return `thiếu mục "${key}" (${titleAt([...path, key])})`;
    }
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(
        path.length === 0 ? notesSchema.properties : notesSchema.properties.assessment.properties,
      );
      return `mục "${key}" không có trong mẫu ghi chú (các mục được dùng: ${known.join(', ')})`;
    }
    case 'type':
      return path[path.length - 1] === 'number'
        ? `${field} phải là số hoặc chữ, ví dụ 25`
        : typeof path[path.length - 1] === 'number'
          ? `mỗi dòng của danh sách phải là một đoạn chữ`
          : path.length === 1 && path[0] === 'assessment'
            ? `${field} phải gồm các mục strengths, shortcomings, causes`
            : `${field} phải là một đoạn chữ hoặc một danh sách các dòng`;
    case 'pattern':
      return `${field} phải viết dạng 2020-04 (tháng), 2020-Q2 (quý), 2020-H1 (6 tháng) hoặc 2020 (năm)`;
    case 'format':
      return `${field} phải là một ngày có thật, dạng NĂM-THÁNG-NGÀY, ví dụ 2020-04-22`;
    default:
      return `${field} không đúng quy định (${e.message ?? e.keyword})`;
  }
}

function noteText(value: string | string[] | undefined): NoteText {
  if (value === undefined) return { list: false, items: [] };
  if (Array.isArray(value)) return { list: true, items: value.map((v) => v.trim()).filter((v) => v !== '') };
  return {
    list: false,
    items: value
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== ''),
  };
}

/**
 * Checks the text of a notes file against its schema and the period it is for. Every problem is a
 * diagnostic at its line and column; the notes are returned only when there is none. Pure.
 */
export function checkNotes(raw: string, file: string, period: string, validate: ValidateFunction): CheckedNotes {
  const text = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).normalize('NFC');
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const place = diagnosticPlacer(text, doc, file);
  const diagnostic = (code: 'setup-yaml' | 'setup-schema', start: number, end: number, path: DocPath, detail: string) =>
    place.span(code, start, end, path, { detail });
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((e) =>
        diagnostic(
          'setup-yaml',
          e.pos[0],
          e.pos[1],
          [],
          e.code === 'TAB_AS_INDENT'
            ? 'dòng thụt lề bằng phím Tab, hãy dùng dấu cách'
            : e.code === 'DUPLICATE_KEY'
              ? 'một mục được viết hai lần'
              : (e.message.split('\n')[0] ?? e.code),
        ),
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { diagnostics: [diagnostic('setup-yaml', 0, 0, [], (error as Error).message)] };
  }
  if (data === null || data === undefined)
    return {
      diagnostics: [
        diagnostic('setup-schema', 0, 0, [], 'tệp trống; chạy "danvan init --notes --period …" để có tệp mẫu'),
      ],
    };
  const at = (path: DocPath, detail: string, target: 'key' | 'value' = 'value') =>
    place.at('setup-schema', path, { detail }, target);
  if (!validate(data)) {
    const seen = new Set<string>();
    const diagnostics: Diagnostic[] = [];
    for (const e of validate.errors ?? []) {
      const path = pathFromPointer(e.instancePath);
      const key =
        e.keyword === 'additionalProperties'
          ? [...path, (e.params as { additionalProperty: string }).additionalProperty]
          : path;
      const id = `${key.join('/')}|${e.keyword}`;
      if (seen.has(id)) continue;
      seen.add(id);
      diagnostics.push(
        at(key, explain(e, path), e.keyword === 'additionalProperties' || e.keyword === 'required' ? 'key' : 'value'),
      );
    }
    return { diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const notes = data as NotesFile;
  if (notes.period !== period)
    return {
      diagnostics: [
        at(
          ['period'],
          `kỳ "${notes.period}" không trùng với kỳ của báo cáo (${period}); tệp ghi chú của kỳ ${period} phải ghi period: ${period}`,
        ),
      ],
    };
  return {
    diagnostics: [],
    notes: {
      ...(notes.number === undefined ? {} : { number: String(notes.number) }),
      ...(notes.date === undefined ? {} : { date: notes.date }),
      strengths: noteText(notes.assessment?.strengths),
      shortcomings: noteText(notes.assessment?.shortcomings),
      causes: noteText(notes.assessment?.causes),
      direction: noteText(notes.direction),
    },
  };
}
