import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core/validate/bytes.js';
import { checkSubmissionFile, oversizedFile } from '../../src/core/validate/validate-file.js';
import { check, codes, fixtures, plan, validUbnd } from './helpers.js';

const replace = (from: string, to: string, text = validUbnd) => {
  if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
  return text.replace(from, to);
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a valid file', () => {
  it('has no findings and carries the submission', () => {
    const r = check(validUbnd);
    expect(codes(r)).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.submission?.unit).toBe('ubnd-quan');
    expect(r.submission?.tasks['UB.1']?.indicators).toEqual({
      ho_so_tiep_nhan: 1250,
      ho_so_da_giai_quyet: 1201,
      ho_so_dung_han: 1187,
    });
    expect([r.pathUnit, r.pathPeriod]).toEqual(['ubnd-quan', '2020-04']);
  });

  it('stays valid with a UTF-8 BOM, with CRLF line ends, and keeps line-1 columns right', () => {
    expect(codes(check(`\uFEFF${validUbnd}`))).toEqual([]);
    expect(codes(check(validUbnd.replace(/\n/g, '\r\n')))).toEqual([]);
    expect(codes(check(`\uFEFF${replace('plan: 394-KH/BDVQU', 'plan: 1')}`))).toEqual(['plan-mismatch@1:7']);
    expect(codes(check(`\uFEFF${replace('plan: 394-KH/BDVQU', 'plan: 349-KH/BDVQU')}`))).toEqual(['plan-mismatch@1:7']);
    expect(codes(check(replace('ho_so_dung_han: 1187', 'ho_so_dung_han: -1').replace(/\n/g, '\r\n')))).toEqual([
      'negative-number@9:85',
    ]);
  });

  it('allows anchors and aliases within bounds', () => {
    const text = replace(
      'reporter: { name: Trần Văn Hùng, position: Chánh Văn phòng HĐND và UBND quận }',
      'reporter: &nguoi { name: Trần Văn Hùng, position: Chánh Văn phòng HĐND và UBND quận }',
    );
    expect(
      codes(
        check(
          `${text}models:\n  - { id: a, type: mo-hinh, name: &ten Tổ dân phố, field: kinh-te, status: dang-ky }\n  - { id: b, type: mo-hinh, name: *ten, field: kinh-te, status: dang-ky }\n`,
        ),
      ),
    ).toEqual([]);
  });

  it('treats an optional text left empty as not written, but an empty indicator or status as not filled in', () => {
    // UB.2 is "in progress": an empty summary is no summary, which is worth a warning, not an error.
    expect(
      codes(
        check(
          replace(
            '    summary: Tiếp tục cung cấp dịch vụ công trực tuyến mức độ 3, 4.',
            '    summary:\n    evidence: ~',
          ),
        ),
      ),
    ).toEqual(['summary-empty@11:13']);
    expect(
      codes(
        check(
          replace(
            '  UB.3: { status: thuong-xuyen, indicators: { vu_viec_phat_hien: 0 } }',
            '  UB.3: { status: thuong-xuyen, summary: ~, evidence: ~, indicators: ~ }',
          ),
        ),
      ),
    ).toEqual([]);
    expect(codes(check(`${validUbnd}difficulties:\nproposals: ~\nmodels:\n`))).toEqual([]);
    expect(codes(check(replace('ho_so_dung_han: 1187', 'ho_so_dung_han: ~')))).toEqual(['empty-value@9:69']);
    expect(codes(check(replace('  UB.1:\n    status: thuong-xuyen', '  UB.1:\n    status:')))).toEqual([
      'empty-value@8:5',
    ]);
    expect(codes(check(replace('reporter: { name: Trần Văn Hùng,', 'reporter: { name: "",')))).toEqual([
      'empty-value@5:19',
    ]);
  });

  it('normalises NFD text to NFC in values and keys', () => {
    const nfd = validUbnd.normalize('NFD');
    expect(nfd).not.toBe(validUbnd);
    const r = check(nfd);
    expect(codes(r)).toEqual([]);
    expect(r.submission?.reporter.name).toBe('Trần Văn Hùng'.normalize('NFC'));
    expect(r.submission?.tasks['UB.2']?.summary?.normalize('NFC')).toBe(r.submission?.tasks['UB.2']?.summary);
    const file = readFileSync(join(fixtures, 'nfd', '2020-06', 'quan-doan.yaml'), 'utf8');
    expect(file.normalize('NFC')).not.toBe(file);
    const fromFile = check(file, { file: 'nfd/2020-06/quan-doan.yaml', withRegistry: false, today: '2020-12-31' });
    expect(codes(fromFile)).toEqual([]);
    expect(fromFile.submission?.reporter.position).toBe('Bí thư Quận đoàn');
  });
});

describe('layer 1: bytes', () => {
  it('refuses a file over 1 MiB, whether stat or the bytes tell', () => {
    const big = utf8(`${validUbnd}#${'x'.repeat(MAX_FILE_BYTES)}\n`);
    expect(codes(check(big))).toEqual(['file-too-large@1:1']);
    expect(oversizedFile('a/2020-04/x.yaml', MAX_FILE_BYTES + 1).result.diagnostics.map((d) => d.code)).toEqual([
      'file-too-large',
    ]);
  });

  it('recognises UTF-16 by either BOM or by NUL bytes', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61]);
    const noBom = Array.from(utf8('plan: 1\n')).flatMap((b) => [b, 0]);
    for (const bytes of [le, be, Uint8Array.from(noBom)]) expect(codes(check(bytes))).toEqual(['utf16@1:1']);
  });

  it('points at the first byte that is not UTF-8, counting columns in the text before it', () => {
    const bytes = Uint8Array.from([...utf8('plan: x\nname: Trần '), 0xd6, 0x41, 0x0a]);
    expect(codes(check(bytes))).toEqual(['not-utf8@2:12']);
    expect(check(bytes).diagnostics[0]?.args).toEqual({ byte: 'D6' });
    // Overlong and surrogate encodings are not UTF-8 either.
    expect(codes(check(Uint8Array.from([0x61, 0xc0, 0xaf])))).toEqual(['not-utf8@1:2']);
    expect(codes(check(Uint8Array.from([0x61, 0x3a, 0xed, 0xa0, 0x80])))).toEqual(['not-utf8@1:3']);
  });

  it('says an empty file, a blank file and a comments-only file are empty', () => {
    for (const text of ['', '   \n\n', '# chỉ có ghi chú\n# thêm ghi chú\n'])
      expect(codes(check(text))).toEqual(['empty-file@1:1']);
  });
});

describe('layer 2: YAML', () => {
  it('reports every tab-indented line, and no parser noise after them', () => {
    const text = replace('  UB.3:', '\tUB.3:').replace('  UB.4:', '\tUB.4:');
    expect(codes(check(text))).toEqual(['tab-indent@14:1', 'tab-indent@15:1']);
  });

  it('points a duplicate key at the second one and names the first line', () => {
    const r = check(replace('submitted: 2020-04-17\n', 'submitted: 2020-04-17\nsubmitted: 2020-04-18\n'));
    expect(codes(r)).toEqual(['duplicate-key@5:1']);
    expect(r.diagnostics[0]?.args).toEqual({ key: 'submitted', firstLine: 4 });
  });

  it('reports keys that are the same after NFC normalisation as duplicates', () => {
    const text = `${validUbnd}difficulties: a\n${'difficulties'}: b\n`;
    expect(codes(check(text))[0]).toBe('duplicate-key@21:1');
    const nfd = `${validUbnd}models:\n  - { id: a, type: mo-hinh, name: x, field: kinh-te, status: dang-ky, "kết_quả": 1, "${'kết_quả'.normalize('NFD')}": 2 }\n`;
    expect(codes(check(nfd))).toEqual(['unknown-key@21:71', 'duplicate-key@21:85']);
  });

  it('points a missing closing bracket or quote at where it was opened', () => {
    expect(
      codes(check(replace('indicators: { vu_viec_phat_hien: 0 } }', 'indicators: [ vu_viec_phat_hien: 0 } }'))),
    ).toEqual(['yaml-syntax@14:45']);
    const r = check(replace('    summary: Tiếp tục', '    summary: "Tiếp tục'));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, (d.args as { reason: string }).reason])).toEqual([
      ['yaml-syntax', 13, 14, 'bad-quote'],
    ]);
    // The summary is on the line left out of the reading: not reported as missing.
    expect(r.valid).toBe(false);
  });

  it('explains "a: b: c" (an unquoted colon in text)', () => {
    const r = check(replace('    summary: Tiếp tục cung cấp', '    summary: Kết quả: tiếp tục cung cấp'));
    expect(r.diagnostics.map((d) => [d.code, (d.args as { reason: string }).reason])).toEqual([
      ['yaml-syntax', 'colon-in-text'],
    ]);
  });

  it('reports a second document, a root that is not a mapping, an unresolved alias and a collection as key', () => {
    expect(codes(check(`${validUbnd}---\nplan: x\n`))).toEqual(['multiple-documents@20:1']);
    expect(codes(check('- a\n- b\n'))).toEqual(['root-not-mapping@1:1']);
    expect(codes(check('"chỉ một dòng chữ"\n'))).toEqual(['root-not-mapping@1:1']);
    expect(codes(check(`${validUbnd}difficulties: *khong_co\n`))[0]).toBe('yaml-syntax@20:15');
    expect(codes(check(`${validUbnd}? [a, b]\n: 1\n`))[0]).toBe('yaml-syntax@20:3');
  });

  it('stops an alias bomb quickly, at the first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const started = process.hrtime.bigint();
    const r = check(`${levels.join('\n')}\n`);
    expect(codes(r)).toEqual(['alias-bomb@2:10']);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(5_000);
  });

  it('drops __proto__, constructor and prototype keys with an error, without touching Object.prototype', () => {
    const r = check(
      `${validUbnd}__proto__: { polluted: true }\nconstructor: 1\nmodels:\n  - { prototype: 1, id: a, type: mo-hinh, name: x, field: kinh-te, status: dang-ky }\n`,
    );
    expect(codes(r)).toEqual(['forbidden-key@20:1', 'forbidden-key@21:1', 'forbidden-key@23:7']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.submission).toBeDefined();
    expect(Object.keys(r.submission!)).not.toContain('__proto__');
  });
});

describe('layer 3: schema', () => {
  it('numbers: one finding per kind of mistake, decided on the source text', () => {
    // Block style: inside { … } a comma would end the value.
    const block = (value: string) =>
      `  UB.8:\n    status: thuong-xuyen\n    indicators:\n      du_thao_lay_y_kien: ${value}`;
    const at = (value: string) =>
      check(
        replace('  UB.8: { status: thuong-xuyen, indicators: { du_thao_lay_y_kien: 3 } }', block(value)),
      ).diagnostics.map((d) => d.code);
    expect(at('"3"')).toEqual(['number-as-string']);
    expect(at("'3'")).toEqual(['number-as-string']);
    expect(at('-3')).toEqual(['negative-number']);
    expect(at('-0')).toEqual(['negative-number']);
    expect(at('2.5')).toEqual(['not-integer']);
    expect(at('.5')).toEqual(['not-integer']);
    expect(at('"2,5"')).toEqual(['not-integer']);
    expect(at('9007199254740992')).toEqual(['number-too-large']);
    // Ten billion at most, so that sums over units and months stay exact (see MAX_COUNT).
    expect(at('10000000000')).toEqual([]);
    expect(at('10000000001')).toEqual(['number-too-large']);
    expect(at('1e400')).toEqual(['number-too-large']);
    expect(at('1.000')).toEqual(['thousands-separator']);
    expect(at('1.250.000')).toEqual(['thousands-separator']);
    expect(at('1,000')).toEqual(['thousands-separator']);
    expect(at('"1 000"')).toEqual(['thousands-separator']);
    expect(at('1_000')).toEqual(['thousands-separator']);
    expect(at('0x10')).toEqual(['number-format']);
    expect(at('0o17')).toEqual(['number-format']);
    expect(at('1e3')).toEqual(['number-format']);
    expect(at('+5')).toEqual(['number-format']);
    expect(at('12.0')).toEqual(['number-format']);
    expect(at('.inf')).toEqual(['number-format']);
    expect(at('.nan')).toEqual(['number-format']);
    expect(at('007')).toEqual([]);
    expect(at('ba')).toEqual(['schema-type']);
    expect(at('3 văn bản')).toEqual(['schema-type']);
    expect(at('true')).toEqual(['schema-type']);
    expect(at('[3]')).toEqual(['schema-type']);
  });

  it('a number that breaks a rule is not compared once it is reported as wrong', () => {
    // 1.187 reads as 1.187 (not a whole number): reported once, and the on-time rule does not run on it.
    expect(check(replace('ho_so_dung_han: 1187', 'ho_so_dung_han: 1.187')).diagnostics.map((d) => d.code)).toEqual([
      'thousands-separator',
    ]);
  });

  it('unknown task: did you mean, and no "missing task" for the one it was meant to be', () => {
    const r = check(replace('  UB.3:', '  ub3:'));
    expect(codes(r)).toEqual(['unknown-task@14:3']);
    expect(r.diagnostics[0]?.args).toMatchObject({ task: 'ub3', suggestion: 'UB.3' });
    expect(check(replace('  UB.3:', '  XY.9:')).diagnostics.map((d) => d.code)).toEqual([
      'task-missing',
      'unknown-task',
    ]);
  });

  it('unknown indicator: did you mean within the task, or the task it belongs to', () => {
    const typo = check(replace('ho_so_dung_han: 1187', 'ho_so_dung_hn: 1187'));
    expect(typo.diagnostics[0]?.args).toMatchObject({ task: 'UB.1', suggestion: 'ho_so_dung_han', otherTasks: [] });
    const moved = check(replace('dvc_muc_3_4: 143', 'ho_so_tiep_nhan: 143'));
    expect(moved.diagnostics.map((d) => d.code)).toEqual(['unknown-indicator']);
    expect(moved.diagnostics[0]?.args).toMatchObject({ indicator: 'ho_so_tiep_nhan', otherTasks: ['UB.1'] });
  });

  it('unknown key: at the key, with the allowed keys and a suggestion', () => {
    const r = check(replace('submitted: 2020-04-17', 'submited: 2020-04-17'));
    expect(codes(r)).toEqual(['unknown-key@4:1']);
    expect(r.diagnostics[0]?.args).toMatchObject({
      key: 'submited',
      suggestion: 'submitted',
      parent: { kind: 'root' },
    });
  });

  it('enum: allowed values with labels, and a suggestion from an id or from a label', () => {
    const byLabel = check(replace('  UB.1:\n    status: thuong-xuyen', '  UB.1:\n    status: Hoàn thành'));
    expect(byLabel.diagnostics[0]?.args).toMatchObject({ value: 'Hoàn thành', suggestion: 'hoan-thanh' });
    expect((byLabel.diagnostics[0]?.args as { allowed: unknown[] }).allowed).toContainEqual({
      id: 'thuong-xuyen',
      label: 'Thực hiện thường xuyên',
    });
  });

  it('formats: suggests the ISO form of a Vietnamese-style date or month', () => {
    const date = check(replace('submitted: 2020-04-17', 'submitted: 17/4/2020'));
    expect(date.diagnostics[0]?.args).toMatchObject({ format: 'date', suggestion: '2020-04-17' });
    const impossible = check(replace('submitted: 2020-04-17', 'submitted: 2020-02-30'));
    expect(impossible.diagnostics.map((d) => d.code)).toEqual(['date-not-in-calendar']);
    expect(impossible.diagnostics[0]?.args).toMatchObject({ value: '2020-02-30', monthDays: 29 });
    expect(check(replace('submitted: 2020-04-17', 'submitted: 2020-13-01')).diagnostics[0]?.args).toMatchObject({
      value: '2020-13-01',
    });
    expect(check(replace('submitted: 2020-04-17', 'submitted: 2020-13-01')).diagnostics[0]?.args).not.toHaveProperty(
      'monthDays',
    );
    const month = check(replace('period: 2020-04', 'period: 4/2020'));
    expect(month.diagnostics[0]?.args).toMatchObject({ format: 'month', suggestion: '2020-04' });
    const unit = check(replace('unit: ubnd-quan', 'unit: UBND Quận'));
    expect(unit.diagnostics.map((d) => d.code)).toEqual(['schema-format']);
    expect(unit.diagnostics[0]?.args).toMatchObject({ format: 'id', suggestion: 'ubnd-quan' });
  });

  it('required: one finding per object, at its parent key', () => {
    const r = check(
      replace(
        'reporter: { name: Trần Văn Hùng, position: Chánh Văn phòng HĐND và UBND quận }',
        'reporter: { phone: "0243" }',
      ),
    );
    expect(codes(r)).toEqual(['schema-required@5:1']);
    expect((r.diagnostics[0]?.args as { missing: { key: string }[] }).missing.map((m) => m.key)).toEqual([
      'name',
      'position',
    ]);
  });

  it('type: says what was found and what is expected', () => {
    const r = check(
      replace(
        'reporter: { name: Trần Văn Hùng, position: Chánh Văn phòng HĐND và UBND quận }',
        'reporter: { name: Trần Văn Hùng, position: Chánh Văn phòng, phone: 0243821234 }',
      ),
    );
    expect(r.diagnostics[0]?.args).toMatchObject({ found: 'integer', expected: 'text', text: '0243821234' });
    expect(
      check(
        replace('  UB.8: { status: thuong-xuyen, indicators: { du_thao_lay_y_kien: 3 } }', '  UB.8: [thuong-xuyen]'),
      ).diagnostics[0]?.args,
    ).toMatchObject({ found: 'list', expected: 'mapping' });
  });

  it('a task without indicators is told so, and may leave `indicators:` empty', () => {
    const text = `plan: 394-KH/BDVQU\nunit: phuong-bach-dang\nperiod: 2020-04\nsubmitted: 2020-04-10\nreporter: { name: A, position: B }\ntasks:\n  CU.2: { status: thuong-xuyen, indicators: { x: 1 } }\n`;
    const file = 'submissions/2020-04/phuong-bach-dang.yaml';
    expect(
      check(text, { file })
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.code),
    ).toEqual(['task-without-indicators']);
    expect(
      check(
        text.replace(
          'CU.2: { status: thuong-xuyen, indicators: { x: 1 } }',
          'CU.2:\n    status: thuong-xuyen\n    indicators:',
        ),
        { file },
      ).diagnostics.filter((d) => d.severity === 'error'),
    ).toEqual([]);
  });
});

describe('layers 4 and 5: rules, registry, calendar', () => {
  it('a plan rule fires only when both sides have a value, at the left indicator, with the plan severity', () => {
    const r = check(replace('ho_so_dung_han: 1187', 'ho_so_dung_han: 1202'));
    expect(codes(r)).toEqual(['rule@9:85']);
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'error',
      args: { rule: 'ho-so-dung-han', left: { value: 1202 }, right: { value: 1201 } },
    });
    expect(
      codes(check(replace('ho_so_da_giai_quyet: 1201, ', '').replace('ho_so_dung_han: 1187', 'ho_so_dung_han: 1202'))),
    ).toEqual([]);
    const warning = check(
      replace('don_tiep_nhan: 31, don_da_giai_quyet: 27', 'don_tiep_nhan: 31, don_da_giai_quyet: 32'),
    );
    expect(warning.diagnostics.map((d) => [d.code, d.severity])).toEqual([['rule', 'warning']]);
    expect(warning.valid).toBe(true);
  });

  it('a rule with "when" applies only when its condition holds', () => {
    expect(
      check(
        replace('buoi_tiep_cong_dan: 2, luot_cong_dan: 23', 'buoi_tiep_cong_dan: 0, luot_cong_dan: 23'),
      ).diagnostics.map((d) => d.code),
    ).toEqual(['rule']);
    expect(
      codes(check(replace('buoi_tiep_cong_dan: 2, luot_cong_dan: 23', 'buoi_tiep_cong_dan: 0, luot_cong_dan: 0'))),
    ).toEqual([]);
  });

  it("registry: unknown unit (did you mean, also by name), a task outside the unit's groups, a missing task", () => {
    expect(check(replace('unit: ubnd-quan', 'unit: ubnd-quam'), { file: 'x.yaml' }).diagnostics[0]?.args).toMatchObject(
      { unit: 'ubnd-quam', suggestion: 'ubnd-quan' },
    );
    expect(
      check(replace('unit: ubnd-quan', 'unit: phuong-bach-dang'), { file: 'x.yaml' }).diagnostics.map((d) => d.code),
    ).toContain('task-missing');
    const mt = check(replace('unit: ubnd-quan', 'unit: mttq-quan'), { file: 'x.yaml' });
    expect(mt.diagnostics.filter((d) => d.code === 'group-not-covered')).toHaveLength(8);
    expect(mt.diagnostics.filter((d) => d.code === 'task-missing')).toHaveLength(4);
    expect(
      codes(check(replace('  UB.8: { status: thuong-xuyen, indicators: { du_thao_lay_y_kien: 3 } }\n', ''))),
    ).toEqual(['task-missing@6:1']);
  });

  it('without a registry the unit checks are skipped', () => {
    expect(
      codes(check(replace('unit: ubnd-quan', 'unit: don-vi-la'), { withRegistry: false, file: 'x.yaml' })),
    ).toEqual([]);
  });

  it("calendar: the plan's year, the future, a submission date before the month", () => {
    expect(codes(check(validUbnd, { today: '2020-03-31' }))).toEqual([
      'period-in-future@3:9',
      'submitted-in-future@4:12',
    ]);
    expect(codes(check(validUbnd, { today: '2020-04-01' }))).toEqual(['submitted-in-future@4:12']);
    expect(codes(check(validUbnd, { today: '2020-04-17' }))).toEqual([]);
    expect(codes(check(replace('submitted: 2020-04-17', 'submitted: 2020-03-31')))).toEqual([
      'submitted-before-period@4:12',
    ]);
    expect(codes(check(replace('period: 2020-04', 'period: 2021-04'), { file: 'x.yaml' }))).toEqual([
      'period-outside-plan@3:9',
    ]);
    // The plan was issued on 18/3/2020: February is before its first reporting month.
    expect(
      codes(
        check(replace('period: 2020-04', 'period: 2020-02').replace('submitted: 2020-04-17', 'submitted: 2020-02-17'), {
          file: 'x.yaml',
        }),
      ),
    ).toEqual(['period-outside-plan@3:9']);
  });

  it('path: unit and month from <YYYY-MM>/<unit>.yaml must agree with the content', () => {
    expect(codes(check(validUbnd, { file: 'a/2020-05/ubnd-quan.yaml' }))).toEqual(['period-mismatch@3:9']);
    expect(codes(check(validUbnd, { file: 'a/2020-04/mttq-quan.yml' }))).toEqual(['unit-mismatch@2:7']);
    expect(codes(check(validUbnd, { file: 'a\\2020-04\\ubnd-quan.yaml' }))).toEqual([]);
    const plain = check(validUbnd, { file: 'ubnd-quan.yaml' });
    expect([plain.valid, plain.pathUnit, plain.pathPeriod]).toEqual([true, undefined, undefined]);
  });
});

describe('purity', () => {
  it('the same input gives the same result, and the plan is compiled once', () => {
    const input = {
      bytes: utf8(replace('ho_so_dung_han: 1187', 'ho_so_dung_han: x')),
      file: 'a/2020-04/ubnd-quan.yaml',
      plan: plan(),
      today: '2020-06-01',
    };
    expect(checkSubmissionFile(input)).toEqual(checkSubmissionFile(input));
  });
});

describe('findings about one place do not hide others', () => {
  it('a forbidden key does not hide a missing required field', () => {
    const r = check(`__proto__: 1\n${validUbnd.replace('submitted: 2020-04-17\n', '')}`);
    expect(codes(r)).toEqual(['forbidden-key@1:1', 'schema-required@1:1']);
    expect(r.diagnostics[0]?.path).toEqual(['__proto__']);
  });
});

describe('YAML 1.1 documents', () => {
  it('keep a date as the text written', () => {
    const r = check(`%YAML 1.1\n---\n${validUbnd}`);
    expect(codes(r)).toEqual([]);
    expect(r.submission?.submitted).toBe('2020-04-17');
  });
});
