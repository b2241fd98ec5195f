import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, repoRoot, tempDir } from '../helpers/cli.js';
import { loaded, packagesOf, runAudited } from './loaded-modules.js';

/*
 * Start-up pays only for what the command needs (issue 6): the modules each run loads, recorded by
 * a loader hook, for the built bin under plain node. Not timed: which modules load is what makes
 * the time, and it does not depend on the machine.
 */
const examples = join(repoRoot, 'examples');
const env = { DANVAN_TODAY: '2020-06-30' };
/** ajv's compiler and the ajv-formats plugin: needed only to compile a schema at run time. */
const AJV_COMPILER = ['ajv/dist/2020.js', 'ajv/dist/core.js', 'ajv/dist/compile/index.js', 'ajv-formats/dist/index.js'];
const PRECOMPILED = 'dist/core/precompiled/generated/';
const DOCX_WRITER = 'dist/render/docx/render-docx.js';
const REPORT_ONLY = ['exceljs', 'fflate', 'handlebars', 'markdown-it', 'jszip'];

describe('modules loaded at start-up', () => {
  it('danvan --version loads no package at all, and answers as commander would', () => {
    const run = runAudited(bin, ['--version'], { cwd: tempDir() });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `${(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version}\n`,
    );
    expect([...packagesOf(run.modules).keys()]).toEqual([]);
    // No command is registered: nothing that defines one is loaded (dist/cli/commands).
    const ours = run.modules.filter((m) => m.includes(join(repoRoot, 'dist')));
    expect(ours.length).toBeGreaterThan(0);
    const definesValidate = (m: string) => /\.command\(["']validate["']\)/.test(readFileSync(m, 'utf8'));
    expect(ours.filter(definesValidate)).toEqual([]);
    // The same check finds the command when it is loaded.
    const validate = runAudited(bin, ['validate', '--help'], { cwd: tempDir() });
    expect(validate.modules.filter((m) => m.includes(join(repoRoot, 'dist')) && definesValidate(m))).toHaveLength(1);
  });

  it("danvan validate <one file>: the precompiled validators and the shipped plan's data, no ajv compiler, nothing of the report", () => {
    const run = runAudited(bin, ['validate', join('submissions', '2020-04', 'phuong-bach-dang.yaml')], {
      cwd: examples,
      env,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(loaded(run.modules, ...AJV_COMPILER)).toEqual([]);
    for (const pkg of REPORT_ONLY) expect(packagesOf(run.modules).has(pkg), pkg).toBe(false);
    // A plain configuration, registry and submission are read by the small reader: yaml, which keeps
    // every position, is not loaded; without colour, neither is chalk.
    expect(packagesOf(run.modules).has('yaml')).toBe(false);
    expect(packagesOf(run.modules).has('chalk')).toBe(false);
    // Without --cache, nothing of the cache's store (it loads node:crypto).
    expect(loaded(run.modules, 'dist/io/validation-cache.js')).toEqual([]);
    // The config, the registry and the submission are checked by precompiled code; the shipped plan
    // file is not read with positions, so neither its validator nor (for it) the YAML parser is needed.
    expect(
      loaded(
        run.modules,
        `${PRECOMPILED}config.schema.js`,
        `${PRECOMPILED}units.schema.js`,
        `${PRECOMPILED}submission-394.schema.js`,
        `${PRECOMPILED}394-KH-BDVQU.plan.js`,
      ),
    ).toHaveLength(4);
    expect(loaded(run.modules, `${PRECOMPILED}plan.schema.js`)).toEqual([]);
    // Of ajv and ajv-formats, only the small runtime helpers the standalone code calls.
    expect(
      run.modules
        .filter((m) => /node_modules[\\/]ajv(-formats)?[\\/]/.test(m))
        .map((m) =>
          m
            .split('\\')
            .join('/')
            .replace(/.*node_modules\//, ''),
        )
        .sort(),
    ).toEqual(['ajv-formats/dist/formats.js', 'ajv/dist/runtime/ucs2length.js']);
  });

  it('danvan validate <a file with a mistake> loads yaml, for the line and column of each finding', () => {
    const run = runAudited(bin, ['validate', join('invalid', 'tab-thut-le.yaml')], { cwd: examples, env });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/tab-thut-le\.yaml/);
    expect(packagesOf(run.modules).has('yaml')).toBe(true);
  });

  it('danvan status without colour loads no chalk and no ajv compiler', () => {
    const run = runAudited(bin, ['status', '--period', '2020-05'], { cwd: examples, env });
    expect(run.status, run.stderr).toBe(0);
    expect(packagesOf(run.modules).has('chalk')).toBe(false);
    expect(loaded(run.modules, ...AJV_COMPILER)).toEqual([]);
    for (const pkg of REPORT_ONLY) expect(packagesOf(run.modules).has(pkg), pkg).toBe(false);
  });

  it('danvan report loads the heavy library of a format only when that format is asked for', () => {
    const out = tempDir('danvan-report-formats-');
    const md = runAudited(bin, ['report', '--period', '2020-04', '--format', 'md', '--out', out], {
      cwd: examples,
      env,
    });
    expect(md.status, md.stderr).toBe(0);
    expect(packagesOf(md.modules).has('handlebars')).toBe(true);
    expect(packagesOf(md.modules).has('exceljs')).toBe(false);
    expect(loaded(md.modules, DOCX_WRITER)).toEqual([]);
    const docx = runAudited(bin, ['report', '--period', '2020-04', '--format', 'docx', '--out', out], {
      cwd: examples,
      env,
    });
    expect(docx.status, docx.stderr).toBe(0);
    expect(loaded(docx.modules, DOCX_WRITER)).toEqual([DOCX_WRITER]);
    expect(packagesOf(docx.modules).has('exceljs')).toBe(false);
  });

  it('a custom plan file still works: its schemas are compiled by ajv at run time, with the same findings', () => {
    const dir = tempDir('danvan-custom-plan-');
    const planText = readFileSync(join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml'), 'utf8');
    const custom = planText.replace(/^( {8}label: )(.+)$/m, '$1$2 (bản riêng)');
    expect(custom).not.toBe(planText);
    const planFile = join(tempDir('danvan-custom-plan-file-'), 'rieng.plan.yaml');
    writeFileSync(planFile, custom);
    // A valid file and files with schema mistakes, so that the comparison has findings to compare.
    for (const name of ['trang-thai-sai.yaml', 'muc-la.yaml', 'so-am.yaml', 'chi-tieu-go-sai.yaml'])
      copyFileSync(join(examples, 'invalid', name), join(dir, name));
    copyFileSync(join(examples, 'submissions', '2020-04', 'phuong-bach-dang.yaml'), join(dir, 'phuong-bach-dang.yaml'));
    const units = join(examples, 'units.yaml');
    const shipped = runAudited(bin, ['validate', '--format', 'json', '--units', units, '.'], { cwd: dir, env });
    const own = runAudited(bin, ['validate', '--format', 'json', '--units', units, '--plan', planFile, '.'], {
      cwd: dir,
      env,
    });
    expect(shipped.status, shipped.stderr).toBe(1);
    expect(own.status, own.stderr).toBe(1);
    expect(loaded(shipped.modules, ...AJV_COMPILER)).toEqual([]);
    expect(loaded(own.modules, 'ajv/dist/2020.js', 'ajv-formats/dist/index.js')).toHaveLength(2);
    const findings = (r: { stdout: string }) =>
      (
        JSON.parse(r.stdout) as {
          files: { file: string; diagnostics: { code: string; line: number; column: number }[] }[];
        }
      ).files.map((f) => [f.file, f.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)]);
    expect(findings(shipped).map(([f]) => f)).toHaveLength(5);
    expect(findings(shipped).flatMap(([, d]) => d)).toEqual(
      expect.arrayContaining(['schema-enum 24:13', 'unknown-indicator 15:7']),
    );
    expect(findings(own)).toEqual(findings(shipped));
  });
});
