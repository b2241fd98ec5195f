import { describe, expect, it } from 'vitest';
import { collectList } from '../../src/cli/commands/list-option.js';

describe('a list option', () => {
  it('collects items given once with commas, or one per repetition, into the same list', () => {
    const once = collectList('md, xlsx,docx', undefined);
    const repeated = ['md', 'xlsx', 'docx'].reduce<string[] | undefined>((all, v) => collectList(v, all), undefined);
    expect(once).toEqual(['md', 'xlsx', 'docx']);
    expect(repeated).toEqual(once);
  });

  it('drops blank items and keeps what came before', () => {
    expect(collectList(' ,json,, ', ['stylish'])).toEqual(['stylish', 'json']);
  });
});
