/*
 * Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: self time by function and
 * by "where" (the yaml package, ajv, danvan's own files, Node's internals, garbage collection).
 *
 *   node test/bench/cpu-profile.js <file.cpuprofile>... [--top 20]   (several: added up)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Who owns a stack frame, from its script URL. */
export function placeOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : 'native';
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/(dist|test\/bench)\/(.+)$/.exec(url);
  if (own) return own[1] === 'dist' ? 'danvan' : 'bench';
  return 'other';
}

/** Self time (ms) per function and per place, largest first. */
export function summarizeProfile(profile) {
  return summarizeProfiles([profile]);
}

/** The same over several profiles (one per thread), added up. */
export function summarizeProfiles(profiles) {
  const self = [];
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const own = new Map();
    profile.samples.forEach((id, i) => own.set(id, (own.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    for (const [id, ms] of own) self.push([nodes.get(id).callFrame, ms]);
  }
  const byFunction = new Map();
  const byPlace = new Map();
  let total = 0;
  for (const [f, ms] of self) {
    const place = placeOf(f.url, f.functionName);
    // "yaml/dist/parse/parser.js" for a package, "dist/core/…" for danvan's own built files.
    const path = f.url.replace(/^file:\/\//, '');
    const file = path.includes('/node_modules/')
      ? path.replace(/^.*?\/node_modules\//, '')
      : path.replace(/^.*\/(dist|test\/bench)\//, '$1/');
    const key = `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, { ms: (byFunction.get(key)?.ms ?? 0) + ms, place });
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    total += ms;
  }
  const sorted = (map, get) => [...map.entries()].sort((a, b) => get(b[1]) - get(a[1]));
  return {
    totalMs: total,
    places: sorted(byPlace, (v) => v).map(([place, ms]) => ({ place, ms, share: ms / total })),
    functions: sorted(byFunction, (v) => v.ms).map(([name, v]) => ({
      name,
      place: v.place,
      ms: v.ms,
      share: v.ms / total,
    })),
  };
}

export function formatSummary(summary, top = 20) {
  const pct = (x) => `${(x * 100).toFixed(1).padStart(5)}%`;
  const lines = [`self time ${Math.round(summary.totalMs)} ms, by where it is spent:`];
  for (const p of summary.places.filter((x) => x.share >= 0.005))
    lines.push(`  ${pct(p.share)}  ${Math.round(p.ms).toString().padStart(6)} ms  ${p.place}`);
  lines.push(`top ${top} functions by self time:`);
  for (const f of summary.functions.slice(0, top))
    lines.push(`  ${pct(f.share)}  ${Math.round(f.ms).toString().padStart(6)} ms  ${f.name}  [${f.place}]`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '20' } },
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: node test/bench/cpu-profile.js <file.cpuprofile>... [--top 20]\n');
    process.exit(2);
  }
  const profiles = positionals.map((file) => JSON.parse(readFileSync(file, 'utf8')));
  process.stdout.write(`${formatSummary(summarizeProfiles(profiles), Number(values.top))}\n`);
}
