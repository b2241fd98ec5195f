import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Plan } from '../core/plan-schema.js';
import type { Unit } from '../core/units.js';
import { runFileJob, type FileJob, type JobOutcome, type JobSetup } from './check-file-job.js';
import { startWorkers } from './worker-launcher.js';

/**
 * Below this many files a worker thread cannot help: starting one (loading the validator, building
 * the plan's checker) takes as long as this thread needs to check them all. Measured on the
 * benchmark sets (BENCHMARKS.md).
 */
export const WORKER_THRESHOLD = 1000;
/** Files per message to a worker: large enough that messages cost little, small enough to end together. */
const BATCH = 64;
/** Files this thread checks between looks at its workers' messages. */
const OWN_BATCH = 16;

/** What a worker needs to check files: data only (plan and registry rebuilt there), never functions. */
export interface WorkerSetup {
  plan: Plan;
  units?: readonly Unit[];
  today: string;
  keepData: boolean;
  hash: boolean;
}

/** Messages to a worker: first its setup, then batches of files. */
export type ToWorker = { setup: WorkerSetup } | { batch: FileJob[] };

/** A worker's first message: it has built its checker and can take files. */
export interface WorkerReady {
  ready: true;
}

/** How the files of a run are shared: worker threads, and whether this thread checks files too. */
export interface ThreadPlan {
  workers: number;
  /** This thread checks files alongside the workers (when a core is free for it). */
  mainChecks: boolean;
}

/**
 * How to check `count` files. Below the threshold, in this thread. Above it, on one worker thread
 * per further core, this thread checking files too; on a single core, one worker while this thread
 * only hands out files. The machine's load is not consulted: the load average counts the previous
 * run of danvan itself, and two checking threads were faster than one even on a machine loaded by
 * other work (BENCHMARKS.md), so the same files are always shared the same way.
 */
export function threadsFor(
  count: number,
  wanted: number | 'auto' = 'auto',
  options: { mainAdds?: boolean } = {},
): ThreadPlan {
  if (wanted !== 'auto') return { workers: Math.max(0, Math.min(wanted, Math.ceil(count / BATCH))), mainChecks: true };
  if (count < WORKER_THRESHOLD) return { workers: 0, mainChecks: true };
  const cores = availableParallelism();
  if (cores < 2) return { workers: 1, mainChecks: false };
  // A run whose main thread keeps adding up what the workers send (the report) leaves the checking to
  // a worker per core: checking makes far more short-lived garbage than adding, and a worker's heap,
  // holding nothing for long, is collected early, where the main thread's, holding the report's
  // totals, grows a long way before it is.
  if (options.mainAdds) return { workers: Math.min(cores, Math.ceil(count / BATCH)), mainChecks: false };
  return { workers: Math.min(cores - 1, Math.ceil(count / BATCH)), mainChecks: true };
}

/**
 * Worker threads started before the plan and the registry are read, so that loading their modules
 * overlaps with that reading; they wait for their setup. Stop them with `stop()` whatever happens.
 */
export class WorkerPool {
  readonly workers: Worker[];

  constructor(count: number) {
    this.workers = startWorkers('io/validate-worker.js', count);
    // Until runJobs listens, an error (a worker that cannot start) must not go unhandled.
    for (const w of this.workers) w.on('error', () => {});
  }

  stop(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Runs the jobs in this thread and on the pool's workers, and hands each outcome to `onOutcome` as
 * it arrives — in no particular order; the caller sorts. This thread starts at once and takes files
 * from the same queue as the workers, which join as soon as they are ready: a worker slow to start
 * costs nothing but its start. Outcomes are not kept here, and a worker holds one batch's bytes at
 * a time: memory stays flat however many files there are.
 */
export async function runJobs(
  jobs: readonly FileJob[],
  setup: JobSetup,
  pool: WorkerPool | undefined,
  onOutcome: (job: FileJob, outcome: JobOutcome) => void,
  options: { mainChecks?: boolean } = {},
): Promise<void> {
  const workers = pool?.workers ?? [];
  let next = 0;
  const take = (size: number): FileJob[] => {
    const batch = jobs.slice(next, next + size);
    next += batch.length;
    return batch;
  };
  let failure: unknown;
  let inFlight = 0;
  let settle: (() => void) | undefined;
  const fail = (error: unknown) => {
    failure ??= error;
    settle?.();
  };
  const workerSetup: WorkerSetup = {
    plan: setup.plan.data,
    ...(setup.registry ? { units: setup.registry.units } : {}),
    today: setup.today,
    keepData: setup.keepData,
    hash: setup.hash,
  };
  for (const worker of workers) {
    const batches: FileJob[][] = [];
    const give = () => {
      const batch = take(BATCH);
      if (batch.length === 0) return;
      batches.push(batch);
      inFlight++;
      worker.postMessage({ batch } satisfies ToWorker);
    };
    worker.on('message', (message: JobOutcome[] | WorkerReady) => {
      if (!Array.isArray(message)) {
        // Two batches each, so a worker never waits for its next one.
        give();
        give();
        return;
      }
      const batch = batches.shift()!;
      inFlight--;
      give();
      try {
        message.forEach((o, i) => onOutcome(batch[i]!, o));
      } catch (error) {
        fail(error);
      }
      if (inFlight === 0 && next >= jobs.length) settle?.();
    });
    // A worker that fails before it took files only leaves them to this thread; one holding files fails the run.
    worker.on('error', (error) => {
      if (batches.length > 0) fail(error);
    });
    worker.on('exit', (code) => {
      if (batches.length > 0) fail(new Error(`validation worker stopped (exit ${code})`));
    });
    worker.postMessage({ setup: workerSetup } satisfies ToWorker);
  }
  const threads = workers.length;
  const own = threads > 0 && options.mainChecks === false ? 0 : OWN_BATCH;
  for (let batch = take(own); batch.length > 0 && failure === undefined; batch = take(own)) {
    for (const job of batch) onOutcome(job, runFileJob(job, setup));
    // Let the workers' messages in: their results, and their asking for more.
    if (threads > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if ((inFlight > 0 || next < jobs.length) && failure === undefined)
    await new Promise<void>((resolve) => {
      settle = resolve;
    });
  if (failure !== undefined) throw failure;
}
