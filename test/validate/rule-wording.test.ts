import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/render/diagnostics/formats.js';
import { diagnosticHint, diagnosticMessage } from '../../src/i18n/diagnostic-messages.js';
import { Chalk } from 'chalk';
import { check, validUbnd } from './helpers.js';

const broken = () => check(validUbnd.replace('ho_so_dung_han: 1187', 'ho_so_dung_han: 1260'));

describe('plan rules speak to a person', () => {
  it('names both indicators by label and value, and says what is wrong', () => {
    const rule = broken().diagnostics.find((d) => d.code === 'rule')!;
    expect(diagnosticMessage(rule, 'vi')).toBe(
      'Số hồ sơ giải quyết đúng hạn (1.260) lớn hơn số hồ sơ đã giải quyết (1.201).',
    );
    expect(diagnosticHint(rule, 'vi')).toContain('Kiểm tra lại hai số liệu này');
    expect(diagnosticMessage(rule, 'en')).toBe(
      'Hồ sơ giải quyết đúng hạn (1,260) is greater than Hồ sơ đã giải quyết (1,201).',
    );
  });

  it('ids and operators stay out of the words for people, and in json and sarif', () => {
    const result = broken();
    const options = { lang: 'vi' as const, color: new Chalk({ level: 0 }), sources: new Map(), version: 't' };
    const stylish = formatters.stylish([result], options);
    expect(stylish).not.toMatch(/UB\.1\.ho_so|<=/);
    const json = JSON.parse(formatters.json([result], options)).files[0].diagnostics.find(
      (d: { code: string }) => d.code === 'rule',
    );
    expect(json.args).toMatchObject({
      rule: 'ho-so-dung-han',
      operator: '<=',
      left: { ref: 'UB.1.ho_so_dung_han' },
      right: { ref: 'UB.1.ho_so_da_giai_quyet' },
    });
    const sarif = JSON.parse(formatters.sarif([result], options)).runs[0].results.find(
      (r: { ruleId: string }) => r.ruleId === 'rule',
    );
    expect(sarif.properties.args).toMatchObject({ rule: 'ho-so-dung-han', operator: '<=' });
  });
});
