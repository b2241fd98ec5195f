/*
 * Benchmark data: a folder with danvan.config.yaml, units.yaml and submissions/<YYYY-MM>/<unit>.yaml,
 * generated from the plan file with a seeded generator, written under the system's temporary folder
 * (never into the repository) and kept there, keyed by size, seed, mistake share, generator version
 * and the plan file's hash, so a second benchmark run starts at once.
 *
 *   node test/bench/generate.js --size city [--seed 394] [--mistakes 0.05] [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { createRandom } from './prng.js';
import { MISTAKE_KINDS, buildSubmission, unitProfile } from './submission-text.js';
import * as words from './vocabulary.js';
import { scalar, slug } from './yaml-text.js';

export { MISTAKE_KINDS } from './submission-text.js';

/** Bump when the output of the same options changes, so cached sets are not reused. */
export const GENERATOR_VERSION = 2;

/**
 * `months` counts back from December and stops at the plan's first reporting month: 12 means
 * "the plan's whole year" (March to December for plan 394, issued in March).
 */
export const SIZES = Object.freeze({
  district: { units: 30, months: 12 },
  city: { units: 3000, months: 12 },
  country: { units: 70000, months: 1 },
  // The report's memory at scale: 20,000 units over the plan's year, 200,000 files.
  region: { units: 20000, months: 12 },
});

export const DEFAULT_SEED = 394;
export const DEFAULT_MISTAKE_SHARE = 0.05;
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const defaultPlanFile = join(repoRoot, 'schemas', '394-KH-BDVQU.plan.yaml');
export const benchRoot = join(tmpdir(), 'danvan-bench');

/** The plan as plain data plus the look-ups the generator needs. */
export function readPlan(file = defaultPlanFile) {
  const text = readFileSync(file, 'utf8');
  const data = parse(text);
  const groups = new Map(data.groups.map((g) => [g.id, g]));
  const tasksByKind = new Map(
    data.unit_kinds.map((k) => [
      k.id,
      k.groups.flatMap((gid) => groups.get(gid).tasks.map((task) => ({ task, group: groups.get(gid) }))),
    ]),
  );
  // The kind that reports the most groups is the ward: most units of a city are wards.
  const wardKind = [...data.unit_kinds].sort((a, b) => b.groups.length - a.groups.length)[0].id;
  return { data, tasksByKind, wardKind, hash: createHash('sha256').update(text).digest('hex').slice(0, 12) };
}

/**
 * `count` units in blocks of one district each: the district's bodies (one of each non-ward kind,
 * a few of some) and wards for the rest of 30. Bodies are spread among the wards so that a small
 * set still has every kind. The first district keeps plain ids (phuong-bach-dang), like real data.
 */
export function buildUnits(plan, count) {
  const bodies = plan.data.unit_kinds
    .filter((k) => k.id !== plan.wardKind)
    .flatMap((k) => Array.from({ length: words.bodiesPerDistrict[k.id] ?? 1 }, (_, i) => ({ kind: k, i })));
  const wardLabel = plan.data.unit_kinds.find((k) => k.id === plan.wardKind).label;
  const blockSize = 30;
  const units = [];
  for (let block = 0; units.length < count; block++) {
    const district =
      words.districtNames[block % words.districtNames.length] +
      (block >= words.districtNames.length ? ` ${Math.floor(block / words.districtNames.length) + 1}` : '');
    const suffix = block === 0 ? '' : `-${slug(district)}`;
    const wards = [];
    for (let w = 0; w < Math.max(0, blockSize - bodies.length); w++) {
      const base = words.wardNames[w % words.wardNames.length];
      const ward = w < words.wardNames.length ? base : `${base} ${Math.floor(w / words.wardNames.length) + 1}`;
      wards.push({
        id: `${slug(`${wardLabel} ${ward}`)}${suffix}`,
        name: block === 0 ? `${wardLabel} ${ward}` : `${wardLabel} ${ward} (quận ${district})`,
        kind: plan.wardKind,
      });
    }
    const bodyUnits = bodies.map(({ kind, i }) => {
      const named = words.bodyNames[kind.id]?.[i];
      const name = named ? `${named} quận ${district}` : `${kind.label} ${district}`;
      return { id: `${named ? `${slug(named)}-quan` : kind.id}${suffix}`, name, kind: kind.id };
    });
    const interleaved = [];
    for (let i = 0; i < Math.max(wards.length, bodyUnits.length); i++) {
      if (i < wards.length) interleaved.push(wards[i]);
      if (i < bodyUnits.length) interleaved.push(bodyUnits[i]);
    }
    units.push(...interleaved.slice(0, count - units.length));
  }
  return units;
}

/** The months of a set: the last `n` reporting months of the plan's year, from its first_month on. */
export function monthsOf(plan, n) {
  const first = plan.data.first_month ? Number(String(plan.data.first_month).slice(5, 7)) : 1;
  const count = Math.min(n, 12 - first + 1);
  return Array.from({ length: count }, (_, i) => `${plan.data.year}-${String(12 - count + 1 + i).padStart(2, '0')}`);
}

function resolveSize(options) {
  if (options.units !== undefined) {
    return {
      name: `custom-${options.units}x${options.months ?? 1}`,
      units: options.units,
      months: options.months ?? 1,
    };
  }
  const name = options.size ?? 'city';
  const size = SIZES[name];
  if (!size) throw new Error(`unknown size "${name}" (${Object.keys(SIZES).join(', ')})`);
  return { name, ...size };
}

/**
 * Every file of a set, in memory order (month, then unit), as { path, text, mistake, warnings }.
 * Pure apart from reading nothing: the same plan and options give the same bytes.
 */
export function* generateFiles(plan, options = {}) {
  const size = resolveSize(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const share = options.mistakeShare ?? DEFAULT_MISTAKE_SHARE;
  const kinds = options.mistakeKinds ?? MISTAKE_KINDS;
  const units = buildUnits(plan, size.units);
  const profiles = new Map(units.map((u) => [u.id, unitProfile(plan, u, seed)]));
  for (const month of monthsOf(plan, size.months)) {
    for (const unit of units) {
      const pick = createRandom(`${seed}:mistake:${unit.id}:${month}`);
      const mistake = pick.chance(share) ? pick.pick(kinds) : null;
      const result = buildSubmission(plan, unit, profiles.get(unit.id), month, seed, mistake, kinds);
      yield { path: `${month}/${unit.id}.yaml`, unit: unit.id, month, ...result };
    }
  }
}

export function renderUnitsFile(plan, units) {
  const lines = [
    `# yaml-language-server: $schema=${new URL('units.schema.json', plan.data.schema_id).href}`,
    `# Danh sách ${units.length} đơn vị báo cáo thực hiện Kế hoạch số ${plan.data.number} (dữ liệu đo hiệu năng).`,
    'units:',
    ...units.map((u) => `  - { id: ${u.id}, name: ${scalar(u.name, true)}, kind: ${u.kind} }`),
  ];
  return `${lines.join('\n')}\n`;
}

export function renderConfigFile() {
  return [
    '# Cấu hình cho bộ dữ liệu đo hiệu năng; kế hoạch: bản 394-KH/BDVQU có sẵn trong danvan.',
    'units: units.yaml',
    'submissions: submissions',
    'out: reports',
    'organisation:',
    '  committee: QUẬN ỦY HAI BÀ TRƯNG',
    '  body: BAN DÂN VẬN',
    '  party: ĐẢNG CỘNG SẢN VIỆT NAM',
    '  place: Hai Bà Trưng',
    '  number_suffix: BC/BDVQU',
    '  signer: { title: TRƯỞNG BAN, name: Nguyễn Thị Thu Hà }',
    '  recipients: [Thường trực Quận ủy, Lưu BDVQU.]',
    '',
  ].join('\n');
}

/** Writes a whole set into `dir` (which must not exist) and returns its manifest. */
export function writeSet(dir, plan, options = {}) {
  const size = resolveSize(options);
  const units = buildUnits(plan, size.units);
  mkdirSync(join(dir, 'submissions'), { recursive: true });
  writeFileSync(join(dir, 'danvan.config.yaml'), renderConfigFile());
  writeFileSync(join(dir, 'units.yaml'), renderUnitsFile(plan, units));
  const files = [];
  const made = new Set();
  let lines = 0;
  let bytes = 0;
  for (const file of generateFiles(plan, options)) {
    if (!made.has(file.month)) {
      mkdirSync(join(dir, 'submissions', file.month), { recursive: true });
      made.add(file.month);
    }
    writeFileSync(join(dir, 'submissions', file.path), file.text);
    lines += file.text.split('\n').length - 1;
    bytes += Buffer.byteLength(file.text);
    files.push({ path: file.path, unit: file.unit, month: file.month, mistake: file.mistake, warnings: file.warnings });
  }
  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    plan: plan.hash,
    size: size.name,
    units: size.units,
    months: monthsOf(plan, size.months),
    seed: options.seed ?? DEFAULT_SEED,
    mistakeShare: options.mistakeShare ?? DEFAULT_MISTAKE_SHARE,
    fileCount: files.length,
    mistakeCount: files.filter((f) => f.mistake).length,
    averageLines: Math.round(lines / Math.max(1, files.length)),
    bytes,
    files,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * The set for these options, generated once and then found in the cache. Written into a
 * "<name>.partial-<pid>" folder and renamed when complete, so an interrupted run is never reused.
 */
export function generateSet(options = {}) {
  const plan = readPlan(options.planFile);
  const size = resolveSize(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const share = options.mistakeShare ?? DEFAULT_MISTAKE_SHARE;
  const kinds = options.mistakeKinds ?? MISTAKE_KINDS;
  const kindsKey =
    kinds === MISTAKE_KINDS ? '' : `-k${createHash('sha256').update(kinds.join(',')).digest('hex').slice(0, 6)}`;
  const root = options.root ?? join(benchRoot, 'sets');
  const name = `${size.name}-seed${seed}-m${share}${kindsKey}-g${GENERATOR_VERSION}-p${plan.hash}`;
  const dir = join(root, name);
  const result = (manifest, cached, seconds) => ({
    dir,
    configFile: join(dir, 'danvan.config.yaml'),
    submissionsDir: join(dir, 'submissions'),
    manifest,
    cached,
    seconds,
  });
  if (!options.force && existsSync(join(dir, 'manifest.json'))) {
    return result(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), true, 0);
  }
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(root)) {
    const m = entry.startsWith(`${name}.partial-`) ? /\.partial-(\d+)$/.exec(entry) : null;
    if (m && !processAlive(Number(m[1]))) rmSync(join(root, entry), { recursive: true, force: true });
  }
  const started = process.hrtime.bigint();
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const manifest = writeSet(partial, plan, { ...options, seed, mistakeShare: share, mistakeKinds: kinds });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return result(manifest, false, Number(process.hrtime.bigint() - started) / 1e9);
}

function cli() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'city' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      mistakes: { type: 'string', default: String(DEFAULT_MISTAKE_SHARE) },
      force: { type: 'boolean', default: false },
    },
  });
  const set = generateSet({
    size: values.size,
    seed: Number(values.seed),
    mistakeShare: Number(values.mistakes),
    force: values.force,
  });
  const m = set.manifest;
  process.stdout.write(
    `${set.dir}\n  ${m.fileCount} files (${m.mistakeCount} with a deliberate mistake), ${m.averageLines} lines on average, ${(m.bytes / 1048576).toFixed(1)} MiB — ${set.cached ? 'cached' : `generated in ${set.seconds.toFixed(1)} s`}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) cli();
