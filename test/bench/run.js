/*
 * npm run bench [-- --size district|city|country|region] [--runs 5]
 *                 [--only validate,rerun,report,report-large,startup,form]
 *                 [--startup-runs 20] [--large-runs 1] [--seed 394] [--mistakes 0.05]
 *
 * Measures, in one run on one machine, what issue 6 sets targets for, and prints medians over
 * several runs with the ratio of each to its baseline:
 *   validate  a. danvan validate, cold, against ajv-cli on the same files and schema (files/s)
 *   rerun     b. danvan validate again with nothing changed (with --cache when danvan has it)
 *   report    c. danvan report --period <year>: wall time, peak RSS, against cold validation
 *   report-large
 *             e. the same report on the region set (20,000 units, 200,000 files), whatever --size
 *                says: its peak RSS, which must grow with units × indicators, not with files
 *   startup   d. danvan validate <one file> and danvan --version against node -e ''
 *   form      f. the HTML form in chromium: opening it, and the check after a keystroke
 *   threshold    (only when named) danvan validate on 100 to 1,600 files of one month, to see
 *                where worker threads start to pay: ms per file should fall as the count grows
 * A command danvan does not have yet is shown as "not available yet" — never a made-up number.
 * Results also go to <tmp>/danvan-bench/results/ as JSON (the path is printed).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MISTAKE_SHARE, DEFAULT_SEED, SIZES, benchRoot, generateSet, repoRoot } from './generate.js';
import { measureForm } from './form.js';
import { describeMachine, hasGnuTime, runNode, summarize } from './measure.js';

const ROW_GROUPS = ['validate', 'rerun', 'report', 'report-large', 'startup', 'form'];
const EXTRA_GROUPS = ['threshold'];
const TARGETS = {
  validateVsAjv: 1, // danvan files/s ÷ ajv-cli files/s, at least
  rerunSpeedup: 10, // cold ÷ re-run, at least
  reportVsValidate: 2.5, // report ÷ cold validation, at most
  reportRssMiB: 1024, // peak RSS of the report, under
  reportLargeRssMiB: 1536, // peak RSS of the report on the region set, at most
  startupVsNode: 2.5, // validate <one file> ÷ node -e '', at most
};

let scratch; // the run's temporary folder: the build's copy, outputs; removed at the end
const { values: opts } = parseArgs({
  options: {
    size: { type: 'string', default: 'city' },
    runs: { type: 'string', default: '5' },
    'startup-runs': { type: 'string' },
    'large-runs': { type: 'string', default: '1' },
    only: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    mistakes: { type: 'string', default: String(DEFAULT_MISTAKE_SHARE) },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('*/')[0]
      .replace(/^\/\*\n?/, '')
      .replace(/^ \* ?/gm, ''),
  );
  process.exit(0);
}
if (!SIZES[opts.size]) fail(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) fail('--runs must be a whole number ≥ 1');
const startupRuns = Number(opts['startup-runs'] ?? Math.max(20, runs * 4));
// A report over 200,000 files takes minutes; its peak memory, what the row is for, varies little from run to run.
const largeRuns = Number(opts['large-runs']);
if (!Number.isInteger(largeRuns) || largeRuns < 1) fail('--large-runs must be a whole number ≥ 1');
const only = new Set(opts.only ? opts.only.split(',').map((s) => s.trim()) : ROW_GROUPS);
for (const name of only)
  if (![...ROW_GROUPS, ...EXTRA_GROUPS].includes(name))
    fail(`--only takes ${[...ROW_GROUPS, ...EXTRA_GROUPS].join(', ')}; not "${name}"`);

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  process.exit(2);
}

const log = (text) => process.stdout.write(`${text}\n`);
mkdirSync(benchRoot, { recursive: true });
scratch = mkdtempSync(join(benchRoot, 'run-'));

/*
 * The build is copied before anything is measured: a long run must time one program, even if
 * dist/ is rebuilt in the working tree meanwhile. node_modules is linked, not copied.
 */
function snapshotBuild() {
  const root = join(scratch, 'danvan');
  for (const part of ['bin', 'dist', 'schemas', 'templates', 'package.json']) {
    if (existsSync(join(repoRoot, part))) cpSync(join(repoRoot, part), join(root, part), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const git = (...args) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).stdout?.trim() ?? '';
  const dirty = git('status', '--porcelain', '--', 'src')
    .split('\n')
    .filter((l) => l !== '').length;
  return { root, commit: git('rev-parse', '--short', 'HEAD'), dirty };
}
const build = snapshotBuild();
const danvan = join(build.root, 'bin', 'danvan.js');
const ajvCli = createRequire(import.meta.url).resolve('ajv-cli/dist/index.js');
const keepGoing = join(repoRoot, 'test', 'bench', 'ajv-cli-keep-going.cjs');
const schemaFile = join(repoRoot, 'schemas', 'submission-394.schema.json');
// What the built CLI offers today: its command list and, for validate, its options.
function helpOf(args) {
  const r = spawnSync(process.execPath, [danvan, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return r.status === 0 ? r.stdout : '';
}
const programHelp = helpOf(['--help']);
if (!programHelp) fail('bin/danvan.js does not run; build first (npm run bench builds)');
const commandsSection = programHelp.split(/^Commands:|^Lệnh:/m)[1] ?? programHelp;
const hasCommand = (name) => new RegExp(`^\\s+${name}\\b`, 'm').test(commandsSection);
const validateHelp = hasCommand('validate') ? helpOf(['validate', '--help']) : '';

const machine = describeMachine();
log(
  `danvan benchmark — ${new Date().toISOString()} — build of ${build.commit}${build.dirty > 0 ? ` with ${build.dirty} uncommitted file(s) in src/` : ''}`,
);
log(
  `machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadavg.join(' ')}`,
);
if (machine.loadavg[0] > machine.cpus * 0.5)
  log('  note: other processes are using the CPU; expect noisy numbers (compare ratios, rerun when quiet)');
if (!hasGnuTime) log('  note: /usr/bin/time not found; peak RSS comes from process.resourceUsage() at exit');

function prepareSet(size) {
  const set = generateSet({ size, seed: Number(opts.seed), mistakeShare: Number(opts.mistakes) });
  const m = set.manifest;
  log(
    `set "${size}": ${m.fileCount.toLocaleString('en')} files (${m.mistakeCount.toLocaleString('en')} with a deliberate mistake), ` +
      `${m.averageLines} lines and ${Math.round(m.bytes / m.fileCount / 102.4) / 10} KiB per file on average — ` +
      `${set.cached ? 'cached' : `generated in ${set.seconds.toFixed(1)} s`}\n  ${set.dir}`,
  );
  return set;
}

/** Reads every file once, so the first timed run of either tool does not pay for the disk. */
function warmPageCache(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) warmPageCache(path);
    else readFileSync(path);
  }
}

/** Whatever cache danvan keeps beside the data (.danvan-cache*, in the set's or the submissions folder). */
function findDanvanCache(set) {
  return [set.dir, set.submissionsDir].flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.startsWith('.danvan-cache'))
      .map((n) => join(dir, n)),
  );
}

/** So that a "cold" run is cold. */
function clearDanvanCache(set) {
  for (const path of findDanvanCache(set)) rmSync(path, { recursive: true, force: true });
}

/** What a failed command said: its "danvan: …" line if there is one, else its last line. */
function failureLine(file) {
  const lines = (existsSync(file) ? readFileSync(file, 'utf8') : '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // Node's own last words (out of memory) come before its native stack, which ends the output.
  return (
    lines.find((l) => l.startsWith('danvan:')) ??
    lines.find((l) => l.startsWith('FATAL ERROR:')) ??
    lines[lines.length - 1] ??
    '(no output)'
  );
}

/**
 * A row: a command measured `n` times. Specs in one call are interleaved (A B A B …), so a change
 * in machine load during the run falls on both sides of a ratio.
 */
function measure(specs, n) {
  const rows = specs.map((s) => ({
    id: s.id,
    name: s.name,
    command: s.display,
    unit: s.files ? 'files' : 'ms',
    files: s.files,
    samples: [],
    rss: [],
    statuses: [],
  }));
  for (let i = 0; i < n; i++) {
    specs.forEach((spec, k) => {
      const row = rows[k];
      if (row.failed) return;
      spec.before?.();
      const r = runNode(spec.args, { cwd: spec.cwd, scratch, rss: spec.rss });
      if (!spec.okStatus.includes(r.status)) {
        row.failed = `exit ${r.status ?? r.signal ?? r.error}: ${failureLine(r.stderrFile)}`;
        return;
      }
      spec.check?.(r, row, i);
      row.samples.push(r.ms);
      row.statuses.push(r.status);
      if (r.maxRssKiB !== undefined) row.rss.push(r.maxRssKiB);
    });
  }
  for (const row of rows) {
    if (row.failed || row.samples.length === 0) continue;
    Object.assign(row, summarize(row.samples));
    if (row.files) row.filesPerSecond = row.files / (row.median / 1000);
    if (row.rss.length > 0) row.maxRssMiB = Math.max(...row.rss) / 1024;
  }
  return rows;
}

const unavailable = (id, name, display, why = 'not available yet') => ({
  id,
  name,
  command: display,
  notAvailable: why,
  samples: [],
});

const rows = [];
const heavy = ['validate', 'rerun', 'report'].some((g) => only.has(g));
const set = heavy ? prepareSet(opts.size) : undefined;
if (set) warmPageCache(set.dir);
const year = set?.manifest.months[0].slice(0, 4);
const validateOutput = validateHelp.includes('--output-json')
  ? ['--format', 'json', '--output-json', join(scratch, 'validate.json')]
  : validateHelp.includes('--format')
    ? ['--format', 'json']
    : [];
const validateCold = set && {
  id: 'a2',
  name: 'danvan validate, cold',
  display: `danvan validate submissions ${validateOutput.join(' ')}`.replace(scratch, '<tmp>').trim(),
  args: [danvan, 'validate', 'submissions', ...validateOutput],
  cwd: set.dir,
  files: set.manifest.fileCount,
  rss: true,
  okStatus: [1], // the set holds mistakes: anything but "data errors" means the run went wrong
  before: () => clearDanvanCache(set),
  // The JSON summary proves every file was checked, and says how many danvan found invalid.
  check: (_r, row, i) => {
    const output = join(scratch, 'validate.json');
    if (i > 0 || !existsSync(output)) return;
    const report = JSON.parse(readFileSync(output, 'utf8'));
    if (report.summary) Object.assign(row, { filesSeen: report.summary.files, invalidSeen: report.summary.invalid });
    // File by file: invalid exactly when the generator put a mistake in, warned exactly when it
    // broke a warning rule on purpose. A fast path that changes a verdict shows up here.
    if (Array.isArray(report.files)) {
      const expected = new Map(set.manifest.files.map((f) => [`submissions/${f.path}`, f]));
      row.verdictMismatches = report.files
        .filter((f) => {
          const want = expected.get(f.file.split('\\').join('/'));
          return (
            !want ||
            f.valid === Boolean(want.mistake) ||
            (f.valid && f.diagnostics.length > 0 !== want.warnings.length > 0)
          );
        })
        .map((f) => f.file);
    }
  },
};

if (only.has('validate')) {
  const ajv = {
    id: 'a1',
    name: 'ajv-cli validate (js-yaml 3), cold',
    display:
      'ajv validate --spec=draft2020 -s schemas/submission-394.schema.json -d "submissions/*/*.yaml" -c ajv-formats',
    args: [
      '--require',
      keepGoing,
      ajvCli,
      'validate',
      '--spec=draft2020',
      '-s',
      schemaFile,
      '-d',
      'submissions/*/*.yaml',
      '-c',
      'ajv-formats',
    ],
    cwd: set.dir,
    files: set.manifest.fileCount,
    rss: true,
    okStatus: [1],
    // ajv-cli prints one line per file: the count proves it went through all of them.
    check: (r, row, i) => {
      if (i > 0) return;
      const count = (file, word) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('submissions/') && l.endsWith(` ${word}`)).length;
      row.invalidSeen = count(r.stderrFile, 'invalid');
      row.filesSeen = count(r.stdoutFile, 'valid') + row.invalidSeen;
    },
  };
  if (hasCommand('validate')) rows.push(...measure([ajv, validateCold], runs));
  else rows.push(...measure([ajv], runs), unavailable('a2', validateCold.name, 'danvan validate submissions'));
}

if (only.has('rerun')) {
  const cacheFlag = validateHelp.includes('--cache') ? ['--cache'] : [];
  if (hasCommand('validate')) {
    clearDanvanCache(set);
    // Once, untimed, so the cache (if any) exists; then nothing changes between timed runs.
    const prime = runNode([danvan, 'validate', 'submissions', ...validateOutput, ...cacheFlag], {
      cwd: set.dir,
      scratch,
    });
    const cacheFiles = findDanvanCache(set).length > 0;
    const [row] = measure(
      [
        {
          ...validateCold,
          id: 'b',
          name: cacheFiles
            ? 'danvan validate, re-run, nothing changed'
            : 'danvan validate, re-run, nothing changed (no cache in danvan yet)',
          display: `${validateCold.display} ${cacheFlag.join(' ')}`.trim(),
          args: [...validateCold.args, ...cacheFlag],
          before: undefined,
        },
      ],
      runs,
    );
    row.cacheFound = cacheFiles;
    if (prime.status !== 1) row.failed = `priming run: exit ${prime.status}: ${failureLine(prime.stderrFile)}`;
    rows.push(row);
  } else {
    rows.push(unavailable('b', 'danvan validate, re-run, nothing changed', 'danvan validate submissions'));
  }
}

if (only.has('report')) {
  const name = `danvan report --period ${year}`;
  if (hasCommand('report')) {
    const report = (id, label, formatArgs) => ({
      id,
      name: label,
      display: `danvan report --period ${year} ${formatArgs.join(' ')} --out <tmp>/report`.replace('  ', ' '),
      args: [danvan, 'report', '--period', year, ...formatArgs, '--out', join(scratch, 'report')],
      cwd: set.dir,
      files: set.manifest.fileCount,
      rss: true,
      okStatus: [0, 1],
    });
    const [full] = measure([report('c', name, [])], runs);
    rows.push(full);
    // A refusal (say, more data rows than a worksheet holds) is a finding, not the end of the
    // measurement: the Markdown report alone still shows what aggregation costs.
    if (full.failed) rows.push(...measure([report('c-md', `${name} --format md`, ['--format', 'md'])], runs));
  } else {
    rows.push(unavailable('c', name, `danvan report --period ${year}`));
  }
}

if (only.has('report-large')) {
  const name = 'danvan report --period <year>, region set';
  if (hasCommand('report')) {
    const large = opts.size === 'region' && set ? set : prepareSet('region');
    const largeYear = large.manifest.months[0].slice(0, 4);
    const largeReport = (id, label, formatArgs) => ({
      id,
      name: `danvan report --period ${largeYear}${label}, ${large.manifest.fileCount.toLocaleString('en')} files`,
      display: `danvan report --period ${largeYear} ${formatArgs.join(' ')} --out <tmp>/report (region set)`.replace(
        '  ',
        ' ',
      ),
      args: [danvan, 'report', '--period', largeYear, ...formatArgs, '--out', join(scratch, 'report')],
      cwd: large.dir,
      files: large.manifest.fileCount,
      rss: true,
      okStatus: [0, 1],
    });
    const [row] = measure([largeReport('e', '', [])], largeRuns);
    rows.push(row);
    // As for row c: a failure (say, out of memory in one format) is a finding; the others still have a number.
    if (row.failed)
      rows.push(...measure([largeReport('e-xm', ' --format xlsx,md', ['--format', 'xlsx,md'])], largeRuns));
  } else {
    rows.push(unavailable('e', name, 'danvan report --period <year> (region set)'));
  }
}

if (only.has('startup')) {
  // A unit checks its own file inside a district's folder: the district set, whatever --size says.
  const district = opts.size === 'district' && set ? set : prepareSet('district');
  const one = district.manifest.files.find((f) => !f.mistake && f.warnings.length === 0 && f.unit.startsWith('phuong'));
  const oneFile = join('submissions', one.path);
  const specs = [
    { id: 'd1', name: "node -e ''", display: "node -e ''", args: ['-e', ''], cwd: district.dir, okStatus: [0] },
    {
      id: 'd2',
      name: 'danvan --version',
      display: 'danvan --version',
      args: [danvan, '--version'],
      cwd: district.dir,
      okStatus: [0],
    },
  ];
  const validateOne = {
    id: 'd3',
    name: 'danvan validate <one file>',
    display: `danvan validate ${oneFile}`,
    args: [danvan, 'validate', oneFile],
    cwd: district.dir,
    okStatus: [0],
  };
  if (hasCommand('validate')) rows.push(...measure([...specs, validateOne], startupRuns));
  else rows.push(...measure(specs, startupRuns), unavailable('d3', validateOne.name, validateOne.display));
}

if (only.has('form')) {
  rows.push(
    ...(await measureForm({ danvan, dir: scratch, config: join(repoRoot, 'examples', 'danvan.config.yaml'), runs })),
  );
}

if (only.has('threshold') && hasCommand('validate')) {
  // One month of N units each: the same kind of files, only more of them.
  const specs = [100, 199, 201, 400, 800, 1600].map((units) => {
    const small = generateSet({ units, months: 1, seed: Number(opts.seed), mistakeShare: Number(opts.mistakes) });
    return {
      id: `t${units}`,
      name: `danvan validate, ${units} files`,
      display: `danvan validate submissions (${units} files)`,
      args: [danvan, 'validate', 'submissions', ...validateOutput],
      cwd: small.dir,
      files: small.manifest.fileCount,
      okStatus: [0, 1],
    };
  });
  const measured = measure(specs, runs);
  for (const r of measured)
    if (r.median !== undefined) r.ratio = { text: `${(r.median / r.files).toFixed(2)} ms per file` };
  rows.push(...measured);
}

// Ratios, each against its baseline.
const byId = new Map(rows.map((r) => [r.id, r]));
const ok = (r) => r && !r.failed && !r.notAvailable && r.median !== undefined;
function ratio(row, value, text, target, met) {
  row.ratio = { value, text, target, met };
}
const a1 = byId.get('a1');
const a2 = byId.get('a2');
const b = byId.get('b');
const c = ok(byId.get('c')) ? byId.get('c') : byId.get('c-md');
const d1 = byId.get('d1');
const e = ok(byId.get('e')) ? byId.get('e') : byId.get('e-xm');
if (ok(a1)) a1.ratio = { text: 'baseline' };
if (ok(a1) && ok(a2)) {
  const v = a2.filesPerSecond / a1.filesPerSecond;
  ratio(a2, v, `${v.toFixed(2)}× ajv-cli`, `≥ ${TARGETS.validateVsAjv}×`, v >= TARGETS.validateVsAjv);
}
if (ok(a2) && ok(b)) {
  const v = a2.median / b.median;
  ratio(b, v, `${v.toFixed(2)}× (cold ÷ re-run)`, `≥ ${TARGETS.rerunSpeedup}×`, v >= TARGETS.rerunSpeedup);
}
if (ok(c)) {
  const rssMet = c.maxRssMiB === undefined ? undefined : c.maxRssMiB < TARGETS.reportRssMiB;
  if (ok(a2)) {
    const v = c.median / a2.median;
    ratio(
      c,
      v,
      `${v.toFixed(2)}× cold validation`,
      `≤ ${TARGETS.reportVsValidate}×, RSS < 1 GiB`,
      v <= TARGETS.reportVsValidate && rssMet !== false,
    );
  } else {
    ratio(c, undefined, 'cold validation not measured', 'RSS < 1 GiB', rssMet);
  }
}
if (ok(e) && e.maxRssMiB !== undefined) {
  const met = e.maxRssMiB <= TARGETS.reportLargeRssMiB;
  ratio(
    e,
    undefined,
    `${(e.maxRssMiB / 1024).toFixed(2)} GiB peak`,
    `RSS ≤ ${TARGETS.reportLargeRssMiB / 1024} GiB`,
    met,
  );
}
if (ok(d1)) d1.ratio = { text: 'baseline' };
for (const id of ['d2', 'd3']) {
  const r = byId.get(id);
  if (ok(d1) && ok(r)) {
    const v = r.median / d1.median;
    ratio(
      r,
      v,
      `${v.toFixed(2)}× node -e ''`,
      id === 'd3' ? `≤ ${TARGETS.startupVsNode}×` : '—',
      id === 'd3' ? v <= TARGETS.startupVsNode : undefined,
    );
  }
}

// The table.
const time = (ms) =>
  ms === undefined
    ? ''
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : ms >= 10
          ? `${ms.toFixed(0)} ms`
          : `${ms.toFixed(1)} ms`;
const table = [['', 'measurement', 'median', 'min', 'max', 'files/s', 'peak RSS', 'ratio', 'target', 'verdict']];
for (const r of rows) {
  if (r.notAvailable || r.failed) {
    table.push([r.id, r.name, r.notAvailable ?? `FAILED — ${r.failed}`, '', '', '', '', '', '', '']);
    continue;
  }
  table.push([
    r.id,
    r.name,
    time(r.median),
    time(r.min),
    time(r.max),
    r.filesPerSecond === undefined ? '' : Math.round(r.filesPerSecond).toLocaleString('en'),
    r.maxRssMiB === undefined ? '' : `${Math.round(r.maxRssMiB)} MiB`,
    r.ratio?.text ?? '',
    r.ratio?.target ?? '',
    r.ratio?.met === undefined ? '' : r.ratio.met ? 'met' : 'MISSED',
  ]);
}
const isWide = (row) => row[2].startsWith('FAILED') || row[2] === 'not available yet';
const widths = table[0].map((_, i) =>
  Math.max(...table.filter((row) => i < 2 || !isWide(row)).map((row) => row[i].length)),
);
log('');
for (const [i, row] of table.entries()) {
  log(
    isWide(row)
      ? `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}`
      : row
          .map((cell, j) => (j >= 2 && j <= 6 ? cell.padStart(widths[j]) : cell.padEnd(widths[j])))
          .join('  ')
          .trimEnd(),
  );
  if (i === 0)
    log(
      widths
        .map((w) => '-'.repeat(w))
        .join('  ')
        .trimEnd(),
    );
}
log(
  `\nruns: ${runs} (start-up: ${startupRuns}), interleaved; load average now ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (const r of rows.filter((x) => x.filesSeen !== undefined && x.filesSeen !== x.files)) {
  log(`  warning: ${r.name} reported ${r.filesSeen} files of ${r.files}`);
}
if (set && rows.some((r) => r.invalidSeen !== undefined)) {
  const ruleMistakes = set.manifest.files.filter((f) => f.mistake?.kind === 'rule').length;
  const verdicts = rows
    .filter((r) => r.invalidSeen !== undefined && r.id !== 'b')
    .map((r) => `${r.id} ${r.invalidSeen.toLocaleString('en')}`)
    .join(', ');
  log(
    `verdicts: files found invalid — ${verdicts}; the set has ${set.manifest.mistakeCount.toLocaleString('en')} files with a mistake, ` +
      `${ruleMistakes.toLocaleString('en')} of them a plan-rule mistake no JSON Schema can see`,
  );
}
for (const r of rows.filter((x) => x.verdictMismatches !== undefined)) {
  const n = r.verdictMismatches.length;
  log(
    n === 0
      ? `  ${r.id}: danvan's verdict (invalid, warned, clean) matches the generator's for every file`
      : `  ${r.id}: danvan's verdict differs from the generator's for ${n} file(s), e.g. ${r.verdictMismatches.slice(0, 3).join(', ')}`,
  );
}

const resultsDir = join(benchRoot, 'results');
mkdirSync(resultsDir, { recursive: true });
const result = {
  date: new Date().toISOString(),
  machine,
  loadavgAfter: loadavg(),
  build: { commit: build.commit, uncommittedSrcFiles: build.dirty },
  options: {
    size: opts.size,
    runs,
    startupRuns,
    largeRuns,
    only: [...only],
    seed: Number(opts.seed),
    mistakeShare: Number(opts.mistakes),
  },
  set: set && { dir: set.dir, ...Object.fromEntries(Object.entries(set.manifest).filter(([k]) => k !== 'files')) },
  targets: TARGETS,
  rows: rows.map(({ rss, ...r }) => r),
};
const json = `${JSON.stringify(result, null, 2)}\n`;
const stamped = join(resultsDir, `${result.date.replace(/[:.]/g, '-')}-${opts.size}.json`);
writeFileSync(stamped, json);
writeFileSync(join(resultsDir, 'latest.json'), json);
log(`results: ${stamped}`);
rmSync(scratch, { recursive: true, force: true });
process.exitCode = rows.some((r) => r.failed) ? 1 : 0;
