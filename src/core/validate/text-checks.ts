import type { Document, Node } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml-lazy.js';
import type { DocPath } from '../yaml-locate.js';
import type { FieldRef } from './field.js';
import type { Findings, Locate } from './findings.js';

/*
 * Checks on the texts of a submission that no schema can make: a free text whose end YAML took for
 * a comment, and characters a report (XML inside .xlsx and .docx) cannot hold.
 */

/** The free texts of a submission, where a cut loses the official's words. */
function freeTextNodes(doc: Document): { path: DocPath; node: unknown }[] {
  const out: { path: DocPath; node: unknown }[] = [];
  const root = doc.contents;
  if (!isMap(root)) return out;
  const get = (map: unknown, key: string): unknown =>
    isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key)?.value : undefined;
  for (const key of ['difficulties', 'proposals']) out.push({ path: [key], node: get(root, key) });
  const reporter = get(root, 'reporter');
  for (const key of ['name', 'position']) out.push({ path: ['reporter', key], node: get(reporter, key) });
  const tasks = get(root, 'tasks');
  if (isMap(tasks)) {
    for (const pair of tasks.items) {
      if (!isScalar(pair.key)) continue;
      const task = String(pair.key.value);
      out.push({ path: ['tasks', task, 'summary'], node: get(pair.value, 'summary') });
      out.push({ path: ['tasks', task, 'giai_trinh'], node: get(pair.value, 'giai_trinh') });
      const evidence = get(pair.value, 'evidence');
      if (isSeq(evidence))
        evidence.items.forEach((item, i) => out.push({ path: ['tasks', task, 'evidence', i], node: item }));
    }
  }
  const models = get(root, 'models');
  if (isSeq(models)) {
    models.items.forEach((model, i) => {
      for (const key of ['name', 'result']) out.push({ path: ['models', i, key], node: get(model, key) });
    });
  }
  return out;
}

/**
 * A comment set apart from the text before it — two spaces or more before the #, a space (or the
 * line's end) after it — as the `danvan init` template writes its notes (`name:   # họ và tên`,
 * which stays after the name typed in). A # with one space before it, or glued to the word after
 * it ("#12"), is taken for part of the text.
 */
export function isSetApartComment(text: string, valueEnd: number, hash: number): boolean {
  const after = text.charCodeAt(hash + 1);
  return (
    hash - valueEnd >= 2 &&
    (Number.isNaN(after) || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)
  );
}

/**
 * A plain (unquoted) free text followed by " #" that does not look like a comment set apart
 * (isSetApartComment): YAML ends the text there and drops the rest as a comment (`summary: Ban hành
 * Kế hoạch #12 về tuyên truyền`), so the words after it would be lost. After a number, a date or an
 * id any comment stays allowed.
 */
export function checkCutTexts(
  doc: Document,
  text: string,
  findings: Findings,
  field: (path: DocPath) => FieldRef,
): void {
  for (const { path, node } of freeTextNodes(doc)) {
    if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) continue;
    const valueEnd = (node as Node).range![1];
    let p = valueEnd;
    while (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09) p++;
    if (text.charCodeAt(p) !== 0x23 || isSetApartComment(text, valueEnd, p)) continue;
    let end = text.indexOf('\n', p);
    if (end < 0) end = text.length;
    const lost = text.slice(p + 1, end).replace(/\s+$/, '');
    findings.error('text-cut-by-comment', { start: p, end: p + 1 }, path, {
      field: field(path),
      kept: node.value,
      lost,
    });
  }
}

/** Characters XML 1.0 cannot hold: C0 controls other than tab and line breaks, U+FFFE, U+FFFF, lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What the file must hold for a text in it to hold such a character: the character itself, or an escape. */
const MAY_HOLD = /[\\\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Every text value holding a character no report can hold, reported at its value (once per text). */
export function checkReportableChars(
  data: Record<string, unknown>,
  text: string,
  at: Locate,
  findings: Findings,
  field: (path: DocPath) => FieldRef,
): void {
  if (!MAY_HOLD.test(text)) return;
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const bad = NOT_XML.exec(value);
      if (bad && !findings.hasAt(path))
        findings.error('char-not-allowed', at(path), [...path], {
          field: field(path),
          char: `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
        });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(data, []);
}
