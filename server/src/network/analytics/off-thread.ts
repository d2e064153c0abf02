/**
 * Runs analytics in a worker thread, so the API's event loop answers other requests while a
 * projection is computed (docs/analytics.md#off-the-event-loop). One thread per job, which exits
 * when done and gives its memory back; at most MAX_WORKERS at once (others wait their turn), so a
 * few cold scopes at once do not take every core and a heap each. The answer cache in front of it
 * (network/answer-cache.ts) makes concurrent askers of one scope share one job.
 *
 * A worker that fails, throws, runs out of memory or exits answers ANALYTICS_FAILED to the waiting
 * requests; nothing is cached, so the next request tries again, and the API process is unharmed.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ErrorCode, PonteError } from '../../errors.js';
import type { BrokerageRoles } from './brokerage.js';
import { runJob, type Job, type NetworkAnalytics } from './compute.js';
import type { Orientation, Projection } from './graph.js';
import { packProjection, transferables, type AnalyticsJob, type WorkerMessage } from './wire.js';

/**
 * Up to this many nodes and ties together a projection is computed inline: it takes milliseconds,
 * less than starting a thread (about a second on a loaded machine), and holds the loop no longer.
 */
export const INLINE_UP_TO = 2_000;

/** Analytics threads at once: one core stays with the event loop. */
export const MAX_WORKERS = Math.max(1, availableParallelism() - 1);

// The server runs TypeScript through tsx (`npm start`, vitest): a worker thread inherits neither
// the parent's loader nor one passed in execArgv (Node 20), so a TypeScript module is started by a
// few lines of JavaScript that register tsx in the thread first (resolved from here, not from the
// working directory), then import it.
const require = createRequire(import.meta.url);
const tsxPackage = require.resolve('tsx/package.json');
const TSX_API = pathToFileURL(
  join(dirname(tsxPackage), (require(tsxPackage) as TsxPackage).exports['./esm/api'].import.default),
).href;
// An eval'd worker is a CommonJS script: it reaches the ES modules by import().
const BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => (tsx.register(), import(workerData.entry)));`;
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

function startWorker(url: URL): Worker {
  return url.pathname.endsWith('.ts')
    ? new Worker(BOOT, { eval: true, workerData: { tsx: TSX_API, entry: url.href } })
    : new Worker(url);
}

interface TsxPackage {
  readonly exports: { readonly './esm/api': { readonly import: { readonly default: string } } };
}

export interface WorkerHooks {
  /** Called when the worker has the job and starts computing (tests order events by it). */
  readonly onStarted?: () => void;
}

let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const failed = (why: string, cause?: unknown) =>
  new PonteError(
    ErrorCode.AnalyticsFailed,
    `The network analytics could not be computed (${why}); nothing was cached, so asking again retries. If it keeps failing, the server log has the cause.`,
    cause === undefined ? {} : { cause },
  );

/** Posts `message` to a new worker running `url` and resolves with the one value it answers. */
export function runWorker<T>(
  url: URL,
  message: unknown,
  transfer: ArrayBuffer[] = [],
  hooks: WorkerHooks = {},
): Promise<T> {
  return slot(
    () =>
      new Promise<T>((resolve, reject) => {
        let worker: Worker;
        try {
          worker = startWorker(url);
        } catch (error) {
          reject(failed('the worker did not start', error));
          return;
        }
        let settled = false;
        const settle = (outcome: () => void) => {
          if (settled) return;
          settled = true;
          outcome();
          void worker.terminate();
        };
        worker.on('message', (m: WorkerMessage) => {
          if (m.kind === 'started') hooks.onStarted?.();
          else if (m.kind === 'done') settle(() => resolve(m.value as T));
          else settle(() => reject(failed(m.message)));
        });
        worker.on('error', (error) => settle(() => reject(failed(error.message, error))));
        worker.on('messageerror', (error) => settle(() => reject(failed('its answer could not be read', error))));
        worker.on('exit', (code) => settle(() => reject(failed(`the worker exited with code ${code}`))));
        worker.postMessage(message, transfer);
      }),
  );
}

export function inWorker(
  job: { task: 'analytics'; projection: Projection },
  hooks?: WorkerHooks,
): Promise<NetworkAnalytics>;
export function inWorker(
  job: { task: 'brokerage'; projection: Projection; orientation: Orientation },
  hooks?: WorkerHooks,
): Promise<ReadonlyMap<string, BrokerageRoles>>;
/** Computes the job in a worker thread (the same pure functions as inline, on the same projection). */
export function inWorker(
  job: { task: 'analytics' | 'brokerage'; projection: Projection; orientation?: Orientation },
  hooks: WorkerHooks = {},
): Promise<unknown> {
  const projection = packProjection(job.projection);
  const message: AnalyticsJob =
    job.task === 'analytics'
      ? { task: 'analytics', projection }
      : { task: 'brokerage', projection, orientation: job.orientation ?? 'TIE_DIRECTION' };
  return runWorker(WORKER_URL, message, transferables(projection), hooks);
}

export function computeOffLoop(job: Job & { task: 'analytics' }): Promise<NetworkAnalytics>;
export function computeOffLoop(job: Job & { task: 'brokerage' }): Promise<ReadonlyMap<string, BrokerageRoles>>;
/** The job in a worker thread, or inline when the projection is small (INLINE_UP_TO): the same answer either way. */
export async function computeOffLoop(job: Job): Promise<unknown> {
  if (job.projection.nodes.length + job.projection.ties.length <= INLINE_UP_TO) return runJob(job);
  return job.task === 'analytics' ? inWorker(job) : inWorker(job);
}
