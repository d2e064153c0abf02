/**
 * The pure parts of the reliability soak (load-faults.rel.test.ts) and of the throughput bench
 * (server/bench/throughput.ts): how a response is classified, how a client-side round-robin spreads
 * requests over API processes and steps around a dead one, what the run tallies, and what an
 * acknowledged update allows the database to hold at the end (docs/operations.md#reliability-soak).
 */
import { ErrorCode } from '../src/errors.js';

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/** What one request came to, as the load generator sees it. */
export type Outcome =
  | { readonly kind: 'ok' }
  /** Every error carries a code of errors.ts: the API said what went wrong. */
  | { readonly kind: 'coded'; readonly codes: readonly string[] }
  /** A 5xx, or an error without a known code: the API failed without saying why. */
  | { readonly kind: 'uncoded'; readonly reason: string }
  /** No HTTP answer at all (connection refused or cut off): the process was gone. */
  | { readonly kind: 'transport'; readonly reason: string };

interface GraphqlBody {
  readonly data?: unknown;
  readonly errors?: ReadonlyArray<{ readonly message?: string; readonly extensions?: { readonly code?: unknown } }>;
}

/**
 * Classifies an HTTP answer of /graphql. A 5xx is coded only when every error in it carries a
 * code of errors.ts (a 503 DATABASE_UNAVAILABLE with Retry-After is); a 200 with errors likewise.
 */
export function classifyResponse(status: number, body: unknown): Outcome {
  const errors = body && typeof body === 'object' ? (body as GraphqlBody).errors : undefined;
  if (!Array.isArray(errors) || errors.length === 0) {
    if (status >= 400) return { kind: 'uncoded', reason: `HTTP ${status} without GraphQL errors` };
    if (!body || typeof body !== 'object' || !('data' in body))
      return { kind: 'uncoded', reason: `HTTP ${status} without data` };
    return { kind: 'ok' };
  }
  const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : undefined));
  const unknown = codes.findIndex((c) => c === undefined || !KNOWN_CODES.has(c));
  if (unknown >= 0)
    return {
      kind: 'uncoded',
      reason: `HTTP ${status}, error without a known code (${String(codes[unknown])}): ${String(errors[unknown]!.message).slice(0, 120)}`,
    };
  return { kind: 'coded', codes: codes as string[] };
}

/** Whether a fetch failure means the request never reached a process (safe to send elsewhere). */
export function neverReached(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return code === 'ECONNREFUSED';
}

/**
 * Client-side round-robin over API processes, as a simple load balancer does: each request goes
 * to the next live backend; a backend that refused a connection is out until it is restored.
 */
export class RoundRobin {
  readonly #bases: string[];
  readonly #down = new Set<number>();
  #next = 0;

  constructor(bases: readonly string[]) {
    if (bases.length === 0) throw new Error('RoundRobin needs at least one backend');
    this.#bases = [...bases];
  }

  /** The next live backend (its index and base URL), or undefined when all are down. */
  pick(): { readonly index: number; readonly base: string } | undefined {
    for (let tried = 0; tried < this.#bases.length; tried++) {
      const index = this.#next;
      this.#next = (this.#next + 1) % this.#bases.length;
      if (!this.#down.has(index)) return { index, base: this.#bases[index]! };
    }
    return undefined;
  }

  markDown(index: number): void {
    this.#down.add(index);
  }

  /** The backend is back, possibly at a new address (a restarted process listens on a new port). */
  restore(index: number, base: string): void {
    this.#bases[index] = base;
    this.#down.delete(index);
  }

  get live(): number {
    return this.#bases.length - this.#down.size;
  }
}

/** One finished request: what it was, through which backend, when, how long, and how it ended. */
export interface Sample {
  readonly op: string;
  readonly backend: number;
  /** Wall-clock ms when it was sent. */
  readonly at: number;
  readonly ms: number;
  readonly outcome: Outcome;
}

export interface OpSummary {
  readonly count: number;
  readonly ok: number;
  readonly coded: number;
  readonly uncoded: number;
  readonly transport: number;
  readonly p50: number;
  readonly p95: number;
}

/** Everything a run records, and the questions the assertions ask of it. */
export class Tally {
  readonly samples: Sample[] = [];

  add(sample: Sample): void {
    this.samples.push(sample);
  }

  /** How many answers carried each error code. */
  codes(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of this.samples)
      if (s.outcome.kind === 'coded') for (const c of new Set(s.outcome.codes)) out[c] = (out[c] ?? 0) + 1;
    return out;
  }

  uncoded(): Sample[] {
    return this.samples.filter((s) => s.outcome.kind === 'uncoded');
  }

  /** Requests that failed (any way but ok) and were sent at or after `from` (and before `to`). */
  failures(from: number, to = Number.POSITIVE_INFINITY): Sample[] {
    return this.samples.filter((s) => s.outcome.kind !== 'ok' && s.at >= from && s.at < to);
  }

  /**
   * When the first success after `from` (through `backend`, if given) was answered; undefined if
   * none. By default among requests sent at or after `from`; with `answeredAfter`, whenever they
   * were sent (one sent during an outage and answered after it shows the process serving again).
   */
  firstOkAfter(from: number, backend?: number, answeredAfter = false): number | undefined {
    let first: number | undefined;
    for (const s of this.samples) {
      const end = s.at + s.ms;
      if (s.outcome.kind !== 'ok' || (answeredAfter ? end : s.at) < from) continue;
      if (backend === undefined || s.backend === backend) first = first === undefined ? end : Math.min(first, end);
    }
    return first;
  }

  /** Per operation: counts by outcome and the latency percentiles of its successes. */
  byOp(): Record<string, OpSummary> {
    const groups = new Map<string, Sample[]>();
    for (const s of this.samples) groups.set(s.op, [...(groups.get(s.op) ?? []), s]);
    const out: Record<string, OpSummary> = {};
    for (const [op, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const okMs = list
        .filter((s) => s.outcome.kind === 'ok')
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      const n = (k: Outcome['kind']) => list.filter((s) => s.outcome.kind === k).length;
      out[op] = {
        count: list.length,
        ok: okMs.length,
        coded: n('coded'),
        uncoded: n('uncoded'),
        transport: n('transport'),
        p50: nearestRank(okMs, 50),
        p95: nearestRank(okMs, 95),
      };
    }
    return out;
  }
}

function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/** One attempt to set a value, in the order the (single) writer of that node sent them. */
export interface Attempt {
  readonly value: string;
  readonly acknowledged: boolean;
}

/**
 * The values the database may hold at the end for a node whose writes were `attempts`, in order,
 * starting from `initial`: the last acknowledged value, or any attempted after it (an attempt that
 * was not acknowledged may still have committed, e.g. when the process died before it answered).
 * An acknowledged write that is then missing is a lost write.
 */
export function allowedFinalValues(initial: string, attempts: readonly Attempt[]): ReadonlySet<string> {
  let lastAck = -1;
  attempts.forEach((a, i) => {
    if (a.acknowledged) lastAck = i;
  });
  const allowed = new Set([lastAck >= 0 ? attempts[lastAck]!.value : initial]);
  for (const a of attempts.slice(lastAck + 1)) allowed.add(a.value);
  return allowed;
}
