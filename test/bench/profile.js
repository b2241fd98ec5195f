/*
 * Where validation time goes, on `--files` generated submissions (default 1,000, one month):
 *   1. each stage of the pipeline alone, in one process on one core (read, decode, the yaml
 *      package's lexer, CST parser and parseDocument, toJS, ajv, js-yaml 3 for comparison, and
 *      danvan's per-file check from dist/ when it is built);
 *   2. a CPU profile (node --cpu-prof) of `danvan validate` on the same files when the command
 *      exists — else of danvan's per-file check alone — summarised by self time.
 *
 *   npm run build && node test/bench/profile.js [--files 1000] [--top 20]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Lexer, Parser, parseDocument } from 'yaml';
import { formatSummary, summarizeProfile } from './cpu-profile.js';
import { benchRoot, generateSet, repoRoot } from './generate.js';

const { values: opts } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    top: { type: 'string', default: '20' },
    'core-only': { type: 'boolean', default: false },
  },
});
const count = Number(opts.files);
const set = generateSet({ units: count, months: 1 });
const month = set.manifest.months[0];
const paths = readdirSync(join(set.submissionsDir, month)).sort().map((n) => join(set.submissionsDir, month, n));
const log = (text) => process.stdout.write(`${text}\n`);

async function loadDanvanCore() {
  const dist = (p) => pathToFileURL(join(repoRoot, 'dist', p)).href;
  try {
    const [{ checkSubmissionFile }, { loadPlan }, { loadRegistry }, { createAjv }] = await Promise.all([
      import(dist('core/validate/validate-file.js')), import(dist('core/plan.js')), import(dist('core/units.js')), import(dist('core/ajv.js')),
    ]);
    const planFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
    const plan = loadPlan(readFileSync(planFile, 'utf8'), planFile).plan;
    const { registry } = loadRegistry(readFileSync(join(set.dir, 'units.yaml'), 'utf8'), 'units.yaml', plan);
    const today = new Date().toISOString().slice(0, 10);
    return {
      createAjv,
      check: (bytes, i) => checkSubmissionFile({ bytes, file: `submissions/${month}/${paths[i].split('/').pop()}`, plan, registry, today }),
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

function time(label, fn, n = count) {
  // One short warm-up pass so the JIT has seen the code, then the timed pass.
  for (let i = 0; i < Math.min(100, n); i++) fn(i);
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { label, ms, perFileUs: (ms * 1000) / n, filesPerSecond: n / (ms / 1000) };
}

const bytes = paths.map((p) => readFileSync(p));
const decoder = new TextDecoder('utf-8', { fatal: true });
const texts = bytes.map((b) => decoder.decode(b));
const docs = texts.map((t) => parseDocument(t, { uniqueKeys: true }));
const data = docs.map((d) => (d.errors.length === 0 ? d.toJS() : null));
const json = data.map((d) => JSON.stringify(d));
const jsYaml = createRequire(createRequire(import.meta.url).resolve('ajv-cli/package.json'))('js-yaml');
const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'submission-394.schema.json'), 'utf8'));
const validate = (core.createAjv ? core.createAjv() : null)?.compile(schema);

const stages = [
  time('read file (readFileSync)', (i) => readFileSync(paths[i])),
  time('decode UTF-8 (fatal)', (i) => decoder.decode(bytes[i])),
  time('yaml: Lexer only', (i) => { for (const _ of new Lexer().lex(texts[i])); }),
  time('yaml: Parser (CST)', (i) => { for (const _ of new Parser().parse(texts[i])); }),
  time('yaml: parseDocument', (i) => parseDocument(texts[i], { uniqueKeys: true })),
  time('yaml: doc.toJS()', (i) => docs[i].toJS()),
  ...(validate ? [time('ajv: validate (compiled once)', (i) => validate(data[i]))] : []),
  time('js-yaml 3: safeLoad (ajv-cli)', (i) => { try { jsYaml.safeLoad(texts[i]); } catch { /* mistakes */ } }),
  time('JSON.parse (same data, floor)', (i) => JSON.parse(json[i])),
  ...(core.check ? [time('danvan: checkSubmissionFile', (i) => core.check(bytes[i], i))] : []),
];
log(`${count} files (${set.manifest.averageLines} lines, ${Math.round(set.manifest.bytes / set.manifest.fileCount / 102.4) / 10} KiB each) from ${set.dir}`);
log(`one process, one core, Node ${process.version}:`);
const width = Math.max(...stages.map((s) => s.label.length));
for (const s of stages) log(`  ${s.label.padEnd(width)}  ${s.ms.toFixed(0).padStart(6)} ms  ${s.perFileUs.toFixed(0).padStart(5)} µs/file  ${Math.round(s.filesPerSecond).toLocaleString('en').padStart(7)} files/s`);
if (core.missing) log(`  danvan's per-file check: not available yet (${core.missing})`);

// The CPU profile.
const help = spawnSync(process.execPath, [join(repoRoot, 'bin', 'danvan.js'), '--help'], { encoding: 'utf8' }).stdout ?? '';
const hasValidate = /^\s+validate\b/m.test(help.split(/^Commands:|^Lệnh:/m)[1] ?? '');
if (!hasValidate && !core.check) {
  log('\nno profile: neither `danvan validate` nor its per-file check exists yet');
  process.exit(0);
}
const profDir = mkdtempSync(join(benchRoot, 'profile-'));
const args = hasValidate
  ? ['--cpu-prof', '--cpu-prof-dir', profDir, join(repoRoot, 'bin', 'danvan.js'), 'validate', join('submissions', month)]
  : ['--cpu-prof', '--cpu-prof-dir', profDir, new URL(import.meta.url).pathname, '--files', String(count), '--core-only'];
const run = spawnSync(process.execPath, args, { cwd: set.dir, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: 'ignore' });
const profileFile = readdirSync(profDir).find((n) => n.endsWith('.cpuprofile'));
log(`\nCPU profile of ${hasValidate ? `danvan validate submissions/${month} (exit ${run.status})` : 'danvan\'s per-file check, 3 passes (no validate command yet)'}:`);
if (profileFile) log(formatSummary(summarizeProfile(JSON.parse(readFileSync(join(profDir, profileFile), 'utf8'))), Number(opts.top)));
else log('  no profile written');
rmSync(profDir, { recursive: true, force: true });
