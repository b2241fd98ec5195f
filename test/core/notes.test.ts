import { describe, expect, it } from 'vitest';
import { checkNotes } from '../../src/core/notes/check-notes.js';
import { notesSchema } from '../../src/core/notes/notes-schema.js';
import { buildNotesTemplate } from '../../src/core/notes/notes-template.js';
import { compileValidator } from '../../src/core/precompiled/validators.js';

const validate = compileValidator(notesSchema);
const check = (text: string, period = '2020-04') => checkNotes(text, 'notes/2020-04.yaml', period, validate);
const where = (text: string, period?: string) =>
  check(text, period).diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }));

const valid = [
  'period: 2020-04',
  'number: 25',
  'date: 2020-04-22',
  'assessment:',
  '  strengths: |',
  '    Đoạn một,',
  '    còn tiếp.',
  '',
  '    Đoạn hai.',
  '  shortcomings:',
  '    - Một.',
  '    - Hai.',
  'direction: Một câu.',
  '',
].join('\n');

describe('the notes file of a period', () => {
  it('a valid file gives its paragraphs, list items, number and date', () => {
    const r = check(valid);
    expect(r.diagnostics).toEqual([]);
    expect(r.notes).toEqual({
      number: '25',
      date: '2020-04-22',
      strengths: { list: false, items: ['Đoạn một, còn tiếp.', 'Đoạn hai.'] },
      shortcomings: { list: true, items: ['Một.', 'Hai.'] },
      causes: { list: false, items: [] },
      direction: { list: false, items: ['Một câu.'] },
    });
  });

  it('the skeleton that init --notes writes is valid and leaves every section blank', () => {
    const r = check(buildNotesTemplate('2020-Q2', '../schemas/notes.schema.json'), '2020-Q2');
    expect(r.diagnostics).toEqual([]);
    expect(
      r.notes &&
        [r.notes.strengths, r.notes.shortcomings, r.notes.causes, r.notes.direction].every((t) => t.items.length === 0),
    ).toBe(true);
  });

  it('a misspelt key is reported at its line and column, in Vietnamese, naming the keys that exist', () => {
    const text = valid.replace('  shortcomings:', '  shortcoming:');
    const r = check(text);
    expect(r.notes).toBeUndefined();
    expect(where(text)).toEqual([{ code: 'setup-schema', line: 10, column: 3 }]);
    expect((r.diagnostics[0]!.args as { detail: string }).detail).toContain(
      'mục "shortcoming" không có trong mẫu ghi chú (các mục được dùng: strengths, shortcomings, causes)',
    );
  });

  it('a number where text belongs, a bad date and a tab are each found where they are written', () => {
    expect(where(valid.replace('direction: Một câu.', 'direction: 12'))).toEqual([
      { code: 'setup-schema', line: 13, column: 12 },
    ]);
    expect(where(valid.replace('date: 2020-04-22', 'date: 2020-04-31'))).toEqual([
      { code: 'setup-schema', line: 3, column: 7 },
    ]);
    expect(where(valid.replace('    - Hai.', '\t- Hai.')).map((d) => [d.code, d.line])).toContainEqual([
      'setup-yaml',
      12,
    ]);
  });

  it('notes written for another period are refused at the period line', () => {
    const r = check(valid, '2020-05');
    expect(r.notes).toBeUndefined();
    expect(where(valid, '2020-05')).toEqual([{ code: 'setup-schema', line: 1, column: 9 }]);
  });

  it('an empty file and a missing period are errors, not blank notes', () => {
    expect(check('').notes).toBeUndefined();
    expect(check('# chỉ có chú thích\n').diagnostics).toHaveLength(1);
    expect(where('direction: x\n')).toEqual([{ code: 'setup-schema', line: 1, column: 1 }]);
  });
});
