import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { plainColor } from '../../src/cli/plain-color.js';

describe('plainColor: what Chalk without colour does, without loading chalk', () => {
  const plain = plainColor();
  const chalk = new Chalk({ level: 0 });

  it('gives what Chalk at level 0 gives for the chains the renderers use', () => {
    const cases: [string, (c: typeof chalk) => string][] = [
      ['red', (c) => c.red('lỗi')],
      ['dim, several arguments', (c) => c.dim('a', 'b', 3)],
      ['bold.underline', (c) => c.bold.underline('tệp.yaml')],
      ['yellow, a number', (c) => c.yellow(12)],
      ['green.bold, text with escapes', (c) => c.green.bold('\u001b[31mx')],
      ['cyan, empty', (c) => c.cyan('')],
    ];
    for (const [name, use] of cases) expect(use(plain), name).toBe(use(chalk));
    expect(plain.level).toBe(0);
  });

  it('can be returned from an async function (it is not taken for a promise)', async () => {
    const get = async () => plain;
    const c = await Promise.race([get(), new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 1000))]);
    expect(c).toBe(plain);
  });
});
