import { describe, expect, it } from 'vitest';
import { isNodeActiveOn, isTieActiveOn } from '../../../../server/src/network/time.js';
import {
  activeByYear,
  activeDuring,
  activeOn,
  clampYears,
  nextPlayRange,
  nodeSpan,
  playStart,
  tieSpan,
  yearDays,
  yearsCovered,
  type Span,
  type YearRange,
} from './time.js';

/** A small deterministic generator (mulberry32), so failures replay. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Days over a few years, so that bounds often fall in the same year and next to each other.
const DAYS: string[] = [];
for (let y = 2004; y <= 2008; y++)
  for (const md of ['01-01', '03-15', '06-30', '07-01', '12-30', '12-31']) DAYS.push(`${y}-${md}`);

function pick(next: () => number): string | null {
  return next() < 0.3 ? null : DAYS[Math.floor(next() * DAYS.length)]!;
}
/** A lifetime as the server reads it: an event (one day) or a from–to (an organisation, an opportunity). */
function lifetime(next: () => number): { server: Record<string, string | null>; client: Span } {
  if (next() < 0.2) {
    const d = DAYS[Math.floor(next() * DAYS.length)]!;
    return { server: { date: d }, client: { from: d, to: d } };
  }
  const from = pick(next);
  const to = pick(next);
  return { server: { founded: from, closed: to }, client: { from, to } };
}

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

describe('the client rule of time', () => {
  it('says what the server rule says, for every day, node and tie', () => {
    for (const seed of SEEDS) {
      const next = random(seed);
      const a = lifetime(next);
      const b = lifetime(next);
      const tie = { since: pick(next), until: pick(next) };
      const span = tieSpan(tie, nodeSpan({ activeFrom: a.client.from, activeTo: a.client.to }), b.client);
      for (const d of DAYS) {
        expect(activeOn(span, d), `seed ${seed} day ${d}`).toBe(isTieActiveOn(tie, a.server, b.server, d));
        expect(activeOn(a.client, d)).toBe(isNodeActiveOn(a.server, d));
      }
    }
  });

  it('is active during a range exactly when it is active on one of its days', () => {
    for (const seed of SEEDS) {
      const next = random(seed);
      const span = tieSpan({ since: pick(next), until: pick(next) }, lifetime(next).client, lifetime(next).client);
      const i = Math.floor(next() * DAYS.length);
      const j = i + Math.floor(next() * (DAYS.length - i));
      const days = DAYS.slice(i, j + 1);
      expect(activeDuring(span, { from: days[0]!, to: days.at(-1)! }), `seed ${seed}`).toBe(
        days.some((d) => activeOn(span, d)),
      );
    }
  });

  it('never makes an undated tie active outside its ends, nor an anachronistic one active at all', () => {
    const event = { from: '2009-10-20', to: '2009-10-20' };
    const span = tieSpan({}, { from: null, to: null }, event);
    expect(activeDuring(span, yearDays({ first: 2009, last: 2009 }))).toBe(true);
    expect(activeDuring(span, yearDays({ first: 2007, last: 2008 }))).toBe(false);
    expect(tieSpan({ since: '2004-01-01', until: '2005-01-01' }, { from: '2015-11-12', to: null }, event)).toBeNull();
  });
});

describe('the histogram of ties by year', () => {
  it('counts, for each covered year, the ties active on one of its days', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const next = random(seed);
      const spans = Array.from({ length: 12 }, () =>
        tieSpan({ since: pick(next), until: pick(next) }, lifetime(next).client, lifetime(next).client),
      );
      const years = yearsCovered(spans);
      if (!years) {
        expect(spans.every((s) => s === null || (s.from === null && s.to === null))).toBe(true);
        continue;
      }
      const counts = activeByYear(spans, years);
      expect(counts).toHaveLength(years.last - years.first + 1);
      counts.forEach((count, k) => {
        const year = years.first + k;
        const days = daysOf(year);
        expect(count).toBe(spans.filter((s) => days.some((d) => activeOn(s, d))).length);
      });
    }
  });

  it('covers the years from the first bound to the last, and nothing when nothing is dated', () => {
    expect(
      yearsCovered([
        { from: '2006-05-01', to: null },
        null,
        { from: null, to: '2010-01-31' },
        { from: null, to: null },
      ]),
    ).toEqual({ first: 2006, last: 2010 });
    expect(yearsCovered([{ from: null, to: null }, null])).toBeNull();
  });
});

/** Every day of a year. */
function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

describe('playing the timeline', () => {
  it('slides the range a year at a time, keeping its width, and stops at the last covered year', () => {
    for (const seed of SEEDS.slice(0, 60)) {
      const next = random(seed);
      const covered: YearRange = { first: 1995 + Math.floor(next() * 10), last: 0 };
      const all = { first: covered.first, last: covered.first + Math.floor(next() * 12) };
      const a = covered.first + Math.floor(next() * 14) - 2;
      const brush = clampYears({ first: a, last: a + Math.floor(next() * 4) }, all);
      let range = playStart(brush, all);
      const width = range.last - range.first;
      const seen = [range];
      for (let r = nextPlayRange(range, all); r; r = nextPlayRange(range, all)) {
        expect(r.last - r.first).toBe(width);
        expect(r.first).toBe(range.first + 1);
        range = r;
        seen.push(r);
      }
      expect(range.last).toBe(all.last);
      expect(seen.every((r) => r.first >= all.first && r.last <= all.last)).toBe(true);
      // A brush over every year plays them one by one.
      expect(playStart(all, all)).toEqual({ first: all.first, last: all.first });
    }
  });
});
