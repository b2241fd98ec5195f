import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

// A command file holds the commander definition and one call into its run (src/cli/runs, src/cli/report);
// past 80 lines it has started to hold the work itself, and adding an option means reading through it.
const MAX_LINES = 80;
const COMMANDS = path.resolve(import.meta.dirname, '../../src/cli/commands');

const lineCount = (text: string) => (text.match(/\n/g)?.length ?? 0) + (text === '' || text.endsWith('\n') ? 0 : 1);

describe('command files stay thin', () => {
  const files = readdirSync(COMMANDS).filter((f) => f.endsWith('.ts'));

  it('finds every command of the program', () => {
    for (const command of ['init', 'validate', 'report', 'status', 'form', 'plan', 'units', 'schema'])
      expect(files).toContain(`${command}.ts`);
  });

  it(`every src/cli/commands/*.ts has at most ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => ({ file: f, lines: lineCount(readFileSync(path.join(COMMANDS, f), 'utf8')) }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('counts lines as an editor shows them', () => {
    expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([0, 1, 2, 2]);
  });
});
