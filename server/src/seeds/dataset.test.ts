import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../paths.js';
import {
  ACTOR_KINDS,
  GEOGRAPHIC_TIE_TYPES,
  type SeedNode,
  type SeedNodeOf,
  TIE_TYPES,
  isActorKind,
} from './seed-schema.js';
import { type SeedSet, validateSeedDir } from './validate.js';

/**
 * The curated dataset in seeds/data (hand-curated real institutions plus the generated synthetic
 * layer), checked without a database: it must stay valid, reach the repertoire sizes of issue 3,
 * follow the published distributions, and keep the properties the explorer's demos rely on.
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

function tagged(tag: string): SeedNode[] {
  return seeds.nodes.filter((node) => 'tags' in node && node.tags.includes(tag));
}

describe('seeds/data', () => {
  it('reaches the repertoire sizes of Mig-Ressources', () => {
    expect(tagged('repertoire-diaspora').length).toBeGreaterThanOrEqual(60);
    expect(tagged('repertoire-diaspora').every((n) => n.kind === 'Association')).toBe(true);
    expect(tagged('repertoire-support').length).toBeGreaterThanOrEqual(90);
    const agencies = tagged('repertoire-agencies');
    expect(agencies.length).toBeGreaterThanOrEqual(100);
    expect(new Set(agencies.map((n) => ('country' in n ? n.country : undefined)))).toEqual(
      new Set(['IT', 'MA', 'INTL']),
    );
    // Support covers every service the repertoire names.
    const services = new Set(tagged('repertoire-support').flatMap((n) => ('services' in n ? n.services : [])));
    for (const s of [
      'INTERNSHIP',
      'INCUBATION',
      'ADMIN_ASSISTANCE',
      'FINANCIAL_ASSISTANCE',
      'MENTORSHIP',
      'COACHING',
    ] as const)
      expect(services, s).toContain(s);
  });

  it('holds ~300 networking meetings 2006–2009, each with attendees, organisations and people', () => {
    const meetings = ofKind('Event').filter(
      (e) => e.synthetic && e.date >= '2006-01-01' && e.date <= '2009-12-31' && e.type !== 'TRAINING_COURSE',
    );
    expect(meetings.length).toBeGreaterThanOrEqual(280);
    expect(meetings.length).toBeLessThanOrEqual(330);
    const attendees = new Map<string, string[]>();
    for (const t of seeds.ties)
      if (t.type === 'ATTENDED') attendees.set(t.to, [...(attendees.get(t.to) ?? []), t.from]);
    for (const m of meetings) {
      const who = attendees.get(m.id) ?? [];
      expect(who.length, m.id).toBeGreaterThanOrEqual(3);
    }
    const organised = seeds.ties.filter((t) => t.type === 'ATTENDED' && t.role === 'ORGANISER');
    expect(organised.length).toBeGreaterThanOrEqual(meetings.length - 10);
  });

  it('has the 2007 course participants: 80 in Turin and Rome, 30 in Casablanca', () => {
    const at = (event: string) =>
      seeds.ties.filter(
        (t) =>
          t.type === 'ATTENDED' &&
          t.to === event &&
          byId.get(t.from)?.kind === 'Migrant' &&
          byId.get(t.from)?.synthetic,
      ).length;
    expect(at('event-training-torino-2007') + at('event-training-roma-2007')).toBe(80);
    expect(at('event-training-casablanca-2007')).toBe(30);
  });

  it('follows the published residence and origin distributions', () => {
    const migrants = ofKind('Migrant');
    expect(migrants.length).toBeGreaterThanOrEqual(400);
    const residence = new Map<string, number>();
    const origin = new Map<string, number>();
    for (const t of seeds.ties) {
      const person = byId.get(t.from);
      if (person?.kind !== 'Migrant') continue;
      if (t.type === 'BASED_IN' && person.country === 'IT') residence.set(t.to, (residence.get(t.to) ?? 0) + 1);
      if (t.type === 'ORIGINATES_FROM') origin.set(t.to, (origin.get(t.to) ?? 0) + 1);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([id]) => id);
    expect(top(residence, 1)).toEqual(['region-lombardia']);
    expect(top(residence, 4)).toEqual(
      expect.arrayContaining(['region-lombardia', 'region-emilia-romagna', 'region-piemonte']),
    );
    expect(top(origin, 2)).toEqual(['region-beni-mellal-khenifra', 'region-casablanca-settat']);
    expect(origin.size).toBe(12);
  });

  it('has dozens of return projects of the three types, each led and placed on the map', () => {
    const projects = ofKind('ReturnProject');
    expect(projects.length).toBeGreaterThanOrEqual(36);
    expect(new Set(projects.map((p) => p.type))).toEqual(
      new Set(['INVESTMENT', 'SMALL_BUSINESS', 'NONPROFIT_COOPERATION']),
    );
    for (const p of projects) {
      expect(
        seeds.ties.some((t) => t.type === 'LEADS' && t.to === p.id),
        p.id,
      ).toBe(true);
      expect(
        seeds.ties.some((t) => t.type === 'TARGETS' && t.from === p.id),
        p.id,
      ).toBe(true);
    }
    expect(ofKind('Opportunity').filter((o) => o.country === 'IT').length).toBeGreaterThanOrEqual(20);
    expect(ofKind('Opportunity').filter((o) => o.country === 'MA').length).toBeGreaterThanOrEqual(20);
  });

  it('never states an invented tie between two real records, and sources every real one', () => {
    for (const t of seeds.ties) {
      const [from, to] = [byId.get(t.from)!, byId.get(t.to)!];
      if (t.source.startsWith('synthetic'))
        expect(from.synthetic || to.synthetic, `${t.type} ${t.from} → ${t.to}`).toBe(true);
      else expect(t.source, `${t.type} ${t.from} → ${t.to}`).toMatch(/^https?:\/\//);
    }
    for (const node of seeds.nodes.filter((n) => n.synthetic && n.kind !== 'Region')) {
      if (node.kind !== 'Migrant' && 'description' in node && node.description)
        expect(node.description, node.id).toMatch(/^Invented|Invented/);
    }
  });

  it('is not a star: hubs exist but no actor holds more than a tenth of the non-geographic ties', () => {
    const degree = new Map<string, number>();
    const social = seeds.ties.filter((t) => !GEOGRAPHIC_TIE_TYPES.has(t.type));
    for (const t of social) for (const end of [t.from, t.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const actorDegrees = [...degree]
      .filter(([id]) => isActorKind(byId.get(id)!.kind))
      .map(([, d]) => d)
      .sort((a, b) => b - a);
    expect(actorDegrees[0]!).toBeLessThan(social.length / 10);
    expect(actorDegrees.filter((d) => d >= 25).length).toBeGreaterThanOrEqual(10);
    const median = actorDegrees[Math.floor(actorDegrees.length / 2)]!;
    expect(actorDegrees[0]! / median).toBeGreaterThan(10);
  });

  it('holds the 20 Italian and 12 Moroccan regions with distinct ISO 3166-2 codes', () => {
    const regions = ofKind('Region');
    expect(regions.filter((r) => r.country === 'IT')).toHaveLength(20);
    expect(regions.filter((r) => r.country === 'MA')).toHaveLength(12);
    expect(new Set(regions.map((r) => r.code)).size).toBe(32);
    expect(regions.find((r) => r.id === 'region-beni-mellal-khenifra')?.code).toBe('MA-05');
    expect(regions.find((r) => r.id === 'region-piemonte')?.code).toBe('IT-21');
  });

  it('has actors of every kind', () => {
    const actors = seeds.nodes.filter((node) => isActorKind(node.kind));
    expect(actors.length).toBeGreaterThanOrEqual(600);
    for (const kind of ACTOR_KINDS) {
      expect(ofKind(kind).length, kind).toBeGreaterThan(0);
    }
  });

  it('uses every relationship type, some ended, some across the border', () => {
    const types = new Set(seeds.ties.map((t) => t.type));
    expect(types).toEqual(new Set(TIE_TYPES));
    for (const type of TIE_TYPES)
      expect(seeds.ties.filter((t) => t.type === type).length, type).toBeGreaterThanOrEqual(20);
    expect(seeds.ties.some((t) => t.until !== undefined)).toBe(true);
    const crossBorder = seeds.ties.filter(
      (t) =>
        !GEOGRAPHIC_TIE_TYPES.has(t.type) &&
        new Set([countryOf(t.from), countryOf(t.to)]).size === 2 &&
        [countryOf(t.from), countryOf(t.to)].every((c) => c === 'IT' || c === 'MA'),
    );
    expect(crossBorder.length).toBeGreaterThanOrEqual(100);
  });

  it('keeps people synthetic, with obviously fake personal data, across statuses and consent levels', () => {
    const people = ofKind('Migrant');
    expect(people.length).toBeGreaterThanOrEqual(400);
    for (const person of people) {
      expect(person.synthetic, person.id).toBe(true);
      if (person.email) expect(person.email, person.id).toMatch(/@example\.org$/);
    }
    expect(new Set(people.map((p) => p.status))).toEqual(new Set(['POTENTIAL', 'RESIDENT', 'RETURNED', 'CIRCULAR']));
    expect(new Set(people.map((p) => p.consent))).toEqual(new Set(['NONE', 'NETWORK', 'PUBLIC']));
    // Under-employed: tertiary education (ISCED 6+) in a job of ISCO skill level 1–2.
    const underemployed = people.filter((p) => (p.education ?? 0) >= 6 && (p.occupationLevel ?? 4) <= 2);
    expect(underemployed.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every real record a source', () => {
    for (const node of seeds.nodes.filter((n) => !n.synthetic)) expect(node.sources.length, node.id).toBeGreaterThan(0);
  });

  it('links Italian and Moroccan actors through paths of 2–4 hops', () => {
    const distances = transnationalDistances(seeds);
    const shortPaths = distances.filter((d) => d >= 2 && d <= 4);
    expect(shortPaths.length).toBeGreaterThanOrEqual(5000);
    // The demo path: a Turin diaspora network reaches the Béni Mellal investment centre through a member's project.
    expect(distance(seeds, 'assoc-codiasco', 'pa-cri-beni-mellal-khenifra')).toBeLessThanOrEqual(4);
  });
});

/** Undirected adjacency over the non-geographic ties, the ones path queries walk (docs/architecture.md#tie-types). */
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
