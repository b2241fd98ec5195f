import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticArgs, DiagnosticCode } from '../../src/core/diagnostics.js';
import type { FieldRef } from '../../src/core/validate/field.js';
import {
  catalogues,
  diagnosticCodes,
  diagnosticHint,
  diagnosticMessage,
  diagnosticTitle,
} from '../../src/i18n/diagnostic-messages.js';
import { languages } from '../../src/i18n/lang.js';

const indicator: FieldRef = {
  kind: 'indicator',
  task: 'UB.1',
  id: 'ho_so_dung_han',
  label: 'Hồ sơ giải quyết đúng hạn',
};
const operand = { ref: 'UB.1.ho_so_dung_han', label: 'Hồ sơ giải quyết đúng hạn', value: 399 };

/** One example of every code's arguments; a code missing here is a type error (npm run typecheck). */
const samples: { [C in DiagnosticCode]: DiagnosticArgs[C] } = {
  'setup-yaml': { detail: 'x' },
  'setup-schema': { detail: 'x' },
  'plan-duplicate-id': { what: 'task', id: 'UB.1' },
  'plan-unknown-ref': { what: 'indicator', ref: 'UB.9.x' },
  'plan-task-group': { task: 'UB.1', group: 'CU' },
  'units-duplicate-id': { id: 'a' },
  'units-unknown-parent': { id: 'a', parent: 'b' },
  'units-parent-cycle': { cycle: ['a', 'b', 'a'] },
  'file-unreadable': { reason: 'link-loop', detail: 'ELOOP' },
  'link-outside': { target: '/tmp/x.yaml' },
  'file-name-space': { name: 'a.yaml ' },
  'file-too-large': { size: 2_000_000, limit: 1_048_576 },
  utf16: {},
  'not-utf8': { byte: 'D6' },
  'empty-file': {},
  'yaml-syntax': { reason: 'other', detail: 'Unexpected token' },
  'tab-indent': {},
  'duplicate-key': { key: 'status', firstLine: 3 },
  'multiple-documents': {},
  'root-not-mapping': { found: 'list' },
  'alias-bomb': { limit: 100 },
  'forbidden-key': { key: '__proto__' },
  'nul-byte': {},
  'cr-line-ends': {},
  'lone-cr': {},
  'line-separator': { char: 'U+2028' },
  'line-separator-in-text': { char: 'U+2029' },
  'too-deep': { limit: 100 },
  'text-cut-by-comment': {
    field: { kind: 'task-field', task: 'UB.1', key: 'summary', label: 'Tóm tắt kết quả' },
    kept: 'Ban hành Kế hoạch',
    lost: '12 về tuyên truyền',
  },
  'char-not-allowed': { field: { kind: 'top', key: 'difficulties', label: 'Khó khăn, vướng mắc' }, char: 'U+FFFE' },
  'tasks-empty': {},
  'number-tagged-as-text': { field: indicator, text: '!!str 3', suggestion: '3' },
  'date-not-in-calendar': {
    field: { kind: 'top', key: 'submitted', label: 'Ngày gửi' },
    value: '2020-02-30',
    monthDays: 29,
  },
  'unknown-key': {
    key: 'sumary',
    parent: { kind: 'task', task: 'UB.1' },
    allowed: ['status', 'summary'],
    suggestion: 'summary',
  },
  'unknown-task': { task: 'UB1', suggestion: 'UB.1', suggestionLabel: 'Cải cách hành chính' },
  'unknown-indicator': { task: 'UB.2', indicator: 'ho_so_tiep_nhan', allowed: ['dvc_muc_3_4'], otherTasks: ['UB.1'] },
  'task-without-indicators': { task: 'CU.2' },
  'schema-required': { parent: { kind: 'root' }, missing: [{ key: 'period', label: 'Kỳ báo cáo' }] },
  'schema-enum': {
    field: { kind: 'task-field', task: 'UB.1', key: 'status', label: 'Tình hình thực hiện' },
    value: 'xong',
    allowed: [{ id: 'hoan-thanh', label: 'Hoàn thành' }],
  },
  'schema-type': { field: indicator, found: 'text', expected: 'integer', text: 'mười' },
  'schema-format': {
    field: { kind: 'top', key: 'period', label: 'Kỳ báo cáo' },
    value: '4/2020',
    format: 'month',
    suggestion: '2020-04',
  },
  'empty-value': { field: indicator },
  'number-as-string': { field: indicator, text: '"12"', suggestion: '12' },
  'negative-number': { field: indicator, text: '-1' },
  'not-integer': { field: indicator, text: '2.5' },
  'number-too-large': { field: indicator, text: '10000000001', max: 10_000_000_000 },
  'number-format': { field: indicator, text: '0x10', value: '16' },
  'thousands-separator': { field: indicator, text: '1.000', digits: '1000' },
  'plan-mismatch': { value: '349-KH/BDVQU', expected: '394-KH/BDVQU', title: 'Kế hoạch' },
  rule: {
    rule: 'ho-so-dung-han',
    message: 'Số hồ sơ đúng hạn không thể lớn hơn số đã giải quyết.',
    left: operand,
    operator: '<=',
    right: { ...operand, value: 398 },
  },
  'summary-empty': { task: 'UB.1', status: 'hoan-thanh', statusLabel: 'Hoàn thành' },
  'duplicate-model-id': { id: 'a', firstIndex: 1 },
  'explanation-unused': { task: 'CU.4', taskLabel: 'Giải quyết các kiến nghị, nguyện vọng hợp pháp, chính đáng' },
  'unknown-unit': { unit: 'x', suggestion: 'y', suggestionName: 'Y' },
  'group-not-covered': {
    task: 'UB.1',
    group: 'UB',
    groupLabel: 'UBND',
    unit: 'hdnd-quan',
    kind: 'hdnd-quan',
    kindLabel: 'HĐND',
    groups: ['HD'],
  },
  'task-missing': { task: 'UB.8', label: 'Lấy ý kiến' },
  'period-outside-plan': { period: '2019-12', year: 2020, first: '2020-03' },
  'period-in-future': { period: '2020-09', today: '2020-06-30' },
  'submitted-in-future': { submitted: '2020-07-01', today: '2020-06-30' },
  'submitted-before-period': { submitted: '2020-03-31', period: '2020-04' },
  'period-mismatch': { content: '2020-04', path: '2020-05' },
  'unit-mismatch': { content: 'a', path: 'b' },
  'duplicate-submission': { unit: 'a', period: '2020-04', others: ['x.yaml'] },
  'copy-not-counted': { unit: 'a', period: '2020-04', counted: '2020-04/a.yaml' },
};

const diagnostic = (code: DiagnosticCode): Diagnostic =>
  ({ code, severity: 'error', file: 'f.yaml', line: 1, column: 1, path: [], args: samples[code] }) as Diagnostic;

describe('the diagnostic catalogue', () => {
  it('lists every code once', () => {
    expect([...diagnosticCodes].sort()).toEqual(Object.keys(samples).sort());
    for (const lang of languages) expect(Object.keys(catalogues[lang]).sort()).toEqual([...diagnosticCodes].sort());
  });

  for (const lang of languages) {
    it(`has a non-empty message, hint and title for every code in ${lang}`, () => {
      for (const code of diagnosticCodes) {
        const d = diagnostic(code);
        expect(diagnosticMessage(d, lang).trim(), `${lang} message of ${code}`).not.toBe('');
        expect(diagnosticHint(d, lang).trim(), `${lang} hint of ${code}`).not.toBe('');
        expect(diagnosticTitle(code, lang).trim(), `${lang} title of ${code}`).not.toBe('');
        expect(diagnosticMessage(d, lang), `${lang} message of ${code}`).not.toMatch(/undefined|\[object Object\]|NaN/);
        expect(diagnosticHint(d, lang), `${lang} hint of ${code}`).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    });
  }

  it('speaks Vietnamese by default, naming fields by their label', () => {
    expect(diagnosticMessage(diagnostic('negative-number'), 'vi')).toContain(
      'Chỉ tiêu "Hồ sơ giải quyết đúng hạn" (UB.1)',
    );
    expect(diagnosticMessage(diagnostic('empty-value'), 'vi')).toContain('chưa điền');
  });

  it('every yaml-syntax reason and every kind of field has wording', () => {
    const reasons = [
      'bad-indent',
      'missing-char',
      'unexpected',
      'nested-compact',
      'multiline-key',
      'bad-escape',
      'bad-quote',
      'unclosed-bracket',
      'complex-key',
      'anchor',
      'other',
    ] as const;
    for (const lang of languages) {
      for (const reason of reasons) {
        const d = { ...diagnostic('yaml-syntax'), args: { reason, detail: 'd' } } as Diagnostic;
        expect(diagnosticMessage(d, lang)).not.toMatch(/undefined/);
        expect(diagnosticHint(d, lang)).not.toMatch(/undefined/);
      }
      const fields: FieldRef[] = [
        { kind: 'root' },
        { kind: 'top', key: 'unit' },
        { kind: 'reporter', key: 'name', label: 'Họ và tên' },
        { kind: 'task', task: 'UB.1', label: 'x' },
        { kind: 'task-field', task: 'UB.1', key: 'evidence', item: 2 },
        indicator,
        { kind: 'model', index: 2, id: 'a' },
        { kind: 'model-field', index: 2, key: 'field' },
        { kind: 'other', path: 'a.b' },
      ];
      for (const field of fields) {
        const d = { ...diagnostic('empty-value'), args: { field } } as Diagnostic;
        expect(diagnosticMessage(d, lang)).not.toMatch(/undefined/);
      }
    }
  });
});
