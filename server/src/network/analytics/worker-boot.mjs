// Starts a TypeScript worker (off-thread.ts): Node 20 gives a worker thread neither its parent's
// tsx loader nor one from `execArgv: ['--import', 'tsx']`, so the thread registers tsx itself, then
// imports the worker module named in workerData. Plain JavaScript, since nothing can load
// TypeScript before this runs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
