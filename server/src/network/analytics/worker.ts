/**
 * The analytics worker thread (docs/analytics.md#off-the-event-loop): one job per thread, then it
 * exits. It runs the same pure functions the tests call, on the projection the API read, so its
 * answers are those of an inline computation.
 */
import { parentPort } from 'node:worker_threads';
import { computeAnalytics } from './compute.js';
import { brokerageRoles } from './brokerage.js';
import { actorArcs } from './graph.js';
import { unpackProjection, type AnalyticsJob, type WorkerMessage } from './wire.js';

function run(job: AnalyticsJob): unknown {
  const projection = unpackProjection(job.projection);
  if (job.task === 'analytics') return computeAnalytics(projection);
  return brokerageRoles(
    projection.nodes.filter((n) => n.actor),
    actorArcs(projection, job.orientation),
  );
}

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
