/**
 * Corridors as each role sees them. Staff and admin: every (Italian region, Moroccan region) pair
 * as it is. Below staff, a corridor of fewer than MIN_GROUP_SIZE migrants is not named:
 *
 * 1. it folds into its Italian region's "other regions of origin" row, which names the Italian
 *    region but no Moroccan one, when that row then holds at least MIN_GROUP_SIZE migrants;
 * 2. what is still small after that folds into one last "other regions → other regions" row.
 *
 * Whether a row is folded is decided on true counts; every count shown is then rounded
 * (disclosure.ts), so no figure and no difference of two is 1–4. A folded row counts the distinct
 * migrants, associations and projects of the cells it holds (never sums: an association two
 * corridors share is one association). Pure.
 */
import { MIN_GROUP_SIZE } from './min-group.js';
import { fingerprintOfIds, type DisclosureControl } from './disclosure.js';

/** Ids and names of the folded rows (the explorer labels them in its own language). */
export const OTHER_REGIONS = {
  italianRegion: 'Other regions',
  italianRegionId: 'other-it',
  moroccanRegion: 'Other regions of origin',
  moroccanRegionId: 'other-ma',
} as const;

/** What the rounding keys on for each count of a corridor. */
export const CORRIDOR_MEASURE = {
  migrants: 'migrants',
  associations: 'corridor-associations',
  projects: 'corridor-projects',
} as const;

/** One (Italian region, Moroccan region) pair as read from the graph: who is in it, by id. */
export interface CorridorMembers {
  readonly italianRegion: string;
  readonly italianRegionId: string;
  readonly moroccanRegion: string;
  readonly moroccanRegionId: string;
  readonly migrantIds: readonly string[];
  readonly associationIds: readonly string[];
  readonly projectIds: readonly string[];
}

export interface PublishedCorridor {
  italianRegion: string;
  italianRegionId: string;
  moroccanRegion: string;
  moroccanRegionId: string;
  migrants: number;
  associations: number;
  projects: number;
  /** True for a row that holds corridors of fewer than MIN_GROUP_SIZE migrants. */
  folded: boolean;
}

interface Group {
  readonly names: Pick<CorridorMembers, 'italianRegion' | 'italianRegionId' | 'moroccanRegion' | 'moroccanRegionId'>;
  readonly migrants: Set<string>;
  readonly associations: Set<string>;
  readonly projects: Set<string>;
  readonly folded: boolean;
}

const group = (names: Group['names'], folded: boolean, cells: readonly CorridorMembers[]): Group => ({
  names,
  folded,
  migrants: new Set(cells.flatMap((c) => c.migrantIds)),
  associations: new Set(cells.flatMap((c) => c.associationIds)),
  projects: new Set(cells.flatMap((c) => c.projectIds)),
});

/** `cells` in the order staff see them (largest first); below staff, rows ordered by the published count. */
export function publishCorridors(
  cells: readonly CorridorMembers[],
  exact: boolean,
  disclosure: DisclosureControl,
): PublishedCorridor[] {
  const shown = (g: Group): PublishedCorridor => {
    const publish = (measure: string, ids: Set<string>) =>
      disclosure.publish(measure, { count: ids.size, fingerprint: fingerprintOfIds(ids) }, exact);
    return {
      ...g.names,
      migrants: publish(CORRIDOR_MEASURE.migrants, g.migrants),
      associations: publish(CORRIDOR_MEASURE.associations, g.associations),
      projects: publish(CORRIDOR_MEASURE.projects, g.projects),
      folded: g.folded,
    };
  };
  if (exact) return cells.map((c) => shown(group(c, false, [c])));

  const kept: Group[] = [];
  const smallByRegion = new Map<string, CorridorMembers[]>();
  for (const c of cells) {
    if (new Set(c.migrantIds).size >= MIN_GROUP_SIZE) kept.push(group(c, false, [c]));
    else smallByRegion.set(c.italianRegionId, [...(smallByRegion.get(c.italianRegionId) ?? []), c]);
  }
  const regionRows: Group[] = [];
  const stillSmall: CorridorMembers[] = [];
  for (const small of smallByRegion.values()) {
    const first = small[0]!;
    const g = group(
      { ...OTHER_REGIONS, italianRegion: first.italianRegion, italianRegionId: first.italianRegionId },
      true,
      small,
    );
    if (g.migrants.size >= MIN_GROUP_SIZE) regionRows.push(g);
    else stillSmall.push(...small);
  }
  const rows = [...kept, ...regionRows].map(shown);
  const byCount = (a: PublishedCorridor, b: PublishedCorridor) =>
    b.migrants - a.migrants ||
    a.italianRegion.localeCompare(b.italianRegion) ||
    a.moroccanRegion.localeCompare(b.moroccanRegion);
  const named = rows.filter((r) => !r.folded).sort(byCount);
  const perRegion = rows.filter((r) => r.folded).sort(byCount);
  const last = stillSmall.length > 0 ? shown(group(OTHER_REGIONS, true, stillSmall)) : undefined;
  // A last row that rounds to no migrant at all says nothing worth a row.
  return [...named, ...perRegion, ...(last && last.migrants > 0 ? [last] : [])];
}
