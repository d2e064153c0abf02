/** Latency statistics over one operation's samples (milliseconds). */
export interface LatencySummary {
  readonly count: number;
  readonly errors: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly mean: number;
  /** Completed operations per second over the measured wall time. */
  readonly throughput: number;
}

/** Nearest-rank percentile of sorted samples (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: readonly number[], errors: number, wallMs: number): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : Number.NaN;
  return {
    count: sorted.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
    throughput: wallMs > 0 ? (sorted.length * 1000) / wallMs : 0,
  };
}

/** a / b rounded for a table; "–" when either side is missing. */
export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return (a / b).toFixed(2);
}

/** a / b to two decimals, or null when either is missing, not finite, or b is 0 (for records). */
export function ratioOf(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** A summary with every missing percentile as null: what JSON can hold (NaN cannot be written). */
export function jsonSafe<T extends LatencySummary>(
  summary: T,
): Omit<T, 'p50' | 'p95' | 'p99' | 'mean'> & {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  mean: number | null;
} {
  const safe = (n: number) => (Number.isFinite(n) ? n : null);
  return {
    ...summary,
    p50: safe(summary.p50),
    p95: safe(summary.p95),
    p99: safe(summary.p99),
    mean: safe(summary.mean),
  };
}
