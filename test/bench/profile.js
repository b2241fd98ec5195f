/*
 * Where validation time goes, on `--files` generated submissions (default 1,000, one month):
 *   1. each stage of the pipeline alone, in one process on one core (read, decode, the yaml
 *      package's lexer, CST parser and parseDocument, toJS, ajv, js-yaml 3 for comparison, and
 *      danvan's per-file check from dist/ when it is built);
 *   2. a CPU profile (node --cpu-prof) of `danvan validate` on the same files when the command
 *      exists — else of danvan's per-file check alone — summarised by self time, the main thread
 *      and the worker threads apart. `--cli "report --period 2020"` profiles another command.
 *
 *   npm run build && node test/bench/profile.js [--files 1000] [--rounds 3] [--top 20] [--cli "<danvan args>"]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Lexer, Parser, parseDocument } from 'yaml';
import { formatSummary, summarizeProfiles } from './cpu-profile.js';
import { benchRoot, generateSet, repoRoot } from './generate.js';

const { values: opts } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    top: { type: 'string', default: '20' },
    'core-only': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    cli: { type: 'string' },
  },
});
const count = Number(opts.files);
const set = generateSet({ units: count, months: 1 });
const month = set.manifest.months[0];
const paths = readdirSync(join(set.submissionsDir, month))
  .sort()
  .map((n) => join(set.submissionsDir, month, n));
const log = (text) => process.stdout.write(`${text}\n`);

async function loadDanvanCore() {
  const dist = (p) => pathToFileURL(join(repoRoot, 'dist', p)).href;
  try {
    const [{ checkSubmissionFile, checkSubmissionExact }, { loadPlan }, { loadRegistry }, { createAjv }, fast] =
      await Promise.all([
        import(dist('core/validate/validate-file.js')),
        import(dist('core/plan.js')),
        import(dist('core/units.js')),
        import(dist('core/ajv.js')),
        import(dist('core/validate/fast-path.js')).catch(() => ({})),
      ]);
    const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
    const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan;
    const { registry } = loadRegistry(readFileSync(join(set.dir, 'units.yaml'), 'utf8'), 'units.yaml', plan);
    const today = new Date().toISOString().slice(0, 10);
    const input = (bytes, i) => ({
      bytes,
      file: `submissions/${month}/${paths[i].split('/').pop()}`,
      plan,
      registry,
      today,
    });
    return {
      createAjv,
      check: (bytes, i) => checkSubmissionFile(input(bytes, i)),
      exact: checkSubmissionExact && ((bytes, i) => checkSubmissionExact(input(bytes, i))),
      fast: fast.checkSubmissionFast && ((bytes, i) => fast.checkSubmissionFast(input(bytes, i))),
    };
  } catch (error) {
    return { missing: error.message.split('\n')[0] };
  }
}

const core = await loadDanvanCore();

if (opts['core-only']) {
  // Run under --cpu-prof by the parent: only danvan's per-file check, three times over.
  const bytes = paths.map((p) => readFileSync(p));
  for (let round = 0; round < 3; round++) bytes.forEach((b, i) => core.check(b, i));
  process.exit(0);
}

/** A stage: one warm-up pass over 100 files so the JIT has seen the code; timed later. */
function stage(label, fn) {
  for (let i = 0; i < Math.min(100, count); i++) fn(i);
  return { label, fn, samples: [] };
}

/** Rounds go over every stage in turn; the fastest round of each counts (the least disturbed by other load). */
function timeStages(stages, rounds) {
  for (let r = 0; r < rounds; r++) {
    for (const s of stages) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < count; i++) s.fn(i);
      s.samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return stages.map((s) => {
    const ms = Math.min(...s.samples);
    return { label: s.label, ms, perFileUs: (ms * 1000) / count, filesPerSecond: count / (ms / 1000) };
  });
}

const bytes = paths.map((p) => readFileSync(p));
const decoder = new TextDecoder('utf-8', { fatal: true });
const texts = bytes.map((b) => decoder.decode(b));
let docs = texts.map((t) => parseDocument(t, { uniqueKeys: true }));
const data = docs.map((d) => (d.errors.length === 0 ? d.toJS() : null));
// toJS needs parsed documents; time it now and let them go, so that a thousand retained Document
// trees do not slow the garbage collector in every other stage.
const [toJsStage] = timeStages([stage('yaml: doc.toJS()', (i) => docs[i].toJS())], Number(opts.rounds));
docs = undefined;
const json = data.map((d) => JSON.stringify(d));
const jsYaml3 = createRequire(createRequire(import.meta.url).resolve('ajv-cli/package.json'))('js-yaml');
const jsYaml = await import('js-yaml').then((m) => m.default ?? m).catch(() => undefined);
const jsYamlVersion = jsYaml
  ? JSON.parse(readFileSync(createRequire(import.meta.url).resolve('js-yaml/package.json'), 'utf8')).version
  : '';
const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'submission-394.schema.json'), 'utf8'));
const validate = (core.createAjv ? core.createAjv() : null)?.compile(schema);

const stages = timeStages(
  [
    stage('read file (readFileSync)', (i) => readFileSync(paths[i])),
    stage('decode UTF-8 (fatal)', (i) => decoder.decode(bytes[i])),
    stage('yaml: Lexer only', (i) => {
      for (const _ of new Lexer().lex(texts[i]));
    }),
    stage('yaml: Parser (CST)', (i) => {
      for (const _ of new Parser().parse(texts[i]));
    }),
    stage('yaml: parseDocument', (i) => parseDocument(texts[i], { uniqueKeys: true })),
    ...(validate ? [stage('ajv: validate (compiled once)', (i) => validate(data[i]))] : []),
    stage('js-yaml 3: safeLoad (ajv-cli)', (i) => {
      try {
        jsYaml3.safeLoad(texts[i]);
      } catch {
        /* mistakes */
      }
    }),
    ...(jsYamlVersion.startsWith('4')
      ? [
          stage(`js-yaml ${jsYamlVersion}: load`, (i) => {
            try {
              jsYaml.load(texts[i]);
            } catch {
              /* mistakes */
            }
          }),
        ]
      : []),
    stage('JSON.parse (same data, floor)', (i) => JSON.parse(json[i])),
    ...(core.exact ? [stage('danvan: checkSubmissionExact', (i) => core.exact(bytes[i], i))] : []),
    ...(core.fast ? [stage('danvan: checkSubmissionFast', (i) => core.fast(bytes[i], i))] : []),
    ...(core.check ? [stage('danvan: checkSubmissionFile', (i) => core.check(bytes[i], i))] : []),
  ],
  Number(opts.rounds),
);
stages.splice(5, 0, toJsStage);
log(
  `${count} files (${set.manifest.averageLines} lines, ${Math.round(set.manifest.bytes / set.manifest.fileCount / 102.4) / 10} KiB each) from ${set.dir}`,
);
log(`one process, one core, Node ${process.version}; fastest of ${opts.rounds} rounds:`);
const width = Math.max(...stages.map((s) => s.label.length));
for (const s of stages)
  log(
    `  ${s.label.padEnd(width)}  ${s.ms.toFixed(0).padStart(6)} ms  ${s.perFileUs.toFixed(0).padStart(5)} µs/file  ${Math.round(s.filesPerSecond).toLocaleString('en').padStart(7)} files/s`,
  );
if (core.missing) log(`  danvan's per-file check: not available yet (${core.missing})`);

// The CPU profile.
const help =
  spawnSync(process.execPath, [join(repoRoot, 'bin', 'danvan.js'), '--help'], { encoding: 'utf8' }).stdout ?? '';
const hasValidate = /^\s+validate\b/m.test(help.split(/^Commands:|^Lệnh:/m)[1] ?? '');
if (!hasValidate && !core.check) {
  log('\nno profile: neither `danvan validate` nor its per-file check exists yet');
  process.exit(0);
}
const profDir = mkdtempSync(join(benchRoot, 'profile-'));
const cliArgs = opts.cli ? opts.cli.split(' ').filter((a) => a !== '') : ['validate', join('submissions', month)];
const args =
  hasValidate || opts.cli
    ? ['--cpu-prof', '--cpu-prof-dir', profDir, join(repoRoot, 'bin', 'danvan.js'), ...cliArgs]
    : [
        '--cpu-prof',
        '--cpu-prof-dir',
        profDir,
        new URL(import.meta.url).pathname,
        '--files',
        String(count),
        '--core-only',
      ];
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, args, {
  cwd: set.dir,
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  stdio: 'ignore',
});
const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
// One profile per thread: CPU.<date>.<time>.<pid>.<thread id>.<n>.cpuprofile, thread 0 the main one.
const profiles = readdirSync(profDir)
  .filter((n) => n.endsWith('.cpuprofile'))
  .map((n) => ({ thread: Number(n.split('.').at(-3)), profile: JSON.parse(readFileSync(join(profDir, n), 'utf8')) }));
log(
  `\nCPU profile of ${hasValidate || opts.cli ? `danvan ${cliArgs.join(' ')} (exit ${run.status}, ${Math.round(wallMs)} ms wall)` : "danvan's per-file check, 3 passes (no validate command yet)"}:`,
);
const summary = (list) => formatSummary(summarizeProfiles(list.map((p) => p.profile)), Number(opts.top));
const main = profiles.filter((p) => p.thread === 0);
const workers = profiles.filter((p) => p.thread !== 0);
if (main.length > 0) log(`main thread — ${summary(main)}`);
if (workers.length > 0) log(`\n${workers.length} worker thread(s), added up — ${summary(workers)}`);
if (profiles.length === 0) log('  no profile written');
rmSync(profDir, { recursive: true, force: true });
