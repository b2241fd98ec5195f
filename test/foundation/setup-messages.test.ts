import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/config-schema.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { compileValidator } from '../../src/core/precompiled/validators.js';
import { parseSetupFile } from '../../src/core/setup-file.js';
import { loadRegistry } from '../../src/core/units.js';
import { diagnosticMessage } from '../../src/i18n/diagnostic-messages.js';
import { plan } from '../validate/helpers.js';

/** The checker's own English wording, which an official cannot act on. */
const ENGLISH = /must (match|be|have|NOT)|allowed values|additional properties/i;

const registry = (text: string) => loadRegistry(text, 'units.yaml', plan()).diagnostics;
const config = (text: string) => parseSetupFile(text, 'danvan.config.yaml', compileValidator(configSchema)).diagnostics;
const described = (ds: Diagnostic[]) =>
  ds.map((d) => ({ code: d.code, line: d.line, problem: d.code === 'setup-schema' ? d.args.problem : undefined }));

describe("problems in the secretariat's own files, in Vietnamese", () => {
  it('a unit id off its form names the id and the form', () => {
    const ds = registry('units:\n  - id: Phuong_Bach_Dang\n    name: Phường Bạch Đằng\n    kind: phuong\n');
    expect(described(ds)).toEqual([
      { code: 'setup-schema', line: 2, problem: { kind: 'form', value: 'Phuong_Bach_Dang', form: 'id' } },
    ]);
    expect(diagnosticMessage(ds[0]!, 'vi')).not.toMatch(ENGLISH);
    expect(diagnosticMessage(ds[0]!, 'vi')).toContain('chữ thường không dấu');
  });

  it('an unknown kind names the value and the kinds the plan has', () => {
    const ds = registry('units:\n  - id: phuong-a\n    name: Phường A\n    kind: xa\n');
    expect(ds).toHaveLength(1);
    const problem = ds[0]!.code === 'setup-schema' ? ds[0]!.args.problem : undefined;
    expect(problem).toMatchObject({ kind: 'enum', value: 'xa' });
    expect(problem && 'allowed' in problem ? problem.allowed : []).toEqual(
      expect.arrayContaining(['phuong', 'ubnd-quan']),
    );
    expect(diagnosticMessage(ds[0]!, 'vi')).not.toMatch(ENGLISH);
  });

  it('an empty or list-shaped configuration says what it should hold', () => {
    for (const [text, found] of [
      ['', 'empty'],
      ['- units.yaml\n', 'list'],
    ] as const) {
      const ds = config(text);
      expect(described(ds), JSON.stringify(text)).toEqual([
        { code: 'setup-schema', line: 1, problem: { kind: 'type', expected: 'mapping', found } },
      ]);
      expect(diagnosticMessage(ds[0]!, 'vi')).not.toMatch(ENGLISH);
      expect(diagnosticMessage(ds[0]!, 'vi')).toContain('"tên: giá trị"');
    }
  });

  it('a misspelt configuration key is named, with its line', () => {
    const ds = config('units: units.yaml\nsubmisions: bao-cao\n');
    expect(described(ds)).toMatchObject([
      { code: 'setup-schema', line: 2, problem: { kind: 'unknown-key', key: 'submisions' } },
    ]);
    expect(diagnosticMessage(ds[0]!, 'vi')).not.toMatch(ENGLISH);
  });

  it("units that are each other's parents are an error naming the loop, at the parent line of its first unit", () => {
    const text = [
      'units:',
      '  - { id: quan, name: Quận, kind: ubnd-quan }',
      '  - id: phuong-a',
      '    name: Phường A',
      '    kind: phuong',
      '    parent: phuong-b',
      '  - id: phuong-b',
      '    name: Phường B',
      '    kind: phuong',
      '    parent: phuong-a',
      '  - { id: phuong-c, name: Phường C, kind: phuong, parent: phuong-c }',
      '  - { id: phuong-d, name: Phường D, kind: phuong, parent: quan }',
      '',
    ].join('\n');
    const ds = registry(text);
    expect(ds.map((d) => [d.code, d.line, d.code === 'units-parent-cycle' ? d.args.cycle : []])).toEqual([
      ['units-parent-cycle', 6, ['phuong-a', 'phuong-b', 'phuong-a']],
      ['units-parent-cycle', 11, ['phuong-c', 'phuong-c']],
    ]);
    expect(diagnosticMessage(ds[0]!, 'vi')).toContain('phuong-a → phuong-b → phuong-a');
  });
});
