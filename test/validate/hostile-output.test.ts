import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { linesForFrames } from '../../src/render/diagnostics/code-frame.js';
import { formatters } from '../../src/render/diagnostics/formats.js';
import { renderStatusText } from '../../src/render/status-table.js';
import type { StatusReport } from '../../src/core/status-summary.js';
import { check, validUbnd } from './helpers.js';

/** A submission that tries to drive the terminal and the CI log through YAML escapes. */
const hostileText = validUbnd
  .replace('unit: ubnd-quan', 'unit: "ubnd\\e]0;pwned\\aquan\\u202Eabc"')
  .replace('tasks:', 'difficulties2: 1\n"x\\n::stop-commands::tok\\r\\n::error file=a::b": 1\ntasks:');
const hostileFile = 'submissions/2020-04/a\n::error file=b,line=1::injected\u001b[2J.yaml';

function rendered(format: 'stylish' | 'github') {
  const result = check(hostileText, { file: hostileFile });
  const sources = new Map([[hostileFile, linesForFrames(hostileText, result.diagnostics)]]);
  return formatters[format]([result], { lang: 'vi', color: new Chalk({ level: 0 }), sources, version: 't' });
}

const RAW = /[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

describe('what a submission writes cannot drive the terminal or the CI log', () => {
  it('the hostile file has findings that quote its values and keys (else the checks below prove nothing)', () => {
    const out = rendered('stylish');
    expect(out).toContain('\\u001b]0;pwned\\u0007quan\\u202eabc');
    expect(out).toContain('x\\u000a::stop-commands::tok');
  });

  for (const format of ['stylish', 'github'] as const) {
    it(`${format}: control and bidi characters are shown as \\u escapes, never raw`, () => {
      expect(rendered(format)).not.toMatch(RAW);
    });
  }

  it('github: no line of the output starts a workflow command other than the annotations', () => {
    const lines = rendered('github').split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands.length).toBeGreaterThan(1);
    for (const l of commands)
      expect(l).toMatch(
        /^::(error|warning) file=[^,:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=danvan [a-z-]+::/,
      );
  });

  it('status: unit names and file names with control characters are shown escaped', () => {
    const report = {
      month: '2020-04',
      deadline: '2020-05-05',
      today: '2020-05-01',
      daysPastDeadline: 0,
      counts: { expected: 1, received: 1, onTime: 0, late: 0, invalid: 1, missing: 0 },
      reportingRate: 1,
      onTimeRate: 0,
      rows: [
        {
          unit: { id: 'u', name: 'Phường\u001b[2J\u202Eabc', kind: 'phuong' },
          kindLabel: 'Phường',
          state: 'invalid',
          errors: 1,
          warnings: 0,
          files: ['a\u0007.yaml'],
        },
      ],
      strays: [{ file: 'b\u001b.yaml', errors: 1 }],
      receipts: {
        rule: 'git',
        differing: [
          {
            file: 'c\u001b]0;x\u0007.yaml',
            unit: { id: 'u', name: 'u', kind: 'phuong' },
            submitted: '2020-04-01',
            received: '2020-04-09',
          },
        ],
        uncommitted: [],
      },
    } as unknown as StatusReport;
    const out = renderStatusText(report, 'vi', { validateCommand: 'danvan validate x\u001b' });
    expect(out).not.toMatch(RAW);
    expect(out).toContain('Phường\\u001b[2J\\u202eabc');
  });
});
