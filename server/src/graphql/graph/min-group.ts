/**
 * Minimum group size (DESIGN §5, issue #6): below staff, no answer may reveal a group of fewer than
 * MIN_GROUP_SIZE migrants. Ponte's statistics (corridors, networkStats, actorCounts) group by
 * fixed keys the asker cannot choose, so a threshold on each cell is enough there; user-filtered
 * counts on the generated API are refused instead (graphql/restricted-schema.ts explains why).
 *
 * 5 is the usual floor of statistical offices for published frequency tables (Eurostat and ISTAT
 * use 3–10 by domain); with migrants' small communities per region, 5 keeps most corridors visible
 * while no cell points at one, two or four families. Change it here only: tests, docs and the
 * explorer's note read it from this constant or from the API.
 */
export const MIN_GROUP_SIZE = 5;

/** Whether a count of migrants may be shown: 0 (nobody) or at least MIN_GROUP_SIZE. */
export function isShowable(count: number): boolean {
  return count === 0 || count >= MIN_GROUP_SIZE;
}

/** The count itself, or null when it would reveal a group of 1 to MIN_GROUP_SIZE − 1. */
export function suppressSmall(count: number, exact: boolean): number | null {
  return exact || isShowable(count) ? count : null;
}

/** Identifiers and names of the corridor row that folds every small corridor together. */
export const OTHER_CORRIDORS = {
  italianRegion: 'Other regions',
  italianRegionId: 'other-it',
  moroccanRegion: 'Other regions',
  moroccanRegionId: 'other-ma',
} as const;

export interface CorridorCell {
  readonly italianRegion: string;
  readonly italianRegionId: string;
  readonly moroccanRegion: string;
  readonly moroccanRegionId: string;
  readonly migrants: number;
  readonly associations: number;
  readonly projects: number;
}

export interface FoldedCorridor extends CorridorCell {
  /** True for the one row that sums the corridors of fewer than MIN_GROUP_SIZE migrants each. */
  readonly folded: boolean;
}

/**
 * Corridors with fewer than MIN_GROUP_SIZE migrants are folded into one "other regions" row (its
 * counts are sums over the folded cells), so no region pair with a small group is named. When the
 * folded rows hold fewer than MIN_GROUP_SIZE migrants in all, the row is left out too: it would
 * be a small group itself. `exact` (staff, admin): every corridor as it is. Keeps the input order.
 */
export function foldSmallCorridors(cells: readonly CorridorCell[], exact: boolean): FoldedCorridor[] {
  if (exact) return cells.map((c) => ({ ...c, folded: false }));
  const kept: FoldedCorridor[] = [];
  const other = { migrants: 0, associations: 0, projects: 0 };
  for (const c of cells) {
    if (c.migrants >= MIN_GROUP_SIZE) {
      kept.push({ ...c, folded: false });
    } else {
      other.migrants += c.migrants;
      other.associations += c.associations;
      other.projects += c.projects;
    }
  }
  if (other.migrants >= MIN_GROUP_SIZE) kept.push({ ...OTHER_CORRIDORS, ...other, folded: true });
  return kept;
}

interface Count {
  readonly name: string;
  readonly count: number;
}
interface YearCount {
  readonly year: number;
  readonly newTies: number;
  readonly activeTies: number;
}
interface Stats {
  readonly actorsByKind: readonly Count[];
  readonly tiesByType: readonly Count[];
  readonly growth: readonly YearCount[];
}

/** Tie types that never have a migrant at either end (DESIGN §2): their counts are shown as they are. */
const TIES_WITHOUT_MIGRANTS = new Set(['TARGETS']);

/**
 * networkStats below staff: the number of migrants, and counts of ties that can have a migrant at
 * one end (per type, and per year in `growth`), come back null when they are 1 to
 * MIN_GROUP_SIZE − 1 (two LEADS ties active on a day are two people leading projects). Organisation
 * counts and the network-wide totals (`actorTies`, `crossBorderTies`) are left as they are.
 */
export function suppressStats<S extends Stats>(stats: S, exact: boolean): Omit<S, 'actorsByKind' | 'tiesByType' | 'growth'> & {
  actorsByKind: Array<{ name: string; count: number | null }>;
  tiesByType: Array<{ name: string; count: number | null }>;
  growth: Array<{ year: number; newTies: number | null; activeTies: number | null }>;
} {
  return {
    ...stats,
    actorsByKind: stats.actorsByKind.map((k) => ({ name: k.name, count: k.name === 'Migrant' ? suppressSmall(k.count, exact) : k.count })),
    tiesByType: stats.tiesByType.map((t) => ({ name: t.name, count: TIES_WITHOUT_MIGRANTS.has(t.name) ? t.count : suppressSmall(t.count, exact) })),
    growth: stats.growth.map((g) => ({ year: g.year, newTies: suppressSmall(g.newTies, exact), activeTies: suppressSmall(g.activeTies, exact) })),
  };
}
