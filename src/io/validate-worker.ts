/*
 * A worker thread of validation (see validate-workers.ts): builds the plan and its checker once from
 * the plan's data, says it is ready, then checks the batches of files it is sent and posts back what
 * became of each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildPlanModel } from '../core/plan.js';
import type { Registry } from '../core/units.js';
import { loadSubmissionValidator, submissionChecker } from '../core/validate/checker.js';
import { runFileJob, type FileJob, type JobSetup } from './check-file-job.js';
import type { WorkerData, WorkerReady } from './validate-workers.js';

const data = workerData as WorkerData;
const registry: Registry | undefined = data.units && { units: data.units, byId: new Map(data.units.map((u) => [u.id, u])) };
const setup: JobSetup = { plan: buildPlanModel(data.plan), registry, today: data.today, keepData: data.keepData, hash: data.hash };

parentPort!.on('message', (batch: FileJob[]) => {
  parentPort!.postMessage(batch.map((job) => runFileJob(job, setup)));
});
// Files are sent only once the checker is built (from the build's precompiled validator when there
// is one), so none wait here while the main thread is free.
await loadSubmissionValidator(setup.plan);
submissionChecker(setup.plan);
parentPort!.postMessage({ ready: true } satisfies WorkerReady);
