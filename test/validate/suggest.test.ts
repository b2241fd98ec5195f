import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/suggest.js';
import { suggestDate, suggestId, suggestMonth } from '../../src/core/validate/suggest-format.js';

describe('suggest', () => {
  const tasks = ['CU.1', 'CU.3', 'UB.1', 'UB.2', 'MT.4'];
  it('ignores case, separators and diacritics', () => {
    expect(suggest('ub1', tasks)).toBe('UB.1');
    expect(suggest('UB 2', tasks)).toBe('UB.2');
    expect(suggest('phường-bạch-đằng', ['phuong-bach-dang', 'phuong-bach-mai'])).toBe('phuong-bach-dang');
  });
  it('finds a close id, a swap, or the one id that begins with the text', () => {
    expect(suggest('sumary', ['status', 'summary', 'evidence'])).toBe('summary');
    expect(suggest('luot_cong_dna', ['buoi_tiep_dan', 'luot_cong_dan'])).toBe('luot_cong_dan');
    expect(suggest('van-hoa', ['kinh-te', 'van-hoa-xa-hoi'])).toBe('van-hoa-xa-hoi');
  });
  it('says nothing when nothing is close', () => {
    expect(suggest('xyz', tasks)).toBeUndefined();
    expect(suggest('', tasks)).toBeUndefined();
    expect(suggest('dang', ['dang-ky', 'dang-thuc-hien'])).toBeUndefined();
  });
});

describe('format suggestions', () => {
  it('turns Vietnamese-style dates and months into ISO form', () => {
    expect(suggestDate('18/4/2020')).toBe('2020-04-18');
    expect(suggestDate('2020/4/18')).toBe('2020-04-18');
    expect(suggestDate('31/4/2020')).toBeUndefined();
    expect(suggestMonth('4/2020')).toBe('2020-04');
    expect(suggestMonth('tháng 4/2020')).toBe('2020-04');
    expect(suggestMonth('T4/2020')).toBe('2020-04');
    expect(suggestMonth('2020-4')).toBe('2020-04');
    expect(suggestMonth('13/2020')).toBeUndefined();
    expect(suggestId('Phường Bạch Đằng')).toBe('phuong-bach-dang');
  });
});
