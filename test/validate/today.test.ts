import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import { today } from '../../src/io/today.js';

describe('today', () => {
  it('is DANVAN_TODAY when set, else the local date', () => {
    expect(today({ DANVAN_TODAY: '2020-04-18' })).toBe('2020-04-18');
    expect(today({}, new Date(2020, 3, 5, 23, 59))).toBe('2020-04-05');
    expect(today({ DANVAN_TODAY: '' }, new Date(2020, 11, 31))).toBe('2020-12-31');
  });
  it('refuses a DANVAN_TODAY that is not a real date', () => {
    for (const bad of ['18/4/2020', '2020-02-30', '2020-4-1', 'hom-nay'])
      expect(() => today({ DANVAN_TODAY: bad })).toThrow(CliError);
  });
});
