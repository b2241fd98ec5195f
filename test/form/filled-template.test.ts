import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildInitTemplate, type FilledValues } from '../../src/core/init-template.js';
import { tasksForKind } from '../../src/core/plan.js';
import type { Unit } from '../../src/core/units.js';
import { readSubmissionValues } from '../../src/form/submission-values.js';
import { check, plan } from '../validate/helpers.js';

const ward: Unit = { id: 'phuong-bach-dang', name: 'Phường Bạch Đằng', kind: 'phuong' };
const schemaRef = '../../schemas/submission-394.schema.json';
const file = 'submissions/2020-04/phuong-bach-dang.yaml';

/** A ward's month filled in full: every task thuong-xuyen, every indicator a consistent number. */
function wardMonth(
  overrides: { summary?: string; difficulties?: string; name?: string; modelName?: string; evidence?: string[] } = {},
): FilledValues {
  const tasks = Object.fromEntries(
    tasksForKind(plan(), 'phuong').map((t) => [
      t.id,
      {
        status: 'thuong-xuyen',
        indicators: Object.fromEntries(t.indicators.map((i) => [i.id, '7'])),
        summary: overrides.summary ?? `Kết quả ${t.id}`,
        ...(overrides.evidence && { evidence: overrides.evidence }),
      },
    ]),
  );
  return {
    submitted: '2020-04-18',
    reporter: {
      name: overrides.name ?? 'Nguyễn Thị Lan',
      position: 'Trưởng ban Dân vận Đảng ủy phường',
      phone: '0243 821 2345',
    },
    tasks,
    models: [
      {
        id: 'ngo-pho-van-minh',
        type: 'mo-hinh',
        name: overrides.modelName ?? 'Ngõ phố văn minh',
        field: 'van-hoa-xa-hoi',
        status: 'dang-thuc-hien',
        since: '2020-03',
        result: 'Tốt: 3 ngõ',
      },
    ],
    difficulties: overrides.difficulties ?? 'Không có.',
    proposals: '',
  };
}

const written = (values: FilledValues) =>
  buildInitTemplate({ plan: plan(), unit: ward, period: '2020-04', schemaRef, values });

/** Texts an official may type: YAML's special characters, quotes, dashes, line breaks, blank lines, spaces. */
const hostileText = fc
  .array(
    fc.constantFrom(
      'Kế hoạch',
      '#12',
      ':',
      ' #',
      '"tốt"',
      "'",
      '– đạt 100%',
      '- ',
      '\n',
      '\n\n',
      '  ',
      '|',
      '>',
      '{',
      '[',
      '&a',
      '*b',
      '!',
      '%',
      '@',
      '`',
      'null',
      '~',
      'yes',
      '0x1F',
      '1.000',
      '\t',
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.trim() !== '');

describe('the filled template (what the form saves)', () => {
  it('passes validate with no finding, and reads back every value as given', () => {
    const values = wardMonth();
    const text = written(values);
    const result = check(text, { file, today: '2020-05-01' });
    expect(result.diagnostics).toEqual([]);
    const data = parse(text) as Record<string, unknown> & {
      tasks: Record<string, { indicators?: Record<string, number> }>;
    };
    expect(data.reporter).toEqual({
      name: 'Nguyễn Thị Lan',
      position: 'Trưởng ban Dân vận Đảng ủy phường',
      phone: '0243 821 2345',
    });
    expect(data.tasks['UB.1']?.indicators).toEqual({ ho_so_tiep_nhan: 7, ho_so_da_giai_quyet: 7, ho_so_dung_han: 7 });
    expect(data.models).toEqual(values.models);
  });

  it('keeps the modeline and the comments danvan init writes', () => {
    const text = written(wardMonth());
    const template = buildInitTemplate({ plan: plan(), unit: ward, period: '2020-04', schemaRef });
    const comments = (t: string) => t.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments(text).slice(0, 20)).toEqual(comments(template).slice(0, 20));
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaRef}`);
    expect(text).toMatch(/\n {6}ho_so_tiep_nhan: 7 +# Hồ sơ TTHC tiếp nhận \(hồ sơ\) — số phát sinh trong tháng\n/);
  });

  it('writes a summary with a colon, "#", quotes and a line break so that it reads back exactly', () => {
    const summary = 'Kế hoạch #12: "tốt" – đạt 100%\n- dòng hai: còn # nữa';
    const text = written(wardMonth({ summary }));
    const result = check(text, { file, today: '2020-05-01' });
    expect(result.diagnostics).toEqual([]);
    expect(result.submission?.tasks['CU.1']?.summary).toBe(summary);
  });

  it('reads back any text exactly, in every kind of text field', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const text = written(wardMonth({ summary: s, difficulties: s, name: s, modelName: s }));
        const data = parse(text) as {
          difficulties: unknown;
          reporter: { name: unknown };
          models: { name: unknown }[];
          tasks: Record<string, { summary: unknown }>;
        };
        expect(data.difficulties).toBe(s);
        expect(data.reporter.name).toBe(s);
        expect(data.models[0]?.name).toBe(s);
        expect(data.tasks['UB.1']?.summary).toBe(s);
      }),
      { numRuns: 120 },
    );
  });

  it('leaves out an indicator left empty (not reported, unlike 0), and a task with none keeps no indicators key', () => {
    const values = wardMonth();
    const tasks = {
      ...values.tasks,
      'UB.1': {
        status: 'thuong-xuyen',
        indicators: { ho_so_tiep_nhan: '0', ho_so_da_giai_quyet: '', ho_so_dung_han: ' ' },
      },
      'CU.1': { status: 'thuong-xuyen', indicators: {} },
    };
    const data = parse(written({ ...values, tasks })) as {
      tasks: Record<string, { indicators?: Record<string, number> }>;
    };
    expect(data.tasks['UB.1']?.indicators).toEqual({ ho_so_tiep_nhan: 0 });
    expect(data.tasks['CU.1']).not.toHaveProperty('indicators');
  });

  it('writes a mistyped number as typed, so validate names the mistake at that indicator', () => {
    const values = wardMonth();
    const tasks = {
      ...values.tasks,
      'UB.1': {
        status: 'thuong-xuyen',
        indicators: { ho_so_tiep_nhan: '1.250', ho_so_da_giai_quyet: 'mười', ho_so_dung_han: '-3' },
      },
    };
    const findings = check(written({ ...values, tasks }), { file, today: '2020-05-01' }).diagnostics.map((d) => [
      d.code,
      d.path.join('/'),
    ]);
    expect(findings).toContainEqual(['thousands-separator', 'tasks/UB.1/indicators/ho_so_tiep_nhan']);
    expect(findings).toContainEqual(['schema-type', 'tasks/UB.1/indicators/ho_so_da_giai_quyet']);
    expect(findings).toContainEqual(['negative-number', 'tasks/UB.1/indicators/ho_so_dung_han']);
  });

  it('writes evidence one document a line, and reads a saved file back into the same values', () => {
    const values = wardMonth({ evidence: ['Thông báo số 12-TB/ĐU', '- Kế hoạch: số 3 #a'] });
    const text = written(values);
    expect(check(text, { file, today: '2020-05-01' }).diagnostics).toEqual([]);
    const read = readSubmissionValues(plan(), text);
    expect(read?.unit).toBe('phuong-bach-dang');
    expect(read?.period).toBe('2020-04');
    expect(read?.values.tasks?.['CU.1']).toEqual(values.tasks?.['CU.1']);
    expect(read?.values.models).toEqual(values.models);
    expect(read?.values.reporter).toEqual(values.reporter);
  });

  it("keeps a task's explanation (giai_trinh) through opening and saving, so the warning stays explained", () => {
    const values = wardMonth();
    const cu4 = values.tasks!['CU.4']!;
    // More requests settled than received: a warning of the plan, which the ward explains.
    const explanation = 'Gồm cả 3 kiến nghị tồn: "tháng 5" #2\nđã đối chiếu sổ.';
    const tasks = {
      ...values.tasks,
      'CU.4': { ...cu4, indicators: { ...cu4.indicators, kien_nghi_da_giai_quyet: '9' }, giai_trinh: explanation },
    };
    const text = written({ ...values, tasks });
    const result = check(text, { file, today: '2020-05-01' });
    expect(result.diagnostics).toEqual([]);
    expect(result.explained?.map((d) => [d.code, d.explanation])).toEqual([['rule', explanation]]);
    const read = readSubmissionValues(plan(), text);
    expect(read?.values.tasks?.['CU.4']?.giai_trinh).toBe(explanation);
    expect(written(read!.values)).toBe(text);
    // No explanation, no line: a blank template and a task without one stay as they were.
    expect(written(values)).not.toMatch(/^ +giai_trinh:/m);
  });

  it('reads nothing back from a file that is not a YAML mapping (the form says so instead of loading half of it)', () => {
    for (const text of ['tasks: [', '- a\n- b\n', 'just words', 'a: 1\na: 2\n---\nb: 1\n'])
      expect(readSubmissionValues(plan(), text), text).toBeUndefined();
  });
});
