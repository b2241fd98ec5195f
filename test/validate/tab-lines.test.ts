/*
 * Tab-indented lines are found and mended in one pass down the file. Lines start after a line feed
 * only, as for yaml. A lone CR (an old Mac line end) or a U+2028 pasted from Word is named first and
 * read as the line break it stands for where a line of its own follows, so a tab after it is that
 * line's indent. A CRLF file is mended as its LF twin. The work grows with
 * the file, not with its square — measured without a clock, by the characters the check copies out
 * of strings (String.prototype.slice), which mending the whole text once per tab line multiplies.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSubmissionExact } from '../../src/core/validate/validate-file.js';
import { bin, repoRoot, tempDir } from '../helpers/cli.js';
import { check, countingWork, submissionInput, validUbnd } from './helpers.js';

const reasons = (text: string) =>
  check(text).diagnostics.map(
    (d) => `${d.code}${d.code === 'yaml-syntax' ? `:${d.args.reason}` : ''}@${d.line}:${d.column}`,
  );

describe('tab-indented lines start after a line feed only', () => {
  /** The built bin's findings on the valid file with one change, run in a child it must end within a minute. */
  function findingsOfBin(text: string): string[] {
    const month = join(tempDir('danvan-tab-lines-'), '2020-04');
    mkdirSync(month);
    writeFileSync(join(month, 'ubnd-quan.yaml'), text);
    // Mending such a file once went on for ever; a minute is a hundred times what the check takes.
    const r = spawnSync(process.execPath, [bin, 'validate', month, '--format', 'json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DANVAN_TODAY: '2020-06-30', FORCE_COLOR: '0' },
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    const [file] = (
      JSON.parse(r.stdout) as {
        files: { diagnostics: { code: string; line: number; column: number; args: { reason?: string } }[] }[];
      }
    ).files;
    return file!.diagnostics.map((d) => `${d.code}${d.args.reason ? `:${d.args.reason}` : ''}@${d.line}:${d.column}`);
  }

  it('a tab after a lone CR is the indent of the line the editor shows there, and the check ends (the built bin)', () => {
    // Both on the summary line as yaml counts lines (line feeds only): the CR, then the tab after it.
    expect(findingsOfBin(validUbnd.replace('\n  UB.3:', '\r\tUB.3:'))).toEqual(['lone-cr@13:68', 'tab-indent@13:69']);
  });

  it('a CR, a tab and a bracket typed inside a flow mapping: the CR is named, the rest read as yaml reads it, and the check ends (the built bin)', () => {
    const text = validUbnd.replace('UB.5: { status: thuong-xuyen,', 'UB.5: { status: thuong-xu\r\t[yen,');
    expect(text).not.toBe(validUbnd);
    expect(findingsOfBin(text)).toEqual(['lone-cr@16:28', 'yaml-syntax:unexpected@16:30']);
  });

  it('a tab after a U+2028 pasted in place of a line end is the indent of the line meant there, and the check ends (the built bin)', () => {
    // Both on the summary line as yaml counts lines (line feeds only), as for a lone CR.
    expect(findingsOfBin(validUbnd.replace('\n  UB.3:', '\u2028\tUB.3:'))).toEqual([
      'line-separator@13:68',
      'tab-indent@13:69',
    ]);
  });

  it('a tab after a line feed is still reported at the tab, under either line end', () => {
    expect(reasons(validUbnd.replace('\n  UB.3:', '\n\tUB.3:'))).toEqual(['tab-indent@14:1']);
    expect(reasons(validUbnd.replace(/\n/g, '\r\n').replace('\n  UB.3:', '\n \t UB.3:'))).toEqual(['tab-indent@14:2']);
  });

  it('a tab right after a colon or a dash at the start of a line is reported at the tab itself', () => {
    expect(reasons(`:\t${validUbnd}`)).toEqual(['tab-indent@1:2', 'yaml-syntax:nested-compact@1:3']);
    expect(reasons(validUbnd.replace('  UB.3:', '  -\tUB.3:'))).toEqual([
      'yaml-syntax:nested-compact@14:1',
      'tab-indent@14:4',
    ]);
  });

  it("a CRLF file's tab-indented block opener is mended to the level of the block below it, as in its LF twin", () => {
    const lf = validUbnd.replace(
      'reporter: { name: Trần Văn Hùng, position: Chánh Văn phòng HĐND và UBND quận }\ntasks:',
      ['reporter:', '  name: Trần Văn Hùng', '  position: Chánh Văn phòng', '\ttasks:'].join('\n'),
    );
    expect(reasons(lf)).toEqual(['tab-indent@8:1']);
    expect(reasons(lf.replace(/\n/g, '\r\n'))).toEqual(['tab-indent@8:1']);
  });
});

/** Characters copied out of strings while checking the valid file with `n` lines added. */
function work(n: number, line: (i: number) => string): number {
  const input = submissionInput(`${validUbnd}${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`);
  const { result, copied } = countingWork(() => checkSubmissionExact(input));
  expect(result.result.diagnostics.filter((d) => d.code === 'tab-indent')).toHaveLength(n);
  return copied;
}

describe('mending tab-indented lines takes work in proportion to the file', () => {
  const cases: [string, (i: number) => string][] = [
    ['unknown tasks, each indented with a tab', (i) => `\tXX.${i}: { status: thuong-xuyen }`],
    ['keys indented with a tab, each opening a block the next line does not enter', (i) => `\tk${i}:\nb${i}: 1`],
  ];
  for (const [name, line] of cases) {
    it(`${name}: 8 times the lines, at most 12 times the work`, () => {
      const small = work(500, line);
      const large = work(4000, line);
      expect(small).toBeGreaterThan(500 * 10);
      expect(large / small).toBeLessThan(12);
    });
  }
});
