// The walk graph answers as Neo4j does (docs/graph-questions.md#the-walk-index). Properties, on
// the seed data and on a generated graph with hubs, for seeded random starts, targets, filters and
// hop bounds, as every asker class:
// - the distances (shortestDistances) and the shortest paths (findPathsToEach, findPathsToMany)
//   found on the walk graph are those the Cypher searches find, path for path;
// - the questions built on them (introductions, opportunityMatches, supportMatches) give the same
//   whole answers with and without the walk graph;
// - a walk graph of an older version is never used: after a write the searches ask Neo4j (and
//   answer as of the write) until the graph is read again, and the graph read again equals one
//   read from scratch.
// Each search is also asked of the walk graph directly, which must answer (not hand over to Neo4j).
// PONTE_WALKS_SEED=<n> replays a run; the seed is printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATH_TIE_TYPES } from '../../../schema/generated/model.js';
import { viewerFor } from '../../src/auth/roles.js';
import { AnswerCache, databaseVersion } from '../../src/network/answer-cache.js';
import { findPathsToEach, findPathsToMany, PATHS_CAP, shortestDistances } from '../../src/network/find-paths.js';
import { checkFilter, type FilterInput } from '../../src/network/input.js';
import { introductions } from '../../src/network/questions/introductions.js';
import { opportunityMatches } from '../../src/network/questions/opportunity-matches.js';
import { supportMatches } from '../../src/network/questions/support-matches.js';
import { networkSession, type NetworkSession } from '../../src/network/session.js';
import { readWalkGraph } from '../../src/network/walks/read-walk-graph.js';
import { WalkIndex } from '../../src/network/walks/walk-index.js';
import { walkedDistances, walkedShortestPaths } from '../../src/network/walks/walk-paths.js';
import { pathsByTarget } from '../helpers/paths-by-target.js';
import { idsOf as ids, useGeneratedGraph, useSeedData } from '../helpers/graphs.js';
import { prng } from '../helpers/hidden-twin.js';
import { closeTestDriver, testDatabase, testDriver, wipeTestDatabase } from '../helpers/neo4j.js';

const SEED = process.env.PONTE_WALKS_SEED ? Number(process.env.PONTE_WALKS_SEED) : Math.floor(Math.random() * 2 ** 31);
const ROLES = ['anonymous', 'analyst', 'partner', 'staff'] as const;
type Role = (typeof ROLES)[number];
const TODAY = '2026-12-07';
const json = (x: unknown) => JSON.stringify(x);

let index: WalkIndex;

/** A session for `role` that asks Neo4j (`walks` false) or walks the graph in memory, with fresh caches. */
function session(role: Role, walks: boolean): NetworkSession {
  const { walks: _registry, ...base } = networkSession(testDriver(), testDatabase(), viewerFor(role), () => TODAY);
  const cache = () => new AnswerCache({ version: () => databaseVersion(testDriver(), testDatabase()) });
  return { ...base, answers: cache(), questionAnswers: cache(), ...(walks ? { walks: index } : {}) };
}

function pick<T>(rand: () => number, from: readonly T[], n: number): T[] {
  const pool = [...from];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

/** A random filter of the kinds the path questions take (never transnationalOnly: those searches ask Neo4j). */
function randomFilter(rand: () => number, days: readonly string[]): FilterInput | null {
  const filter: Record<string, unknown> = {};
  if (rand() < 0.5) filter.asOf = pick(rand, days, 1)[0];
  if (rand() < 0.25) filter.minConfidence = Math.round(rand() * 10) / 10;
  if (rand() < 0.2)
    filter.kinds = pick(rand, ['Migrant', 'Association', 'Firm', 'Funder', 'PublicAdministration', 'Event'], 3);
  if (rand() < 0.2) filter.countries = pick(rand, ['IT', 'MA'], 1);
  if (rand() < 0.2) filter.relationshipTypes = pick(rand, PATH_TIE_TYPES, 5);
  return Object.keys(filter).length > 0 ? filter : null;
}

/** Random searches: the walk graph's answers equal Neo4j's. Returns how many targets were reached. */
async function checkSearches(rand: () => number, rounds: number) {
  const starts = [
    ...(
      await ids(`MATCH (a:Actor) WHERE NOT a:Migrant AND EXISTS { (a)--(:Actor) } RETURN a.id AS id ORDER BY a.id`)
    ).map((id) => ({ id, label: 'Actor' })),
    ...(await ids(`MATCH (m:Migrant) WHERE EXISTS { (m)--(:Actor) } RETURN m.id AS id ORDER BY m.id`)).map((id) => ({
      id,
      label: 'Migrant',
    })),
    ...(await ids(`MATCH (p:ReturnProject) RETURN p.id AS id ORDER BY p.id`)).map((id) => ({
      id,
      label: 'ReturnProject',
    })),
  ];
  const actors = await ids(`MATCH (a:Actor) RETURN a.id AS id ORDER BY a.id`);
  const days = ['2008-06-30', '2012-06-30', '2018-03-01', '2022-09-01', TODAY];
  let reached = 0;
  for (let round = 0; round < rounds; round++) {
    const [start] = pick(rand, starts, 1);
    const targets = pick(rand, actors, 1 + Math.floor(rand() * 60)).filter((t) => t !== start!.id);
    const filterInput = randomFilter(rand, days);
    const filter = checkFilter('walks', filterInput, false);
    const maxHops = 1 + Math.floor(rand() * 4);
    const role = pick(rand, ROLES, 1)[0]!;
    const args = { from: start!.id, fromLabel: start!.label, targets, maxHops, filter };
    const label = `round ${round}: ${start!.id} ≤ ${maxHops} as ${role}, filter ${json(filterInput)} (seed ${SEED})`;
    // The walk graph answers itself (it is current and the filter is one it walks).
    expect(await walkedDistances(session(role, true), args), label).toBeDefined();
    const distances = await shortestDistances(session(role, false), args);
    expect(await shortestDistances(session(role, true), args), label).toEqual(distances);
    const listed = await walkedShortestPaths(session(role, true), {
      ...args,
      targets: targets.map((id) => ({ id, maxHops })),
      cap: PATHS_CAP,
    });
    expect(listed, label).toBeDefined();
    const each = pathsByTarget(await findPathsToEach(session(role, false), args));
    expect(pathsByTarget(listed!), label).toEqual(each);
    expect(pathsByTarget(await findPathsToEach(session(role, true), args)), label).toEqual(each);
    expect(pathsByTarget(await findPathsToMany(session(role, true), args)), label).toEqual(each);
    reached += distances.size;
  }
  return reached;
}

/** The questions on the walks give Neo4j's whole answers, for every asker class. */
async function checkQuestions(
  askers: string[],
  migrants: string[],
  projects: string[],
  days: Array<string | undefined>,
) {
  let answered = 0;
  for (const role of ROLES) {
    for (const asOf of days) {
      const asks: Array<[string, (s: NetworkSession) => Promise<unknown>]> = [
        ...askers.map((from): [string, (s: NetworkSession) => Promise<unknown>] => [
          `introductions from ${from}`,
          (s) => introductions(s, { from, asOf, target: { kinds: ['Funder', 'Firm'], countries: ['MA'] } }),
        ]),
        ...migrants.map((migrantId): [string, (s: NetworkSession) => Promise<unknown>] => [
          `opportunityMatches ${migrantId}`,
          (s) => opportunityMatches(s, { migrantId, asOf, limit: 50 }),
        ]),
        ...projects.map((projectId): [string, (s: NetworkSession) => Promise<unknown>] => [
          `supportMatches ${projectId}`,
          (s) => supportMatches(s, { projectId, asOf, limit: 20 }),
        ]),
      ];
      for (const [label, ask] of asks) {
        const neo4j = await ask(session(role, false)).catch((e: Error) => e.message);
        const walked = await ask(session(role, true)).catch((e: Error) => e.message);
        expect(json(walked), `${label} on ${asOf ?? 'today'} as ${role}`).toBe(json(neo4j));
        if (Array.isArray(neo4j) && neo4j.length > 0) answered++;
      }
    }
  }
  return answered;
}

/** Loads a graph into the test database and reads its walk graph. */
async function useGraph(load: () => Promise<void>): Promise<void> {
  await load();
  index = new WalkIndex(testDriver(), testDatabase());
  expect(await index.build()).toBeDefined();
}

beforeAll(() => console.log(`walks: PONTE_WALKS_SEED=${SEED}`));
afterAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
});

describe('the walk graph on the seed data', () => {
  beforeAll(() => useGraph(useSeedData), 600_000);

  it('finds the distances and the shortest paths Neo4j finds, for random searches', { timeout: 900_000 }, async () => {
    expect(await checkSearches(prng(SEED), 60)).toBeGreaterThan(30);
  });

  it('answers introductions, opportunityMatches and supportMatches as Neo4j does', { timeout: 900_000 }, async () => {
    const askers = await ids(
      `MATCH (a:Association {country: 'IT'}) RETURN a.id AS id ORDER BY COUNT { (a)--() } DESC, a.id LIMIT 2`,
    );
    const migrants = await ids(`MATCH (m:Migrant) RETURN m.id AS id ORDER BY COUNT { (m)--() } DESC, m.id LIMIT 3`);
    const projects = await ids(`MATCH (p:ReturnProject) WHERE p.needs <> [] RETURN p.id AS id ORDER BY p.id LIMIT 3`);
    expect(await checkQuestions(askers, migrants, projects, [undefined, '2018-03-01'])).toBeGreaterThan(10);
  });

  it(
    'is never used once a write lands, and read again equals a graph read from scratch',
    { timeout: 900_000 },
    async () => {
      const [migrant] = await ids(
        `MATCH (m:Migrant {consent: 'NETWORK'})--(:Actor) RETURN m.id AS id ORDER BY COUNT { (m)--() } DESC, m.id LIMIT 1`,
      );
      const [asker] = await ids(
        `MATCH (a:Association)--(m:Migrant {id: '${migrant}'}) RETURN a.id AS id ORDER BY a.id LIMIT 1`,
      );
      const targets = await ids(`MATCH (t:Actor) RETURN t.id AS id ORDER BY t.id`);
      const args = {
        from: asker!,
        targets: targets.filter((t) => t !== asker),
        maxHops: 3,
        filter: checkFilter('walks', null, false),
      };
      const before = await shortestDistances(session('analyst', true), args);
      // The migrant withdraws consent: below staff they no longer exist, so nothing may be reached through them.
      await testDriver().executeQuery(
        `MATCH (m:Migrant {id: $id}) SET m.consent = 'NONE'`,
        { id: migrant },
        { database: testDatabase() },
      );
      expect(await walkedDistances(session('analyst', true), args)).toBeUndefined();
      const after = await shortestDistances(session('analyst', false), args);
      expect(await shortestDistances(session('analyst', true), args)).toEqual(after);
      expect(before.get(migrant!)).toBe(1);
      expect(after.has(migrant!)).toBe(false);
      // Read again, the graph equals one read from scratch, and it answers again.
      const rebuilt = await index.build();
      expect(rebuilt).toBeDefined();
      expect(rebuilt!.graph).toEqual(await readWalkGraph(testDriver(), testDatabase()));
      expect(await walkedDistances(session('analyst', true), args)).toEqual(after);
    },
  );
});

describe('the walk graph on a generated graph with hubs', () => {
  beforeAll(() => useGraph(() => useGeneratedGraph({ actors: 2_000, ties: 12_000, seed: 3 })), 600_000);

  it('finds the distances and the shortest paths Neo4j finds, for random searches', { timeout: 900_000 }, async () => {
    expect(await checkSearches(prng(SEED + 1), 40)).toBeGreaterThan(30);
  });

  it('answers introductions, opportunityMatches and supportMatches as Neo4j does', { timeout: 900_000 }, async () => {
    const askers = await ids(
      `MATCH (a:Association {country: 'IT'}) WHERE EXISTS { (a)--(:Actor) } RETURN a.id AS id ORDER BY a.id LIMIT 2`,
    );
    const migrants = await ids(
      `MATCH (m:Migrant) RETURN m.id AS id ORDER BY COUNT { (m)--(:Actor) } DESC, m.id LIMIT 2`,
    );
    const projects = await ids(`MATCH (p:ReturnProject) WHERE p.needs <> [] RETURN p.id AS id ORDER BY p.id LIMIT 2`);
    expect(await checkQuestions(askers, migrants, projects, ['2012-06-30', '2022-09-01'])).toBeGreaterThan(5);
  });
});
