// A worker whose job throws outside any handler (off-thread.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort!.once('message', () => {
  setImmediate(() => {
    throw new Error('boom in the worker');
  });
});
