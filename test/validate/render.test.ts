import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/file-result.js';
import { loadRegistry } from '../../src/core/units.js';
import { collectSubmissionsWithSources } from '../../src/io/collect-submissions.js';
import { escapeData, escapeProperty } from '../../src/render/diagnostics/github.js';
import { diagnosticFormats, formatters } from '../../src/render/diagnostics/formats.js';
import { escapeXml } from '../../src/render/xml.js';
import type { RenderOptions } from '../../src/render/diagnostics/options.js';
import { artifactUri } from '../../src/render/diagnostics/sarif.js';
import { fixtures, plan, root } from './helpers.js';

const require = createRequire(import.meta.url);
const snapshots = join(fixtures, 'render');

/** A few invalid examples and one valid file: every kind of line a report has. */
async function sample(): Promise<{ results: FileResult[]; options: RenderOptions }> {
  const registry = loadRegistry(
    readFileSync(join(root, 'examples', 'units.yaml'), 'utf8'),
    'units.yaml',
    plan(),
  ).registry;
  const paths = [
    'tab-thut-le.yaml',
    'so-am.yaml',
    'thieu-tom-tat.yaml',
    'muc-la.yaml',
    'bang-ma-tcvn3.yaml',
    'vi-pham-quy-tac.yaml',
    'trung-lap',
  ]
    .map((f) => join('examples', 'invalid', f))
    .concat(['examples/submissions/2020-04/hdnd-quan.yaml']);
  const { results, sources } = await collectSubmissionsWithSources({
    paths,
    plan: plan(),
    registry,
    today: '2020-06-30',
    cwd: root,
  });
  return { results, options: { lang: 'vi', color: new Chalk({ level: 0 }), sources, version: '0.0.0-test' } };
}

describe('diagnostic formats', async () => {
  const { results, options } = await sample();

  for (const format of diagnosticFormats) {
    it(`${format} matches its committed output`, async () => {
      await expect(formatters[format](results, options)).toMatchFileSnapshot(join(snapshots, `${format}.txt`));
    });
  }

  it('keeps only the lines the frames show, and nothing of valid files', () => {
    expect([...(options.sources.get('examples/invalid/so-am.yaml')?.keys() ?? [])]).toEqual([25, 26]);
    expect(options.sources.has('examples/submissions/2020-04/hdnd-quan.yaml')).toBe(false);
    expect(options.sources.get('examples/invalid/bang-ma-tcvn3.yaml')?.size).toBe(0);
  });

  it('stylish in English, and in colour only when asked', async () => {
    await expect(formatters.stylish(results, { ...options, lang: 'en' })).toMatchFileSnapshot(
      join(snapshots, 'stylish-en.txt'),
    );
    expect(formatters.stylish(results, options)).not.toMatch(/\u001b\[/);
    expect(formatters.stylish(results, { ...options, color: new Chalk({ level: 1 }) })).toMatch(/\u001b\[31m/);
  });

  it('stylish: the summary line counts valid, with warnings and invalid files', () => {
    const text = formatters.stylish(results, options);
    expect(text.trimEnd().split('\n').at(-2)).toBe(
      '✖ 9 tệp đã kiểm tra: 1 hợp lệ, 1 có cảnh báo, 7 không hợp lệ (7 lỗi, 1 cảnh báo).',
    );
    expect(formatters.stylish([], options)).toBe('Không có tệp .yaml nào để kiểm tra.\n');
  });

  it('json: the documented shape', () => {
    const json = JSON.parse(formatters.json(results, options)) as {
      version: number;
      summary: Record<string, number>;
      files: { file: string; valid: boolean; diagnostics: Record<string, unknown>[] }[];
    };
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({
      files: 9,
      valid: 1,
      withWarnings: 1,
      invalid: 7,
      errors: 7,
      warnings: 1,
      explained: 0,
    });
    expect(json.files.map((f) => f.file)).toEqual(results.map((r) => r.file));
    for (const f of json.files) {
      for (const d of f.diagnostics) {
        expect(Object.keys(d)).toEqual([
          'code',
          'severity',
          'line',
          'column',
          'endLine',
          'endColumn',
          'path',
          'message',
          'hint',
          'args',
        ]);
      }
    }
  });

  it('sarif: validates against the SARIF 2.1.0 schema', () => {
    const Ajv04 = require('ajv-draft-04') as new (
      o: object,
    ) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } };
    const addFormats = require('ajv-formats') as (ajv: unknown) => void;
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const schema = JSON.parse(
      readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    ) as object;
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(formatters.sarif(results, options)) as {
      runs: { results: { ruleId: string; ruleIndex: number }[]; tool: { driver: { rules: { id: string }[] } } }[];
    };
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const run = sarif.runs[0]!;
    expect(run.results).toHaveLength(8);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(validate(JSON.parse(formatters.sarif([], options)))).toBe(true);
  });

  it('sarif: artifact URIs are encoded, relative paths stay relative', () => {
    expect(artifactUri('bao cao/2020-04/phường.yaml')).toBe('bao%20cao/2020-04/ph%C6%B0%E1%BB%9Dng.yaml');
    expect(artifactUri('/tmp/a b.yaml')).toBe('file:///tmp/a%20b.yaml');
    expect(artifactUri('C:\\dl\\x.yaml')).toBe('file:///C:/dl/x.yaml');
  });

  it('github: escapes messages and properties as GitHub requires, and includes the stylish report', () => {
    expect(escapeData('100% a\r\nb')).toBe('100%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const text = formatters.github(results, options);
    const commands = text.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(8);
    expect(
      commands.every((l) =>
        /^::(error|warning) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=danvan [a-z0-9-]+::[^\n\r]+$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(text).toContain(formatters.stylish(results, options));
  });

  it('junit: well-formed XML with every user-supplied character escaped', () => {
    expect(escapeXml('<a href="x">&\'\u0001\u{1F600}')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD\u{1F600}');
    const xml = formatters.junit(results, options);
    const { SaxesParser } = require('saxes') as {
      SaxesParser: new () => {
        on: (e: string, f: (x: unknown) => void) => void;
        write: (s: string) => { close: () => void };
      };
    };
    const parser = new SaxesParser();
    const errors: unknown[] = [];
    let cases = 0;
    let failures = 0;
    parser.on('error', (e) => errors.push(e));
    parser.on('opentag', (tag) => {
      const name = (tag as { name: string }).name;
      if (name === 'testcase') cases++;
      if (name === 'failure') failures++;
    });
    parser.write(xml).close();
    expect(errors).toEqual([]);
    expect([cases, failures]).toEqual([9, 7]);
  });
});
