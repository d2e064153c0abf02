/**
 * networkStats as each role sees it: the exact figures (cached once per version of the graph) go
 * to staff and admin; below staff, every count a migrant or a migrant's tie can be part of goes
 * through the keyed rounding of disclosure.ts. Pure.
 */
import type { Cell, DisclosureControl } from './disclosure.js';

/** Tie types that never have a migrant at either end (a project or an opportunity targets a region): published exactly. */
export const TIES_WITHOUT_MIGRANTS: ReadonlySet<string> = new Set(['TARGETS']);

/** The only actor kind whose count is people. */
export const PEOPLE_KIND = 'Migrant';

/** What the rounding keys on: one measure for people, one for ties, whatever question counted them. */
export const MEASURE = { migrants: 'migrants', ties: 'ties' } as const;

interface NamedCell extends Cell {
  readonly name: string;
}

export interface ExactStats {
  /** The day the figures are for (null: every tie). */
  readonly asOf: string | null;
  readonly actorsByKind: readonly NamedCell[];
  readonly tiesByType: readonly NamedCell[];
  readonly actorTies: Cell;
  readonly crossBorderTies: Cell;
  readonly growth: ReadonlyArray<{ readonly year: number; readonly newTies: Cell; readonly activeTies: Cell }>;
}

export interface PublishedStats {
  asOf: string | null;
  rounded: boolean;
  actorsByKind: Array<{ name: string; count: number }>;
  tiesByType: Array<{ name: string; count: number }>;
  actorTies: number;
  crossBorderTies: number;
  crossBorderShare: number;
  growth: Array<{ year: number; newTies: number; activeTies: number }>;
}

export function publishStats(stats: ExactStats, exact: boolean, disclosure: DisclosureControl): PublishedStats {
  const ties = (c: Cell) => disclosure.publish(MEASURE.ties, c, exact);
  const actorTies = ties(stats.actorTies);
  const crossBorderTies = ties(stats.crossBorderTies);
  return {
    asOf: stats.asOf,
    rounded: !exact,
    actorsByKind: stats.actorsByKind.map((k) => ({
      name: k.name,
      count: k.name === PEOPLE_KIND ? disclosure.publish(MEASURE.migrants, k, exact) : k.count,
    })),
    tiesByType: stats.tiesByType.map((t) => ({
      name: t.name,
      count: TIES_WITHOUT_MIGRANTS.has(t.name) ? t.count : ties(t),
    })),
    actorTies,
    crossBorderTies,
    // From the published counts: a share of the exact ones would give them back by division.
    crossBorderShare: actorTies === 0 ? 0 : Math.round((crossBorderTies / actorTies) * 10000) / 10000,
    growth: stats.growth.map((g) => ({ year: g.year, newTies: ties(g.newTies), activeTies: ties(g.activeTies) })),
  };
}
