// Every graph question is true in time (docs/data-model.md#time, docs/graph-questions.md#time): on
// the curated seed, given lifetimes here where the seed has none (organisations founded and closed,
// projects started and ended, ties' since and until, by a seeded random draw), no answer on a day
// contains or counts a node or a tie that is not active on that day. The lifetimes are read back
// from the database and checked with the TypeScript twins of the rule (network/time.ts), which
// also recount what brokers, corridors and networkStats count. PONTE_TIME_SEED=<n> replays a draw.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACTOR_KINDS, PATH_TIE_TYPES } from '../../../schema/generated/model.js';
import type { BootedPonte } from '../../src/boot.js';
import {
  isNodeActiveOn,
  isTieActiveOn,
  isTieWindowOpenOn,
  tieSpanOf,
  type Day,
  type Lifetime,
} from '../../src/network/time.js';
import { prng } from '../helpers/hidden-twin.js';
import { gql } from '../helpers/http.js';
import { closeTestDriver, wipeTestDatabase } from '../helpers/neo4j.js';
import { bootSignedIn } from '../helpers/ponte.js';

const SEED = process.env.PONTE_TIME_SEED ? Number(process.env.PONTE_TIME_SEED) : Math.floor(Math.random() * 2 ** 31);
const TODAY = new Date().toISOString().slice(0, 10);
const DAYS = ['2005-06-01', '2007-06-01', '2009-10-20', '2012-01-01', TODAY];
const PASSWORD = 'time questions password, long enough';
/** Kept undated by the draw, so that the MAECI case below is about the event's day alone. */
const IOM = 'pa-iom-italy';
const HASSAN = 'funder-hassan-ii-foundation';
const MAECI_MEETING = 'event-mig-ressources-results-2009';

let ponte: BootedPonte;
let base: string;
let staff: string;
const database = () => inject('neo4jDatabase');

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const { records } = await ponte.driver.executeQuery(cypher, params, { database: database() });
  return records.map((r) => r.toObject());
}

async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(base, query, variables, staff);
  expect(res.errors, `${query} ${JSON.stringify(variables)}`).toBeUndefined();
  return res.data!;
}

/** The graph as stored, after the draw: every node's lifetime and kind, every tie. */
interface Graph {
  nodes: Map<string, { labels: string[]; country: string | null; life: Lifetime }>;
  ties: Array<{ type: string; from: string; to: string; since: Day; until: Day }>;
}
let graph: Graph;

const LIFE = 'n {.founded, .closed, .opens, .closes, .started, .ended, .date}';

async function readGraph(): Promise<Graph> {
  const nodes = new Map<string, { labels: string[]; country: string | null; life: Lifetime }>();
  for (const r of await rows(
    `MATCH (n) WHERE n.id IS NOT NULL AND NOT n:User AND NOT n:AuditEvent RETURN n.id AS id, labels(n) AS labels, n.country AS country, ${LIFE} AS life`,
  ))
    nodes.set(String(r.id), {
      labels: r.labels as string[],
      country: (r.country as string | null) ?? null,
      life: r.life as Lifetime,
    });
  const ties = (await rows(
    `MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND NOT a:User AND NOT b:User
     RETURN type(r) AS type, a.id AS from, b.id AS to, r.since AS since, r.until AS until`,
  )) as Graph['ties'];
  return { nodes, ties };
}

/**
 * Lifetimes where the seed has none, drawn from SEED: organisations founded (and some closed),
 * projects started (and some ended), ties given a since (and some an until). Dates are drawn over
 * the years the days above look at, so each day sees a different graph.
 */
async function drawLifetimes(): Promise<void> {
  const rand = prng(SEED);
  const day = (from: number, to: number) =>
    `${from + Math.floor(rand() * (to - from + 1))}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const later = (d: string, years: number) => `${Number(d.slice(0, 4)) + years}${d.slice(4)}`;
  const orgs = await rows(
    `MATCH (n:Association|Firm|PublicAdministration|Funder) WHERE n.founded IS NULL AND NOT n.id IN $kept RETURN n.id AS id ORDER BY id`,
    { kept: [IOM, HASSAN] },
  );
  const orgDates = orgs.flatMap((o) => {
    if (rand() >= 0.5) return [];
    const founded = day(1995, 2011);
    return [{ id: o.id, founded, closed: rand() < 0.2 ? later(founded, 1 + Math.floor(rand() * 10)) : null }];
  });
  await rows(
    `UNWIND $dates AS d MATCH (n:Actor {id: d.id}) SET n.founded = date(d.founded), n.closed = CASE WHEN d.closed IS NULL THEN null ELSE date(d.closed) END`,
    { dates: orgDates },
  );
  const projects = await rows(`MATCH (n:ReturnProject) WHERE n.started IS NULL RETURN n.id AS id ORDER BY id`);
  const projectDates = projects.flatMap((p) => {
    if (rand() >= 0.7) return [];
    const started = day(2004, 2013);
    return [{ id: p.id, started, ended: rand() < 0.6 ? later(started, 1 + Math.floor(rand() * 5)) : null }];
  });
  await rows(
    `UNWIND $dates AS d MATCH (n:ReturnProject {id: d.id}) SET n.started = date(d.started), n.ended = CASE WHEN d.ended IS NULL THEN null ELSE date(d.ended) END`,
    { dates: projectDates },
  );
  const ties = await rows(
    `MATCH (a)-[r]->(b) WHERE r.since IS NULL AND a.id IS NOT NULL AND NOT a.id IN $kept AND NOT b.id IN $kept
     RETURN elementId(r) AS id ORDER BY a.id, type(r), b.id`,
    { kept: [IOM, HASSAN] },
  );
  const tieDates = ties.flatMap((t) => {
    if (rand() >= 0.3) return [];
    const since = day(2000, 2014);
    return [{ id: t.id, since, until: rand() < 0.3 ? later(since, 1 + Math.floor(rand() * 6)) : null }];
  });
  await rows(
    `UNWIND $dates AS d MATCH ()-[r]->() WHERE elementId(r) = d.id
     SET r.since = date(d.since), r.until = CASE WHEN d.until IS NULL THEN r.until ELSE date(d.until) END`,
    { dates: tieDates },
  );
}

beforeAll(async () => {
  console.log(`time-questions: seed ${SEED} (replay with PONTE_TIME_SEED=${SEED})`);
  await wipeTestDatabase();
  await closeTestDriver();
  const booted = await bootSignedIn(['staff'], { domain: 'time.example', password: PASSWORD, seed: 'auto' });
  ({ ponte, base } = booted);
  staff = booted.tokens.staff;
  await drawLifetimes();
  graph = await readGraph();
}, 180_000);

afterAll(async () => {
  await ponte?.shutdown();
});

// --- the oracle: the rule of time over the graph as read ------------------------------------

function nodeActive(id: string, day: string): boolean {
  const node = graph.nodes.get(id);
  if (!node) throw new Error(`no node ${id} in the graph read back`);
  return isNodeActiveOn(node.life, day);
}

function tieActive(t: { type: string; from: string; to: string }, day: string): boolean {
  const stored = graph.ties.filter((s) => s.type === t.type && s.from === t.from && s.to === t.to);
  expect(stored.length, `tie ${t.type} ${t.from} → ${t.to} is stored`).toBeGreaterThan(0);
  return stored.some((s) => isTieActiveOn(s, graph.nodes.get(s.from)!.life, graph.nodes.get(s.to)!.life, day));
}

/** Fails naming every node and tie of an answer that is not active on `day`. */
function expectActive(
  what: string,
  day: string,
  nodeIds: readonly string[],
  ties: ReadonlyArray<{ type: string; from: string; to: string }>,
): void {
  const inactive = [
    ...nodeIds.filter((id) => !nodeActive(id, day)).map((id) => `node ${id}`),
    ...ties.filter((t) => !tieActive(t, day)).map((t) => `tie ${t.type} ${t.from} → ${t.to}`),
  ];
  expect(inactive, `${what} on ${day} (PONTE_TIME_SEED=${SEED})`).toEqual([]);
}

/** The walkable ties active on `day` (the ones paths, brokers and degrees use). */
function activeWalkableTies(day: string) {
  return graph.ties.filter(
    (t) =>
      (PATH_TIE_TYPES as readonly string[]).includes(t.type) &&
      isTieActiveOn(t, graph.nodes.get(t.from)!.life, graph.nodes.get(t.to)!.life, day),
  );
}

/** Ids to ask about: seeded picks among the actors (the two hubs of the MAECI case first). */
function picks(kind: string, n: number, salt: number): string[] {
  const rand = prng(SEED + salt);
  const pool = [...graph.nodes].filter(([, v]) => v.labels.includes(kind)).map(([id]) => id);
  const out: string[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

const PATH = 'nodes { id } edges { type from to }';
type ShownPath = { nodes: Array<{ id: string }>; edges: Array<{ type: string; from: string; to: string }> };
const pathIds = (p: ShownPath) => p.nodes.map((n) => n.id);

describe('every answer on a day holds only what is active on that day', () => {
  it('paths never walk the 2009 MAECI meeting in 2007, and find other ways', { timeout: 60_000 }, async () => {
    const q = `query($f: GraphFilter) { paths(from: "${IOM}", to: "${HASSAN}", limit: 10, maxHops: 4, filter: $f) { ${PATH} } }`;
    const in2007 = await ask<{ paths: ShownPath[] }>(q, { f: { asOf: '2007-06-01' } });
    expect(in2007.paths.length).toBeGreaterThan(0);
    for (const p of in2007.paths) {
      expect(pathIds(p)).not.toContain(MAECI_MEETING);
      expectActive('paths IOM → Hassan II', '2007-06-01', pathIds(p), p.edges);
    }
    // On the meeting's day the meeting exists, and attending it is active.
    expect(nodeActive(MAECI_MEETING, '2009-10-20')).toBe(true);
    expect(nodeActive(MAECI_MEETING, '2007-06-01')).toBe(false);
  });

  it('neighbourhood and paths (filter.asOf)', { timeout: 240_000 }, async () => {
    const starts = [IOM, HASSAN, ...picks('Association', 2, 1), ...picks('Funder', 1, 2)];
    for (const day of DAYS) {
      const { neighbourhood } = await ask<{
        neighbourhood: {
          nodes: Array<{ id: string; degree: number }>;
          edges: Array<{ type: string; from: string; to: string }>;
        };
      }>(
        `query($ids: [ID!]!, $f: GraphFilter) { neighbourhood(ids: $ids, depth: 2, limit: 400, filter: $f) { nodes { id degree } edges { type from to } } }`,
        { ids: starts, f: { asOf: day } },
      );
      expectActive(
        'neighbourhood',
        day,
        neighbourhood.nodes.map((n) => n.id),
        neighbourhood.edges,
      );
      // Degrees count the walkable ties active that day, to nodes active that day.
      const active = activeWalkableTies(day);
      for (const n of neighbourhood.nodes.slice(0, 15))
        expect(n.degree, `degree of ${n.id} on ${day}`).toBe(
          active.filter((t) => t.from === n.id || t.to === n.id).length,
        );
      const ends = [...picks('Association', 3, 3), ...picks('Firm', 2, 4), ...picks('Funder', 2, 5)];
      for (let i = 0; i + 1 < ends.length; i += 2) {
        const { paths } = await ask<{ paths: ShownPath[] }>(
          `query($from: ID!, $to: ID!, $f: GraphFilter) { paths(from: $from, to: $to, limit: 5, filter: $f) { ${PATH} } }`,
          { from: ends[i], to: ends[i + 1], f: { asOf: day } },
        );
        for (const p of paths) expectActive(`paths ${ends[i]} → ${ends[i + 1]}`, day, pathIds(p), p.edges);
      }
    }
  });

  it('introductions and commonConnections', { timeout: 240_000 }, async () => {
    const askers = [IOM, ...picks('Association', 2, 6)];
    for (const day of DAYS) {
      for (const from of askers) {
        for (const target of [{ kinds: ['Funder'] }, { countries: ['MA'] }]) {
          const { introductions } = await ask<{ introductions: Array<{ target: { id: string }; path: ShownPath }> }>(
            `query($from: ID!, $t: ActorQuery!, $d: Date) { introductions(from: $from, target: $t, limit: 15, asOf: $d) { target { id } path { ${PATH} } } }`,
            { from, t: target, d: day },
          );
          for (const i of introductions)
            expectActive(`introductions from ${from}`, day, [i.target.id, ...pathIds(i.path)], i.path.edges);
        }
      }
      const active = activeWalkableTies(day);
      for (const ids of [[IOM, HASSAN], picks('Association', 3, 7), [IOM, ...picks('Funder', 2, 8)]]) {
        const { commonConnections } = await ask<{
          commonConnections: Array<{
            node: { id: string; degree: number };
            ties: Array<{ type: string; from: string; to: string }>;
          }>;
        }>(
          `query($ids: [ID!]!, $d: Date) { commonConnections(ids: $ids, limit: 200, asOf: $d) { node { id degree } ties { type from to } } }`,
          { ids, d: day },
        );
        for (const c of commonConnections) {
          expectActive(`commonConnections ${ids.join(',')}`, day, [c.node.id], c.ties);
          expect(c.node.degree, `degree of ${c.node.id} on ${day}`).toBe(
            active.filter((t) => t.from === c.node.id || t.to === c.node.id).length,
          );
        }
      }
    }
  });

  it('brokers: each broker active, its ties counted as the rule counts them', { timeout: 240_000 }, async () => {
    for (const day of [...DAYS, undefined]) {
      const on = day ?? TODAY;
      const { brokers } = await ask<{
        brokers: Array<{ id: string; italianTies: number; moroccanTies: number; crossBorderTies: number }>;
      }>(`query($d: Date) { brokers(limit: 30, asOf: $d) { id italianTies moroccanTies crossBorderTies } }`, {
        d: day,
      });
      const active = activeWalkableTies(on).filter(
        (t) => graph.nodes.get(t.from)!.labels.includes('Actor') && graph.nodes.get(t.to)!.labels.includes('Actor'),
      );
      for (const b of brokers) {
        expectActive('brokers', on, [b.id], []);
        const neighbours = new Set(active.flatMap((t) => (t.from === b.id ? [t.to] : t.to === b.id ? [t.from] : [])));
        neighbours.delete(b.id);
        const inCountry = (c: string) => [...neighbours].filter((n) => graph.nodes.get(n)!.country === c).length;
        expect([b.italianTies, b.moroccanTies], `broker ${b.id} on ${on}`).toEqual([inCountry('IT'), inCountry('MA')]);
      }
    }
  });

  it('opportunityMatches and supportMatches', { timeout: 300_000 }, async () => {
    const migrants = picks('Migrant', 4, 9);
    const projects = picks('ReturnProject', 6, 10);
    for (const day of DAYS) {
      for (const id of migrants) {
        const { opportunityMatches } = await ask<{
          opportunityMatches: Array<{ opportunity: { id: string }; path: ShownPath | null }>;
        }>(
          `query($id: ID!, $d: Date) { opportunityMatches(migrantId: $id, limit: 20, asOf: $d) { opportunity { id } path { ${PATH} } } }`,
          { id, d: day },
        );
        for (const m of opportunityMatches)
          expectActive(
            `opportunityMatches ${id}`,
            day,
            [m.opportunity.id, ...(m.path ? pathIds(m.path) : [])],
            m.path?.edges ?? [],
          );
      }
      for (const id of projects) {
        const res = await gql<{ supportMatches: Array<{ provider: { id: string }; path: ShownPath | null }> }>(
          base,
          `query($id: ID!, $d: Date) { supportMatches(projectId: $id, limit: 20, asOf: $d) { provider { id } path { ${PATH} } } }`,
          { id, d: day },
          staff,
        );
        if (!nodeActive(id, day)) {
          // A project is helped while it runs: another day is refused, naming asOf.
          expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
          continue;
        }
        expect(res.errors).toBeUndefined();
        for (const m of res.data!.supportMatches)
          expectActive(
            `supportMatches ${id}`,
            day,
            [m.provider.id, ...(m.path ? pathIds(m.path) : [])],
            m.path?.edges ?? [],
          );
      }
    }
  });

  it('networkStats and corridors count what the rule counts (staff: exact)', { timeout: 240_000 }, async () => {
    for (const day of DAYS) {
      const { networkStats } = await ask<{
        networkStats: {
          actorsByKind: Array<{ name: string; count: number }>;
          tiesByType: Array<{ name: string; count: number }>;
          growth: Array<{ year: number; newTies: number; activeTies: number }>;
        };
      }>(
        `query($d: Date) { networkStats(asOf: $d) { actorsByKind { name count } tiesByType { name count } growth { year newTies activeTies } } }`,
        { d: day },
      );
      // Growth: each walkable tie is new in the year its span begins and active on the 31 December
      // of each year its span covers (on the day asked in that day's year).
      const spans = graph.ties
        .filter((t) => (PATH_TIE_TYPES as readonly string[]).includes(t.type))
        .map((t) => tieSpanOf(t, graph.nodes.get(t.from)!.life, graph.nodes.get(t.to)!.life))
        .filter((s) => s.first !== null && s.first <= day && (s.last === null || s.first <= s.last));
      for (const g of networkStats.growth) {
        const on = g.year === Number(day.slice(0, 4)) ? day : `${g.year}-12-31`;
        expect([g.newTies, g.activeTies], `growth in ${g.year} as of ${day}`).toEqual([
          spans.filter((s) => s.first!.startsWith(String(g.year))).length,
          spans.filter((s) => s.first! <= on && (s.last === null || s.last >= on)).length,
        ]);
      }
      const byType = new Map<string, number>();
      for (const t of graph.ties)
        if (isTieActiveOn(t, graph.nodes.get(t.from)!.life, graph.nodes.get(t.to)!.life, day))
          byType.set(t.type, (byType.get(t.type) ?? 0) + 1);
      expect(Object.fromEntries(networkStats.tiesByType.map((t) => [t.name, t.count])), `ties on ${day}`).toEqual(
        Object.fromEntries(byType),
      );
      const byKind = new Map<string, number>();
      for (const [, n] of graph.nodes)
        if (n.labels.includes('Actor') && isNodeActiveOn(n.life, day)) {
          const kind = n.labels.find((l) => (ACTOR_KINDS as readonly string[]).includes(l))!;
          byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        }
      for (const k of networkStats.actorsByKind) expect(k.count, `${k.name} on ${day}`).toBe(byKind.get(k.name) ?? 0);

      const { corridors } = await ask<{
        corridors: Array<{
          italianRegionId: string;
          moroccanRegionId: string;
          migrants: number;
          associations: number;
          projects: number;
        }>;
      }>(
        `query($d: Date) { corridors(asOf: $d) { italianRegionId moroccanRegionId migrants associations projects } }`,
        { d: day },
      );
      const open = (type: string) => graph.ties.filter((t) => t.type === type && isTieWindowOpenOn(t, day));
      const based = open('BASED_IN').filter(
        (t) => graph.nodes.get(t.to)!.country === 'IT' && graph.nodes.get(t.from)!.labels.includes('Migrant'),
      );
      const origin = open('ORIGINATES_FROM').filter((t) => graph.nodes.get(t.to)!.country === 'MA');
      const expected = new Map<string, Set<string>>();
      for (const b of based)
        for (const o of origin.filter((o) => o.from === b.from))
          expected.set(`${b.to}|${o.to}`, (expected.get(`${b.to}|${o.to}`) ?? new Set()).add(b.from));
      const members = (migrants: Set<string>, type: string, label: string) =>
        new Set(
          open(type)
            .filter(
              (t) => migrants.has(t.from) && graph.nodes.get(t.to)!.labels.includes(label) && nodeActive(t.to, day),
            )
            .map((t) => t.to),
        ).size;
      expect(
        corridors
          .map((c) => [`${c.italianRegionId}|${c.moroccanRegionId}`, c.migrants, c.associations, c.projects])
          .sort(),
        `corridors on ${day}`,
      ).toEqual(
        [...expected]
          .map(([k, m]) => [k, m.size, members(m, 'MEMBER_OF', 'Association'), members(m, 'LEADS', 'ReturnProject')])
          .sort(),
      );
    }
  });
});
