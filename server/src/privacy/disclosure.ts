/**
 * Disclosure control of the statistics shown below staff (docs/privacy.md, "Disclosure control").
 *
 * Statistics (networkStats, actorCounts, corridors) count every migrant, hidden ones included: that
 * is how a visitor sees migrants at all. Suppressing small counts is not enough, because the
 * difference of two large counts (two years, two days, a total and the sum of its parts) can be a
 * small one. So below staff every count that a migrant or a migrant's tie can be part of is
 *
 * - taken at a year boundary (31 December), never on an arbitrary day: days within a year give the
 *   same answer, so a tie cannot be dated by asking day after day;
 * - rounded to a multiple of ROUNDING_BASE by *consistent keyed random rounding* (the cell-key
 *   method of the Australian Bureau of Statistics, as ONS and Eurostat use it for census tables):
 *   n = 5q + r goes up to 5(q + 1) with probability r/5 and down to 5q otherwise, so the published
 *   value is unbiased; the coin is an HMAC-SHA-256 under a secret key of the cell's measure, its true
 *   count and the identities of the records it counts. The same records always give the same value
 *   (asking again averages nothing out); one record more or less gives a fresh, independent coin.
 *
 * Every published value is then a multiple of 5, and so is every difference of two: none is 1–4.
 * 0 stays 0 (nobody to protect) and a multiple of 5 stays itself. Counts of organisations alone
 * are published exactly; staff and admin get exact figures.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { MIN_GROUP_SIZE } from './min-group.js';

/**
 * Published counts below staff are multiples of this. It is the minimum group size itself: then no
 * published figure and no difference of two can be 1 to MIN_GROUP_SIZE − 1, whatever either is.
 */
export const ROUNDING_BASE = MIN_GROUP_SIZE;

/** The fewest bytes a disclosure key may have (HMAC-SHA-256's block of entropy). */
export const MIN_KEY_BYTES = 32;

/**
 * The identities of the records a cell counts, reduced to a string. Two different sets give
 * different fingerprints (up to hash collisions); the same set always gives the same one.
 */
export type Fingerprint = string;

/** A count and who makes it up. */
export interface Cell {
  readonly count: number;
  readonly fingerprint: Fingerprint;
}

/**
 * The rounded value of a true count `count` whose contributors have `fingerprint`, for a cell
 * measuring `measure` (e.g. "ties", "migrants", "corridor-associations"). Pure: same inputs, same
 * output. The measure keeps the coins of different kinds of records apart even when their
 * fingerprints happen to coincide.
 */
export function roundCount(key: Uint8Array, measure: string, count: number, fingerprint: Fingerprint): number {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`roundCount: a count must be a non-negative integer, got ${count}`);
  const remainder = count % ROUNDING_BASE;
  const down = count - remainder;
  if (remainder === 0) return count;
  return uniformDraw(key, measure, count, fingerprint) < remainder / ROUNDING_BASE ? down + ROUNDING_BASE : down;
}

/** A number in [0, 1) decided by the key and the cell: the first 48 bits of the HMAC. */
export function uniformDraw(key: Uint8Array, measure: string, count: number, fingerprint: Fingerprint): number {
  // NUL separates the parts, which contain none, so no two different cells hash the same input.
  const mac = createHmac('sha256', key).update(`${measure}\u0000${count}\u0000${fingerprint}`).digest();
  return mac.readUIntBE(0, 6) / 2 ** 48;
}

/**
 * The fingerprint of a set of record ids known in the API process (order and repeats ignored).
 * The ids are hashed, never kept: the fingerprint says nothing without the full set.
 */
export function fingerprintOfIds(ids: Iterable<string>): Fingerprint {
  const hash = createHash('sha256');
  for (const id of [...new Set(ids)].sort()) hash.update(id).update('\u0000');
  return hash.digest('base64url');
}

/**
 * A record's key in Cypher, for cells counted inside Neo4j where the ids never reach the API
 * (every tie of a large graph): the internal id spread over [0, 2^32) by a multiplicative hash. A
 * cell's fingerprint is the sum of its records' keys (as the ABS sums record keys into a cell
 * key): one more or one fewer record always changes the sum. Products stay below 2^63, sums of up
 * to 2^20 records below 2^53. `id()` is deprecated in Neo4j 5 but still the cheapest number a
 * relationship carries; internal ids of deleted records can be reused, which at worst gives a cell
 * the coin of an earlier one.
 */
export function cypherRecordKey(variable: string): string {
  return `((id(${variable}) % 2147483648) * 2654435761 % 4294967291)`;
}

/** The fingerprint of a cell counted in Cypher with cypherRecordKey: its key sum, whatever its number type. */
export function fingerprintOfKeySum(sum: unknown): Fingerprint {
  return `sum:${String(sum ?? 0)}`;
}

/** 31 December of the year of `day` (YYYY-MM-DD): the only days shown below staff. */
export function yearEnd(day: string): string {
  return `${day.slice(0, 4)}-12-31`;
}

/**
 * The rounding service a process uses: its key, and whether the key was made up at start (outside
 * production, when PONTE_DISCLOSURE_KEY is unset: the rounding then changes at each restart).
 */
export class DisclosureControl {
  readonly #key: Uint8Array;
  readonly generated: boolean;

  constructor(key?: Uint8Array) {
    if (key && key.byteLength < MIN_KEY_BYTES)
      throw new RangeError(`DisclosureControl: the key needs at least ${MIN_KEY_BYTES} bytes`);
    this.#key = key ?? randomBytes(48);
    this.generated = !key;
  }

  /** The published value of a cell: rounded below staff (`exact` false), as it is otherwise. */
  publish(measure: string, cell: Cell, exact: boolean): number {
    return exact ? cell.count : roundCount(this.#key, measure, cell.count, cell.fingerprint);
  }
}

/**
 * Used when a context is built without the process's services (scripts, resolver tests): a
 * random key, so nothing ever falls back to exact figures.
 */
export const processDisclosure = new DisclosureControl();
