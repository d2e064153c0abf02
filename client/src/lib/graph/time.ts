/**
 * The rule of time on the explorer's side (docs/data-model.md#time), for what the canvas already
 * holds: a node is active within its lifetime (`activeFrom`–`activeTo`, as `neighbourhood` reads it
 * by the server's rule), a tie within its own `since`/`until` and both its ends' lifetimes; a
 * missing bound is open. The server's twin is `server/src/network/time.ts`; time.test.ts checks
 * that both say the same for every day.
 *
 * The timeline asks about a range of days (a year, or the years under its brush) rather than one
 * day: active during a range means active on at least one of its days. Days are `YYYY-MM-DD`
 * strings, which compare as dates.
 */

/** When something is active: both days included, null an open bound. */
export interface Span {
  readonly from: string | null;
  readonly to: string | null;
}

/** A range of days, both included. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/** A range of years, both included. */
export interface YearRange {
  readonly first: number;
  readonly last: number;
}

const day = (value: string | null | undefined): string | null => (value ? value.slice(0, 10) : null);

/** A node's lifetime from its attributes. */
export function nodeSpan(node: { activeFrom?: string | null; activeTo?: string | null }): Span {
  return { from: day(node.activeFrom), to: day(node.activeTo) };
}

/** The days common to all spans; null when there are none (never active). */
export function intersect(...spans: readonly Span[]): Span | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const s of spans) {
    if (s.from !== null && (from === null || s.from > from)) from = s.from;
    if (s.to !== null && (to === null || s.to < to)) to = s.to;
  }
  return from !== null && to !== null && from > to ? null : { from, to };
}

/** When a tie is active: its own window within both ends' lifetimes (null: never). */
export function tieSpan(tie: { since?: string | null; until?: string | null }, from: Span, to: Span): Span | null {
  return intersect({ from: day(tie.since), to: day(tie.until) }, from, to);
}

/**
 * Whether a held tie is active during the range. A derived "met at" tie (lib/graph/met-at.ts) has
 * no window of its own: it is active on the days of the events behind it, as attendance is
 * (docs/data-model.md#time), not across both attendees' lifetimes.
 */
export function heldTieActiveDuring(
  tie: { since?: string | null; until?: string | null; derived?: boolean; events?: readonly string[] },
  from: Span,
  to: Span,
  spanOf: (id: string) => Span | undefined,
  range: DayRange,
): boolean {
  if (tie.derived)
    return (tie.events ?? []).some((event) => {
      const span = spanOf(event);
      return span !== undefined && activeDuring(intersect(span, from, to), range);
    });
  return activeDuring(tieSpan(tie, from, to), range);
}

/** Active on a day. */
export function activeOn(span: Span | null, on: string): boolean {
  return span !== null && (span.from === null || span.from <= on) && (span.to === null || span.to >= on);
}

/** Active on at least one day of the range. */
export function activeDuring(span: Span | null, range: DayRange): boolean {
  return span !== null && (span.from === null || span.from <= range.to) && (span.to === null || span.to >= range.from);
}

const pad = (year: number) => String(year).padStart(4, '0');

/** The days of a range of years, 1 January of the first to 31 December of the last. */
export function yearDays(years: YearRange): DayRange {
  return { from: `${pad(years.first)}-01-01`, to: `${pad(years.last)}-12-31` };
}

/**
 * The years the data covers: from the first to the last year in which any bound falls. Past the
 * last bound nothing starts or ends, so a timeline that ran on would show the same picture.
 * Null when nothing is dated.
 */
export function yearsCovered(spans: Iterable<Span | null>): YearRange | null {
  let first = Infinity;
  let last = -Infinity;
  for (const s of spans) {
    if (!s) continue;
    for (const bound of [s.from, s.to]) {
      if (bound === null) continue;
      const year = Number(bound.slice(0, 4));
      if (year < first) first = year;
      if (year > last) last = year;
    }
  }
  return Number.isFinite(first) ? { first, last } : null;
}

/** How many of the spans are active during each year of the range (index 0: the first year). */
export function activeByYear(spans: readonly (Span | null)[], years: YearRange): number[] {
  const counts: number[] = [];
  for (let year = years.first; year <= years.last; year++) {
    const range = yearDays({ first: year, last: year });
    let n = 0;
    for (const s of spans) if (activeDuring(s, range)) n++;
    counts.push(n);
  }
  return counts;
}

/** Keeps a range of years inside the covered years, at least one year wide, first ≤ last. */
export function clampYears(range: YearRange, covered: YearRange): YearRange {
  const first = Math.min(Math.max(range.first, covered.first), covered.last);
  const last = Math.min(Math.max(range.last, first), covered.last);
  return { first, last };
}

/**
 * The next range when playing: the same width one year later, or null once its last year is the
 * last covered year (playing stops there, never past the data).
 */
export function nextPlayRange(range: YearRange, covered: YearRange): YearRange | null {
  if (range.last >= covered.last) return null;
  return { first: range.first + 1, last: range.last + 1 };
}

/**
 * Where playing starts: the range itself, or back at the first covered year with the same width
 * when it is at the end; a range over all the years plays one year at a time.
 */
export function playStart(range: YearRange, covered: YearRange): YearRange {
  if (range.last < covered.last) return range;
  const width = range.first <= covered.first ? 0 : range.last - range.first;
  return clampYears({ first: covered.first, last: covered.first + width }, covered);
}
