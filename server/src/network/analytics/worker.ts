/**
 * The analytics worker thread (docs/analytics.md#off-the-event-loop): one job per thread, then it
 * exits. It runs the same pure functions the tests call, on the projection the API read, so its
 * answers are those of an inline computation.
 */
import { parentPort } from 'node:worker_threads';
import { runJob } from './compute.js';
import { unpackProjection, type AnalyticsJob, type WorkerMessage } from './wire.js';

const run = (job: AnalyticsJob): unknown =>
  runJob({ ...job, projection: unpackProjection(job.projection) } as Parameters<typeof runJob>[0]);

const port = parentPort!;
port.once('message', (job: AnalyticsJob) => {
  const post = (message: WorkerMessage) => port.postMessage(message);
  post({ kind: 'started' });
  try {
    post({ kind: 'done', value: run(job) });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
