// A worker that dies on its job, as an out-of-memory kill or a native crash would (off-thread.test.ts).
import { parentPort } from 'node:worker_threads';

parentPort!.once('message', () => process.exit(3));
