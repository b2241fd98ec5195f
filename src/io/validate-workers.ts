import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plan } from '../core/plan-schema.js';
import type { Unit } from '../core/units.js';
import { runFileJob, type FileJob, type JobOutcome, type JobSetup } from './check-file-job.js';

/**
 * Below this many files a worker thread costs more to start (each loads the validator and builds
 * the plan's checker) than it saves; measured on the benchmark sets (BENCHMARKS.md).
 */
export const WORKER_THRESHOLD = 200;
/** Files per message: large enough that messages cost little, small enough to keep both threads busy to the end. */
const BATCH = 64;

/** What a worker needs to check files: data only (plan and registry rebuilt there), never functions. */
export interface WorkerData {
  plan: Plan;
  units?: readonly Unit[];
  today: string;
  keepData: boolean;
  hash: boolean;
}

const workerScript = new URL('./validate-worker.js', import.meta.url);

/** How many threads to use for `count` files: one per core above the threshold, else none. */
export function threadsFor(count: number, wanted: number | 'auto' = 'auto'): number {
  if (wanted !== 'auto') return Math.max(0, Math.min(wanted, count));
  if (count < WORKER_THRESHOLD) return 0;
  // Running from the TypeScript sources (the tests) there is no compiled worker script: check here.
  if (!existsSync(fileURLToPath(workerScript))) return 0;
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, Math.ceil(count / BATCH)) : 0;
}

/**
 * Runs the jobs, on `threads` worker threads or (0) in this thread, and hands each outcome to
 * `onOutcome` as it arrives — in no particular order; the caller sorts. Outcomes are not kept here,
 * and a worker holds one batch's bytes at a time: memory stays flat however many files there are.
 */
export async function runJobs(jobs: readonly FileJob[], setup: JobSetup, threads: number, onOutcome: (job: FileJob, outcome: JobOutcome) => void): Promise<void> {
  if (threads === 0) {
    for (const job of jobs) onOutcome(job, runFileJob(job, setup));
    return;
  }
  const data: WorkerData = {
    plan: setup.plan.data,
    ...(setup.registry ? { units: setup.registry.units } : {}),
    today: setup.today,
    keepData: setup.keepData,
    hash: setup.hash,
  };
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const give = (worker: Worker, inFlight: FileJob[][]) => {
        if (next >= jobs.length) return;
        const batch = jobs.slice(next, next + BATCH);
        next += batch.length;
        inFlight.push(batch);
        worker.postMessage(batch);
      };
      for (let t = 0; t < threads; t++) {
        const worker = new Worker(workerScript, { workerData: data });
        workers.push(worker);
        running++;
        const inFlight: FileJob[][] = [];
        worker.on('message', (outcomes: JobOutcome[]) => {
          const batch = inFlight.shift()!;
          give(worker, inFlight);
          try {
            outcomes.forEach((o, i) => onOutcome(batch[i]!, o));
          } catch (error) {
            reject(error);
            return;
          }
          if (inFlight.length === 0 && --running === 0) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (inFlight.length > 0) reject(new Error(`validation worker stopped (exit ${code})`));
        });
        // Two batches each, so a worker never waits for its next one.
        give(worker, inFlight);
        give(worker, inFlight);
        if (inFlight.length === 0) running--;
      }
      if (running === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
