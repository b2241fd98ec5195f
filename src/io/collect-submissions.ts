import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DiagnosticCode, UnreadableReason } from '../core/diagnostics.js';
import type { FileResult } from '../core/file-result.js';
import type { PlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import { loadSubmissionValidator } from '../core/validate/checker.js';
import { MAX_FILE_BYTES } from '../core/validate/bytes.js';
import { checkAcrossFiles, findTwins } from '../core/validate/cross-file.js';
import { entryProblem } from '../core/validate/entry-problem.js';
import { checkSubmissionExact, type CheckedFile } from '../core/validate/validate-file.js';
import { linesForFrames, type SourceLines } from '../render/diagnostics/code-frame.js';
import { readRegularFile, type FileJob, type JobOutcome, type JobSetup } from './check-file-job.js';
import { noCache, type ResultCache } from './result-cache.js';
import { runJobs, threadsFor, WorkerPool } from './validate-workers.js';
import { walkYamlFiles, type WalkEntry, type WalkProblem } from './walk.js';

export interface CollectOptions {
  paths: string[];
  /** The plan, or how to load it: with a cache that holds every file, it is never needed. */
  plan: PlanModel | (() => Promise<PlanModel>);
  registry?: Registry | (() => Promise<Registry | undefined>);
  /** YYYY-MM-DD (see io/today.ts). */
  today: string;
  cwd: string;
  /** Files never taken as submissions even when under a given folder (unit registry, config, plan). */
  exclude?: readonly string[];
  /** Keep each valid file's submission (status and report read it). Default true; validate needs only the findings. */
  keepData?: boolean;
  /** Worker threads: 'auto' (default) decides by the number of files and the cores (threadsFor); 0 none. */
  threads?: number | 'auto';
  /** Tests: this thread only hands out the files, so that the workers check them all. */
  workersOnly?: boolean;
  /**
   * This thread adds up each result as it arrives (the report): with 'auto', large runs are checked
   * on a worker per core while this thread only hands out files and adds (see threadsFor).
   */
  mainAdds?: boolean;
  /** Results of files unchanged since the last run (validate --cache). Needs keepData: false. */
  cache?: ResultCache;
  /**
   * Applied to each file's own result as it arrives, before the checks across files: the report
   * cuts a submission down to what it reads here, so that no thread's results pile up whole.
   */
  shrink?: (result: FileResult) => FileResult;
  /**
   * Keep the lines the code frames of findings show (default true). The report prints no frames:
   * without them it keeps no line of any file, and reads no file twice.
   */
  frames?: boolean;
}

export interface CollectedSubmissions {
  results: FileResult[];
  /** For each file with findings, the lines its code frames show, by shown path. Valid files keep nothing. */
  sources: Map<string, SourceLines>;
  /** How many files were checked in this run; the others' results came from the cache. */
  checkedCount: number;
}

/**
 * Reads and validates every .yaml/.yml file under the paths (files or folders, recursively), runs the
 * cross-file checks, and returns one FileResult per file, sorted by file path. Unreadable paths throw
 * CliError (exit 2).
 */
export async function collectSubmissions(options: CollectOptions): Promise<FileResult[]> {
  return (await collectSubmissionsWithSources(options)).results;
}

/**
 * As collectSubmissions, also keeping the text of files with findings (for the stylish code frame).
 * The run in stages: walk → cache look-up → check (here or on worker threads) → cache store →
 * checks across files → code frames. With the cache off, `noCache` looks up and stores nothing.
 */
export async function collectSubmissionsWithSources(options: CollectOptions): Promise<CollectedSubmissions> {
  const runStarted = Date.now();
  const { today, cwd } = options;
  const cache = options.cache ?? noCache;
  if (options.cache && options.keepData !== false)
    throw new Error('collectSubmissions: a cache keeps no submission data; pass keepData: false');
  const run: Run = {
    checked: [],
    sources: new Map(),
    absOf: new Map(),
    checkedCount: 0,
    shrink: options.shrink,
    frames: options.frames ?? true,
  };

  const entries = await walkYamlFiles(options.paths, cwd, options.exclude);
  const jobs = lookUp(entries, cache, run, cwd, today);
  const setup = setupOnce(options, cache);
  await check(jobs, setup, options, (job, outcome) => store(run, cache, job, outcome, today, runStarted));
  // A plan or registry that does not load is an error even when no file needed it — unless every
  // file's result came from the cache, which holds only for texts that loaded before.
  if (!(options.cache && run.checked.length > 0)) await setup();
  const results = await checkAcross(run, cache, setup, today);
  if (run.frames) await addFrames(run, results);

  if (options.cache) {
    // Files stored from an earlier run that were looked for now and are gone.
    const roots = options.paths.map((p) => resolve(cwd, p));
    cache.forget((file) => !run.absOf.has(file) && roots.some((root) => isInside(resolve(cwd, file), root)));
  }
  return { results, sources: run.sources, checkedCount: run.checkedCount };
}

/** What the stages of one run share. */
interface Run {
  checked: CheckedFile[];
  sources: Map<string, SourceLines>;
  absOf: Map<string, string>;
  checkedCount: number;
  shrink: ((result: FileResult) => FileResult) | undefined;
  frames: boolean;
}

function keep(run: Run, c: CheckedFile, lines?: readonly [number, string][]): void {
  run.checked.push(run.shrink ? { ...c, result: run.shrink(c.result) } : c);
  if (run.frames && lines && lines.length > 0) run.sources.set(c.result.file, new Map(lines));
}

/** Stage 2: entries the walk could not take become their results; stored results are taken; the rest are jobs. */
function lookUp(entries: readonly WalkEntry[], cache: ResultCache, run: Run, cwd: string, today: string): FileJob[] {
  const jobs: FileJob[] = [];
  for (const { abs, problem } of entries) {
    const file = shownPath(abs, cwd);
    run.absOf.set(file, abs);
    if (problem) {
      keep(run, entryResult(file, problem));
      continue;
    }
    const found = cache.lookupFile(file, abs, today);
    if ('hit' in found) keep(run, found.hit.checked, found.hit.lines);
    else jobs.push({ abs, file, ...(found.expectHash !== undefined ? { expectHash: found.expectHash } : {}) });
  }
  return jobs;
}

function entryResult(file: string, problem: WalkProblem): CheckedFile {
  switch (problem.code) {
    case 'link-outside':
      return entryProblem(file, 'link-outside', { target: problem.target });
    case 'file-name-space':
      return entryProblem(file, 'file-name-space', { name: problem.name });
    case 'link-loop':
      return entryProblem(file, 'file-unreadable', { reason: 'link-loop', detail: 'ELOOP' });
    case 'link-broken':
      return entryProblem(file, 'file-unreadable', { reason: 'link-broken', detail: 'ENOENT' });
  }
}

/** The plan and registry, loaded once and only when some file needs them. */
function setupOnce(options: CollectOptions, cache: ResultCache): () => Promise<JobSetup> {
  let setup: Promise<JobSetup> | undefined;
  return () =>
    (setup ??= (async () => {
      const plan = typeof options.plan === 'function' ? await options.plan() : options.plan;
      // The build's precompiled validator of the plan's submission schema, when there is one: only
      // commands that check submissions need it, and compiling the schema instead costs ~300 ms.
      await loadSubmissionValidator(plan);
      return {
        plan,
        registry: typeof options.registry === 'function' ? await options.registry() : options.registry,
        today: options.today,
        keepData: options.keepData ?? true,
        hash: cache.hashes,
      };
    })());
}

/** Stage 3: checks the jobs in this thread or on worker threads, as --jobs and the number of files say. */
async function check(
  jobs: readonly FileJob[],
  setup: () => Promise<JobSetup>,
  options: CollectOptions,
  onOutcome: (job: FileJob, outcome: JobOutcome) => void,
): Promise<void> {
  if (jobs.length === 0) return;
  // Workers start now and load their modules while this thread reads the plan and the registry.
  const threads = threadsFor(jobs.length, options.threads, { mainAdds: options.mainAdds ?? false });
  const pool = threads.workers > 0 ? new WorkerPool(threads.workers) : undefined;
  try {
    await runJobs(jobs, await setup(), pool, onOutcome, { mainChecks: threads.mainChecks && !options.workersOnly });
  } finally {
    await pool?.stop();
  }
}

/** Stage 4: keeps each outcome, and stores what was checked. */
function store(
  run: Run,
  cache: ResultCache,
  job: FileJob,
  outcome: JobOutcome,
  today: string,
  runStarted: number,
): void {
  if (outcome.kind === 'unreadable') {
    keep(
      run,
      entryProblem(job.file, 'file-unreadable', {
        reason: unreadableReason(outcome.code),
        detail: outcome.code ?? outcome.message,
      }),
    );
    return;
  }
  const stat = { size: outcome.size, mtimeMs: outcome.mtimeMs };
  if (outcome.kind === 'unchanged') {
    const reused = cache.reuse(job.file, stat, runStarted);
    keep(run, reused.checked, reused.lines);
    return;
  }
  run.checkedCount++;
  keep(run, outcome.checked, outcome.lines);
  cache.record(job.file, stat, outcome.hash ?? '', today, runStarted, {
    checked: outcome.checked,
    lines: outcome.lines,
  });
}

function unreadableReason(code: string | undefined): UnreadableReason {
  switch (code) {
    case 'ELOOP':
      return 'link-loop';
    case 'ENOTREG':
    case 'EISDIR':
    case 'ENXIO':
      return 'not-regular';
    case 'EACCES':
    case 'EPERM':
      return 'denied';
    case 'ENOENT':
      return 'gone';
    default:
      return 'other';
  }
}

/** Stage 5: the checks across files, once every file that will speak of a twin knows where its unit id is. */
async function checkAcross(
  run: Run,
  cache: ResultCache,
  setup: () => Promise<JobSetup>,
  today: string,
): Promise<FileResult[]> {
  // A file the fast path settled does not know where its unit id is written; only a file with a
  // twin needs it, for the finding's line and column: the exact path finds it.
  for (const twins of findTwins(run.checked)) {
    for (const f of twins) {
      if (!f.unitAtPending) continue;
      const s = await setup();
      const bytes = readBytes(run.absOf.get(f.result.file)!);
      const exact =
        bytes && checkSubmissionExact({ bytes, file: f.result.file, plan: s.plan, registry: s.registry, today });
      if (exact?.unitAt) {
        f.unitAt = exact.unitAt;
        cache.placeUnit(f.result.file, exact.unitAt);
      }
      delete f.unitAtPending;
    }
  }
  return checkAcrossFiles(run.checked);
}

/** Files that were not read, or not whole: never read for a frame (a link out of the folder stays unread). */
const NOT_READ_AGAIN = new Set<DiagnosticCode>([
  'file-too-large',
  'file-unreadable',
  'link-outside',
  'file-name-space',
]);

/** Stage 6: a file flagged only across files was valid alone and kept no lines: read it again for the frame. */
async function addFrames(run: Run, results: readonly FileResult[]): Promise<void> {
  for (const r of results) {
    const abs = run.absOf.get(r.file);
    if (abs && r.diagnostics.length > 0 && !r.diagnostics.some((d) => NOT_READ_AGAIN.has(d.code))) {
      const before = run.sources.get(r.file);
      if (!before || r.diagnostics.some((d) => !before.has(d.line))) {
        run.sources.set(
          r.file,
          linesForFrames(new TextDecoder().decode(readBytes(abs) ?? new Uint8Array()), r.diagnostics),
        );
      }
    }
  }
}

/** A file read again after its check: a copy of its bytes, or nothing if it has changed into something unreadable since. */
function readBytes(abs: string): Uint8Array | undefined {
  try {
    const bytes = readRegularFile(abs, MAX_FILE_BYTES).bytes;
    return bytes && Uint8Array.from(bytes);
  } catch {
    return undefined;
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Relative to the working folder when inside it (what the user typed), else absolute; always with "/". */
export function shownPath(abs: string, cwd: string): string {
  // The usual case, a file under the working folder, without path.relative's normalising.
  if (
    sep === '/' &&
    abs.startsWith(cwd) &&
    abs[cwd.length] === '/' &&
    !abs.includes('/.', cwd.length) &&
    !abs.includes('//', cwd.length)
  )
    return abs.slice(cwd.length + 1);
  const rel = relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return sep === '\\' ? shown.split(sep).join('/') : shown;
}
