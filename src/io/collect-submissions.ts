import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileResult } from '../core/file-result.js';
import type { PlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import { loadSubmissionValidator } from '../core/validate/checker.js';
import { checkAcrossFiles, findTwins } from '../core/validate/cross-file.js';
import { checkSubmissionExact, type CheckedFile } from '../core/validate/validate-file.js';
import { linesForFrames, type SourceLines } from '../render/diagnostics/code-frame.js';
import type { FileJob, JobOutcome, JobSetup } from './check-file-job.js';
import type { ValidationCache } from './validation-cache.js';
import { runJobs, threadsFor, WorkerPool } from './validate-workers.js';
import { unreadable, walkYamlFiles } from './walk.js';

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
  /** Results of files unchanged since the last run (validate --cache). Needs keepData: false. */
  cache?: ValidationCache;
  /**
   * Applied to each file's own result as it arrives, before the checks across files: the report
   * cuts a submission down to what it reads here, so that no thread's results pile up whole.
   */
  shrink?: (result: FileResult) => FileResult;
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

/** As collectSubmissions, also keeping the text of files with findings (for the stylish code frame). */
export async function collectSubmissionsWithSources(options: CollectOptions): Promise<CollectedSubmissions> {
  const runStarted = Date.now();
  const files = await walkYamlFiles(options.paths, options.cwd, options.exclude);
  const { cache, today } = options;
  if (cache && options.keepData !== false) throw new Error('collectSubmissions: a cache keeps no submission data; pass keepData: false');
  const sources = new Map<string, SourceLines>();
  const checked: CheckedFile[] = [];
  const absOf = new Map<string, string>();
  const { shrink } = options;
  const keep = (c: CheckedFile, lines: readonly [number, string][] | undefined) => {
    checked.push(shrink ? { ...c, result: shrink(c.result) } : c);
    if (lines && lines.length > 0) sources.set(c.result.file, new Map(lines));
  };

  const jobs: FileJob[] = [];
  let checkedCount = 0;
  for (const abs of files) {
    const file = shownPath(abs, options.cwd);
    absOf.set(file, abs);
    if (!cache) {
      jobs.push({ abs, file });
      continue;
    }
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      throw unreadable(file, error as NodeJS.ErrnoException);
    }
    const found = cache.lookup(file, stat, today);
    if ('hit' in found) keep(found.hit.checked, found.hit.lines);
    else jobs.push({ abs, file, ...(found.expectHash !== undefined ? { expectHash: found.expectHash } : {}) });
  }

  let setup: JobSetup | undefined;
  const getSetup = async (): Promise<JobSetup> => {
    if (setup) return setup;
    const plan = typeof options.plan === 'function' ? await options.plan() : options.plan;
    // The build's precompiled validator of the plan's submission schema, when there is one: only
    // commands that check submissions need it, and compiling the schema instead costs ~300 ms.
    await loadSubmissionValidator(plan);
    setup ??= {
      plan,
      registry: typeof options.registry === 'function' ? await options.registry() : options.registry,
      today,
      keepData: options.keepData ?? true,
      hash: cache !== undefined,
    };
    return setup;
  };

  if (jobs.length > 0) {
    // Workers start now and load their modules while this thread reads the plan and the registry.
    const threads = threadsFor(jobs.length, options.threads);
    const pool = threads.workers > 0 ? new WorkerPool(threads.workers) : undefined;
    try {
      const s = await getSetup();
      await runJobs(jobs, s, pool, (job: FileJob, outcome: JobOutcome) => {
        if (outcome.kind === 'unreadable') {
          throw unreadable(job.file, Object.assign(new Error(outcome.message), outcome.code ? { code: outcome.code } : {}));
        }
        const stat = { size: outcome.size, mtimeMs: outcome.mtimeMs };
        if (outcome.kind === 'unchanged') {
          const reused = cache!.reuse(job.file, stat, runStarted);
          keep(reused.checked, reused.lines);
          return;
        }
        checkedCount++;
        keep(outcome.checked, outcome.lines);
        cache?.record(job.file, stat, outcome.hash ?? '', today, runStarted, { checked: outcome.checked, lines: outcome.lines });
      }, { mainChecks: threads.mainChecks && !options.workersOnly });
    } finally {
      await pool?.stop();
    }
  }

  // A plan or registry that does not load is an error even when no file needed it — unless every
  // file's result came from the cache, which holds only for texts that loaded before.
  if (!setup && !(cache && checked.length > 0)) await getSetup();

  // A file the fast path settled does not know where its unit id is written; only a file with a
  // twin needs it, for the duplicate's line and column: the exact path finds it.
  for (const twins of findTwins(checked)) {
    for (const f of twins) {
      if (!f.unitAtPending) continue;
      const s = await getSetup();
      const bytes = await readFile(absOf.get(f.result.file)!).catch((e: NodeJS.ErrnoException) => { throw unreadable(f.result.file, e); });
      const exact = checkSubmissionExact({ bytes, file: f.result.file, plan: s.plan, registry: s.registry, today });
      if (exact.unitAt) {
        f.unitAt = exact.unitAt;
        cache?.placeUnit(f.result.file, exact.unitAt);
      }
      delete f.unitAtPending;
    }
  }
  const results = checkAcrossFiles(checked);

  // A file flagged only across files (a duplicate) was valid alone: read its text again for the frame.
  for (const r of results) {
    const abs = absOf.get(r.file);
    if (abs && r.diagnostics.length > 0 && !r.diagnostics.some((d) => d.code === 'file-too-large')) {
      const before = sources.get(r.file);
      if (!before || r.diagnostics.some((d) => !before.has(d.line))) {
        sources.set(r.file, linesForFrames(new TextDecoder().decode(await readFile(abs).catch(() => new Uint8Array())), r.diagnostics));
      }
    }
  }

  if (cache) {
    // Files stored from an earlier run that were looked for now and are gone.
    const roots = options.paths.map((p) => resolve(options.cwd, p));
    cache.forget((file) => !absOf.has(file) && roots.some((root) => isInside(resolve(options.cwd, file), root)));
  }
  return { results, sources, checkedCount };
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Relative to the working folder when inside it (what the user typed), else absolute; always with "/". */
export function shownPath(abs: string, cwd: string): string {
  // The usual case, a file under the working folder, without path.relative's normalising.
  if (sep === '/' && abs.startsWith(cwd) && abs[cwd.length] === '/' && !abs.includes('/.', cwd.length) && !abs.includes('//', cwd.length)) return abs.slice(cwd.length + 1);
  const rel = relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return sep === '\\' ? shown.split(sep).join('/') : shown;
}
