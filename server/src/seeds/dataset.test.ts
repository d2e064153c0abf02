import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../paths.js';
import { GEOGRAPHIC_TIE_TYPES, type SeedNode, type SeedNodeOf, TIE_TYPES, isActorKind } from './seed-schema.js';
import { type SeedSet, validateSeedDir } from './validate.js';

/**
 * The starter dataset in seeds/data, checked without a database: it must stay valid and keep the
 * properties the explorer's demos rely on (coverage of the model, transnational paths).
 */
let seeds: SeedSet;
let byId: Map<string, SeedNode>;

beforeAll(async () => {
  seeds = await validateSeedDir(paths.seedData);
  byId = new Map(seeds.nodes.map((node) => [node.id, node]));
});

function ofKind<K extends SeedNode['kind']>(kind: K): SeedNodeOf<K>[] {
  return seeds.nodes.filter((node): node is SeedNodeOf<K> => node.kind === kind);
}

function countryOf(id: string): string | undefined {
  const node = byId.get(id);
  return node && 'country' in node ? node.country : undefined;
}

describe('seeds/data', () => {
  it('holds the 20 Italian and 12 Moroccan regions with distinct ISO 3166-2 codes', () => {
    const regions = ofKind('Region');
    expect(regions.filter((r) => r.country === 'IT')).toHaveLength(20);
    expect(regions.filter((r) => r.country === 'MA')).toHaveLength(12);
    expect(new Set(regions.map((r) => r.code)).size).toBe(32);
    expect(regions.find((r) => r.id === 'region-beni-mellal-khenifra')?.code).toBe('MA-05');
    expect(regions.find((r) => r.id === 'region-piemonte')?.code).toBe('IT-21');
  });

  it('has a few dozen actors of every kind', () => {
    const actors = seeds.nodes.filter((node) => isActorKind(node.kind));
    expect(actors.length).toBeGreaterThanOrEqual(36);
    for (const kind of ['Migrant', 'Association', 'Firm', 'PublicAdministration', 'Funder'] as const) {
      expect(ofKind(kind).length, kind).toBeGreaterThan(0);
    }
  });

  it('uses every relationship type of DESIGN §2, some ended, some across the border', () => {
    expect(new Set(seeds.ties.map((t) => t.type))).toEqual(new Set(TIE_TYPES));
    expect(seeds.ties.some((t) => t.until !== undefined)).toBe(true);
    const crossBorder = seeds.ties.filter((t) => !GEOGRAPHIC_TIE_TYPES.has(t.type) && new Set([countryOf(t.from), countryOf(t.to)]).size === 2 && [countryOf(t.from), countryOf(t.to)].every((c) => c === 'IT' || c === 'MA'));
    expect(crossBorder.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps people synthetic, with obviously fake personal data, across statuses and consent levels', () => {
    const people = ofKind('Migrant');
    expect(people.length).toBeGreaterThanOrEqual(10);
    for (const person of people) {
      expect(person.synthetic, person.id).toBe(true);
      if (person.email) expect(person.email, person.id).toMatch(/@example\.org$/);
    }
    expect(new Set(people.map((p) => p.status))).toEqual(new Set(['POTENTIAL', 'RESIDENT', 'RETURNED', 'CIRCULAR']));
    expect(new Set(people.map((p) => p.consent))).toEqual(new Set(['NONE', 'NETWORK', 'PUBLIC']));
    // Under-employed: tertiary education (ISCED 6+) in a job of ISCO skill level 1–2.
    const underemployed = people.filter((p) => (p.education ?? 0) >= 6 && (p.occupationLevel ?? 4) <= 2);
    expect(underemployed.length).toBeGreaterThanOrEqual(2);
  });

  it('gives every real record a source', () => {
    for (const node of seeds.nodes.filter((n) => !n.synthetic)) expect(node.sources.length, node.id).toBeGreaterThan(0);
  });

  it('links Italian and Moroccan actors through paths of 2–4 hops', () => {
    const distances = transnationalDistances(seeds);
    const shortPaths = distances.filter((d) => d >= 2 && d <= 4);
    expect(shortPaths.length).toBeGreaterThanOrEqual(50);
    // The demo path: a Turin diaspora network reaches the Béni Mellal investment centre through a member's project.
    expect(distance(seeds, 'assoc-codiasco', 'pa-cri-beni-mellal-khenifra')).toBeLessThanOrEqual(4);
  });
});

/** Undirected adjacency over the non-geographic ties, the ones path queries walk (DESIGN §2). */
function adjacency(set: SeedSet): Map<string, string[]> {
  const next = new Map<string, string[]>();
  const add = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const tie of set.ties) {
    if (GEOGRAPHIC_TIE_TYPES.has(tie.type)) continue;
    add(tie.from, tie.to);
    add(tie.to, tie.from);
  }
  return next;
}

function bfs(next: Map<string, string[]>, from: string): Map<string, number> {
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const neighbour of next.get(current) ?? []) {
      if (!seen.has(neighbour)) {
        seen.set(neighbour, seen.get(current)! + 1);
        queue.push(neighbour);
      }
    }
  }
  return seen;
}

function distance(set: SeedSet, from: string, to: string): number {
  return bfs(adjacency(set), from).get(to) ?? Infinity;
}

/** Shortest distances from every Italian actor to every Moroccan actor it reaches. */
function transnationalDistances(set: SeedSet): number[] {
  const next = adjacency(set);
  const actors = set.nodes.filter((n) => isActorKind(n.kind));
  const moroccan = new Set(actors.filter((a) => 'country' in a && a.country === 'MA').map((a) => a.id));
  return actors
    .filter((a) => 'country' in a && a.country === 'IT')
    .flatMap((a) => [...bfs(next, a.id)].filter(([id]) => moroccan.has(id)).map(([, d]) => d));
}
