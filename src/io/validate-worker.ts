/*
 * A worker thread of validation (see validate-workers.ts): started before the plan is read, it loads
 * its modules, then builds the plan and its checker from the setup it is sent, says it is ready, and
 * checks the batches of files it is sent, posting back what became of each.
 */
import { parentPort } from 'node:worker_threads';
import { buildPlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import { loadSubmissionValidator, submissionChecker } from '../core/validate/checker.js';
import { runFileJob, type JobSetup } from './check-file-job.js';
import type { ToWorker, WorkerReady } from './validate-workers.js';

let setup: JobSetup | undefined;

parentPort!.on('message', (message: ToWorker) => {
  if ('setup' in message) {
    void prepare(message.setup);
    return;
  }
  parentPort!.postMessage(message.batch.map((job) => runFileJob(job, setup!)));
});

async function prepare(data: Extract<ToWorker, { setup: unknown }>['setup']): Promise<void> {
  const registry: Registry | undefined = data.units && {
    units: data.units,
    byId: new Map(data.units.map((u) => [u.id, u])),
  };
  const ready: JobSetup = {
    plan: buildPlanModel(data.plan),
    registry,
    today: data.today,
    keepData: data.keepData,
    hash: data.hash,
  };
  // Files are sent only once the checker is built (from the build's precompiled validator when
  // there is one), so none wait here while the main thread is free.
  await loadSubmissionValidator(ready.plan);
  submissionChecker(ready.plan);
  setup = ready;
  parentPort!.postMessage({ ready: true } satisfies WorkerReady);
}
