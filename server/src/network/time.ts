/**
 * The one rule of time (docs/data-model.md#time): whether a node or a tie is active on a day.
 * Every question that takes `asOf` writes these predicates into its Cypher, and code that holds rows
 * already read uses the TypeScript twins below; time.test.ts keeps the two in step.
 *
 * - A node is active from the start of its lifetime to its end, both days included: organisations
 *   from `founded` to `closed`, opportunities from `opens` to `closes`, return projects from
 *   `started` to `ended`, an event on its `date` only. A missing bound is open (a migrant, a region,
 *   an organisation whose founding is unknown).
 * - A tie is active when its own `since`/`until` window holds the day (a missing bound is open) AND
 *   both its ends are active. So an undated tie lives within both ends' lifetimes, never "always",
 *   and attending an event is active on the event's date only.
 *
 * Each label has only its own lifetime properties, so `coalesce` over the list reads the right one
 * without looking at labels.
 */

/** The properties that start a node's lifetime, by kind (one per label; see the comment above). */
export const LIFETIME_START = ['founded', 'opens', 'started', 'date'] as const;
/** The properties that end a node's lifetime, by kind (an event starts and ends on its `date`). */
export const LIFETIME_END = ['closed', 'closes', 'ended', 'date'] as const;

/** The Cypher parameter holding the day, a `YYYY-MM-DD` string (or null for "any time"). */
export const AS_OF = 'asOf';

const start = (n: string) => `coalesce(${LIFETIME_START.map((p) => `${n}.${p}`).join(', ')})`;
const end = (n: string) => `coalesce(${LIFETIME_END.map((p) => `${n}.${p}`).join(', ')})`;

/**
 * Cypher: node `n` is active on `$asOf`. `day` overrides the expression of the day (e.g. `today`
 * bound by a WITH). Only write it when there is a day: it is false-free but not free.
 */
export function nodeActivePredicate(n: string, day = `date($${AS_OF})`): string {
  return `(${start(n)} IS NULL OR ${start(n)} <= ${day}) AND (${end(n)} IS NULL OR ${end(n)} >= ${day})`;
}

/**
 * Cypher map projection of node `n`'s lifetime by the same rule, `{from, to}` (null: open): what
 * graph answers show so that the explorer's timeline applies the rule to what it draws.
 */
export function lifetimeProjection(n: string): string {
  return `{from: ${start(n)}, to: ${end(n)}}`;
}

/** Cypher: tie `r`'s own window holds the day (its ends are checked by nodeActivePredicate). */
export function tieWindowPredicate(r: string, day = `date($${AS_OF})`): string {
  return `(${r}.since IS NULL OR ${r}.since <= ${day}) AND (${r}.until IS NULL OR ${r}.until >= ${day})`;
}

/** Cypher: tie `r` between `a` and `b` is active on the day (its window and both ends). */
export function tieActivePredicate(r: string, a: string, b: string, day = `date($${AS_OF})`): string {
  return `${tieWindowPredicate(r, day)} AND ${nodeActivePredicate(a, day)} AND ${nodeActivePredicate(b, day)}`;
}

/** Cypher: the first day of node `n`'s lifetime (null: open). */
export const lifetimeStart = start;
/** Cypher: the last day of node `n`'s lifetime (null: open). */
export const lifetimeEnd = end;

// The latest (or earliest) of days some of which may be null; null when all are.
const latest = (days: string[]) =>
  `reduce(m = null, d IN [${days.join(', ')}] | CASE WHEN d IS NULL OR (m IS NOT NULL AND m >= d) THEN m ELSE d END)`;
const earliest = (days: string[]) =>
  `reduce(m = null, d IN [${days.join(', ')}] | CASE WHEN d IS NULL OR (m IS NOT NULL AND m <= d) THEN m ELSE d END)`;

/**
 * Cypher: the days tie `r` between `a` and `b` is active, as two expressions (null: open): the
 * latest start and the earliest end of its window and both ends' lifetimes. The tie is active on
 * exactly the days between them (none when `first` > `last`), so a question that counts ties over
 * many days (networkStats' growth) buckets them by these two days instead of testing each day.
 */
export function tieSpan(r: string, a: string, b: string): { first: string; last: string } {
  return {
    first: latest([`${r}.since`, start(a), start(b)]),
    last: earliest([`${r}.until`, end(a), end(b)]),
  };
}

/** A day as stored or read: `YYYY-MM-DD`, a driver Date (its toString), or nothing. */
export type Day = string | { toString(): string } | null | undefined;

/** A node's lifetime properties as read (any subset; other properties are ignored). */
export type Lifetime = Partial<Record<(typeof LIFETIME_START)[number] | (typeof LIFETIME_END)[number], Day>>;

/** A tie's window as read. */
export interface TieWindow {
  readonly since?: Day;
  readonly until?: Day;
}

const text = (d: Day): string | null => (d === null || d === undefined ? null : String(d).slice(0, 10));
const first = (node: Lifetime, keys: readonly (keyof Lifetime)[]) =>
  keys.map((k) => text(node[k])).find((v) => v !== null) ?? null;

/** The lifetime of a node as two days (null: open), by the same rule as the Cypher. */
export function lifetimeOf(node: Lifetime): { from: string | null; to: string | null } {
  return { from: first(node, LIFETIME_START), to: first(node, LIFETIME_END) };
}

/** TypeScript twin of nodeActivePredicate. `day` is `YYYY-MM-DD`. */
export function isNodeActiveOn(node: Lifetime, day: string): boolean {
  const { from, to } = lifetimeOf(node);
  return (from === null || from <= day) && (to === null || to >= day);
}

/** TypeScript twin of tieWindowPredicate. */
export function isTieWindowOpenOn(tie: TieWindow, day: string): boolean {
  const since = text(tie.since);
  const until = text(tie.until);
  return (since === null || since <= day) && (until === null || until >= day);
}

/** TypeScript twin of tieActivePredicate. */
export function isTieActiveOn(tie: TieWindow, from: Lifetime, to: Lifetime, day: string): boolean {
  return isTieWindowOpenOn(tie, day) && isNodeActiveOn(from, day) && isNodeActiveOn(to, day);
}

/**
 * Why a tie is anachronistic, or null when it respects history: it may not start before either end
 * began, nor end after either end ended (writes, imports and the seed validator refuse it). The
 * answer names the tie's field and the end's property so that errors can say where.
 */
export function anachronism(
  tie: TieWindow,
  from: Lifetime,
  to: Lifetime,
): { field: 'since' | 'until'; end: 'from' | 'to'; bound: string } | null {
  const since = text(tie.since);
  const until = text(tie.until);
  for (const [end, node] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const life = lifetimeOf(node);
    if (since !== null && life.from !== null && since < life.from) return { field: 'since', end, bound: life.from };
    if (until !== null && life.to !== null && until > life.to) return { field: 'until', end, bound: life.to };
    // An open start after the end's close, or an open end before its start, cannot be active at all.
    if (since !== null && life.to !== null && since > life.to) return { field: 'since', end, bound: life.to };
    if (until !== null && life.from !== null && until < life.from) return { field: 'until', end, bound: life.from };
  }
  return null;
}

/** TypeScript twin of tieSpan: the first and last day the tie is active (null: open). */
export function tieSpanOf(tie: TieWindow, from: Lifetime, to: Lifetime): { first: string | null; last: string | null } {
  const a = lifetimeOf(from);
  const b = lifetimeOf(to);
  const known = (days: Array<string | null>) => days.filter((d): d is string => d !== null).sort();
  const starts = known([text(tie.since), a.from, b.from]);
  const ends = known([text(tie.until), a.to, b.to]);
  return { first: starts[starts.length - 1] ?? null, last: ends[0] ?? null };
}
