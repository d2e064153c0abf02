/**
 * Measuring two or three sides of one operation fairly: in rounds whose order rotates (ABAB…, or
 * ABC BCA CAB), so that no side always runs on the cache the other warmed, and with a cap per call
 * so that a question that does not answer is recorded as such instead of stalling the run
 * (docs/benchmarks.md#honest-baselines).
 */
import { summarise, type LatencySummary } from './stats.js';

/** The order of the sides in each of `rounds` rounds: round r is the sides rotated by r. Pure. */
export function alternationOrder<S>(sides: readonly S[], rounds: number): S[][] {
  return Array.from({ length: rounds }, (_, r) => sides.map((_s, i) => sides[(i + r) % sides.length]!));
}

export interface SegmentOptions {
  readonly concurrency: number;
  readonly durationMs: number;
  /** A call still running after this long is abandoned (its signal aborts) and counts as "did not finish". */
  readonly capMs: number;
}

export interface Segment {
  readonly samples: number[];
  readonly errors: number;
  readonly didNotFinish: number;
  readonly wallMs: number;
  /** The first error's message, to tell a refused operation from a failing one. */
  readonly firstError?: string;
}

/** A side's figures over all its segments: latencies of the calls that finished within the cap. */
export interface SideSummary extends LatencySummary {
  readonly didNotFinish: number;
}

export class CapExceeded extends Error {}

/**
 * A closed loop of `concurrency` workers calling `call(i, signal)` back to back for `durationMs`;
 * every call that starts is counted: a sample when it finishes within the cap, an error when it
 * fails, "did not finish" when the cap passes first. The segment ends at most `capMs` after its
 * duration, whatever the calls do.
 */
export async function measureSegment(
  call: (i: number, signal: AbortSignal) => Promise<void>,
  options: SegmentOptions,
  next: () => number,
): Promise<Segment> {
  const samples: number[] = [];
  let errors = 0;
  let didNotFinish = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  const end = t0 + options.durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const controller = new AbortController();
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const cap = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new CapExceeded());
          controller.abort();
        }, options.capMs);
      });
      try {
        await Promise.race([call(next(), controller.signal), cap]);
        samples.push(performance.now() - started);
      } catch (error) {
        // The call's own rejection on abort may win the race: it is the cap all the same.
        if (error instanceof CapExceeded || controller.signal.aborted) {
          didNotFinish++;
          // The abandoned call may still hold the machine; this worker stops rather than pile on.
          return;
        }
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      } finally {
        clearTimeout(timer);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return {
    samples,
    errors,
    didNotFinish,
    wallMs: performance.now() - t0,
    ...(firstError !== undefined ? { firstError } : {}),
  };
}

/** One side's summary over its segments (throughput over their summed wall time). Pure. */
export function combineSegments(segments: readonly Segment[]): SideSummary {
  const samples = segments.flatMap((s) => s.samples);
  const errors = segments.reduce((n, s) => n + s.errors, 0);
  const wallMs = segments.reduce((n, s) => n + s.wallMs, 0);
  return { ...summarise(samples, errors, wallMs), didNotFinish: segments.reduce((n, s) => n + s.didNotFinish, 0) };
}
