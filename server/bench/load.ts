import { summarise, type LatencySummary } from './stats.js';

export interface LoadOptions {
  readonly concurrency: number;
  /** Measure for this long after warming up. */
  readonly durationMs: number;
  readonly warmupMs: number;
  /** Upper bound on operations, so a run always ends. */
  readonly maxOps: number;
}

/**
 * A closed-loop load: `concurrency` workers each run `op` back to back for the duration. Only
 * operations that start after the warm-up count. A failed operation counts as an error, not a sample.
 */
export async function runLoad(op: (i: number) => Promise<void>, options: LoadOptions): Promise<LatencySummary> {
  const samples: number[] = [];
  let errors = 0;
  let started = 0;
  const warmEnd = Date.now() + options.warmupMs;
  const end = warmEnd + options.durationMs;
  let measuredFrom = Number.POSITIVE_INFINITY;
  let measuredTo = 0;

  const worker = async () => {
    while (Date.now() < end && started < options.maxOps) {
      const i = started++;
      const t0 = performance.now();
      const wall0 = Date.now();
      let failed = false;
      try {
        await op(i);
      } catch {
        failed = true;
      }
      const elapsed = performance.now() - t0;
      if (wall0 >= warmEnd) {
        measuredFrom = Math.min(measuredFrom, wall0);
        measuredTo = Math.max(measuredTo, Date.now());
        if (failed) errors++;
        else samples.push(elapsed);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return summarise(samples, errors, Math.max(0, measuredTo - measuredFrom));
}

/** A small seeded PRNG (mulberry32), so that two runs pick the same ids. */
export { mulberry32 as seededRandom } from '../../seeds/generator/prng.js';
