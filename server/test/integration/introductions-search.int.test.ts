// The deepening search of `introductions` gives the answer of the exhaustive one (one search to
// maxHops, network/introductions-exhaustive.ts, what main answered): the same targets, in the same
// order, with the same hops, scores and reasons, for many askers, criteria, limits and maxHops,
// on the seed data and on a small generated graph with hubs. Also checks that it did stop early.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScale } from '../../../seeds/generator/scale.js';
import { viewerFor } from '../../src/auth/roles.js';
import { applyMigrations } from '../../src/db/migrations.js';
import type { Introduction } from '../../src/network/introduction-ranking.js';
import {
  findIntroductions,
  type IntroductionQuestion,
  type SearchRound,
} from '../../src/network/introduction-search.js';
import { matchingActors } from '../../src/network/introduction-candidates.js';
import { findIntroductionsExhaustively, matchingActorsByScan } from '../../src/network/introductions-exhaustive.js';
import type { Wanted } from '../../src/network/match.js';
import { networkSession } from '../../src/network/session.js';
import { paths } from '../../src/paths.js';
import { bulkLoad } from '../../src/seeds/bulk-load.js';
import { loadSeeds } from '../../src/seeds/load.js';
import { closeTestDriver, testDatabase, testDriver, wipeTestDatabase } from '../helpers/neo4j.js';

const context = () => networkSession(testDriver(), testDatabase(), viewerFor('staff'));

async function ids(cypher: string): Promise<string[]> {
  return (await testDriver().executeQuery(cypher, {}, { database: testDatabase() })).records.map(
    (r) => r.get('id') as string,
  );
}

/** What must be equal: the targets in order, with hops, score and reasons (not the path's nodes: among equally short paths the engine picks). */
const essentials = (answer: Introduction[]) =>
  answer.map((i) => ({
    id: i.match.node.id,
    hops: i.path.ties.length,
    score: i.score,
    reasons: i.match.reasons,
    reasonParts: i.match.reasonParts,
  }));

/** Wants built from the loaded graph: two Moroccan regions (the busiest and a quiet one). */
async function wants(): Promise<Wanted[]> {
  const regions = await ids(
    `MATCH (g:Region {country: 'MA'}) RETURN g.id AS id ORDER BY COUNT { (g)<--() } DESC, g.id`,
  );
  const [busy, quiet] = [regions[0]!, regions[regions.length - 3]!];
  return [
    { kinds: ['Funder'], countries: ['MA'] },
    { kinds: ['Funder', 'Firm'], regions: [busy, quiet] },
    { regions: [quiet] },
    { services: ['INCUBATION', 'FINANCIAL_ASSISTANCE'], countries: ['MA', 'IT'] },
    { kinds: ['Association'], services: ['TRAINING'], regions: [busy] },
    { kinds: ['Firm'], sector: 'agri' },
    // One candidate on the seed data (none on the generated graph): Neo4j plans a search to a
    // single target as a bidirectional one, the exhaustive search and every round alike.
    { kinds: ['Funder'], sector: 'mre-investment' },
  ];
}

/** Asks every question both ways; returns the deepening's rounds for the checks on stopping. */
async function compareAll(askers: string[], questions: Array<Omit<IntroductionQuestion, 'from'>>) {
  const stops: Array<{ maxHops: number; deepest: number; cutShort: boolean; exhaustiveHops: number[] }> = [];
  let nonEmpty = 0;
  for (const from of askers) {
    // The candidates' read (by label, from the regions) finds what main's scan of every actor found.
    for (const wanted of new Set(questions.map((q) => q.wanted))) {
      const sorted = (m: Map<string, unknown>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      expect(sorted(await matchingActors(context(), from, wanted)), JSON.stringify(wanted)).toEqual(
        sorted(await matchingActorsByScan(context(), from, wanted)),
      );
    }
    for (const question of questions) {
      const q = { ...question, from };
      const rounds: SearchRound[] = [];
      const deepening = await findIntroductions(context(), q, { onRound: (r) => rounds.push(r) });
      const exhaustive = await findIntroductionsExhaustively(context(), q);
      expect(essentials(deepening), JSON.stringify(q)).toEqual(essentials(exhaustive));
      if (exhaustive.length > 0) nonEmpty++;
      const last = rounds.at(-1);
      stops.push({
        maxHops: q.maxHops,
        deepest: last?.depth ?? 0,
        // Candidates were left unreached after the last round, before maxHops: the rule dropped them.
        cutShort: last !== undefined && last.depth < q.maxHops && last.reached < last.targets,
        exhaustiveHops: exhaustive.map((i) => i.path.ties.length),
      });
    }
  }
  return { stops, nonEmpty };
}

function questionsFor(wanted: Wanted[]): Array<Omit<IntroductionQuestion, 'from'>> {
  const shapes = [
    { maxHops: 3, limit: 10 },
    { maxHops: 4, limit: 3 },
    { maxHops: 2, limit: 1 },
    { maxHops: 4, limit: 50 },
  ];
  return wanted.flatMap((w) => shapes.map((s) => ({ ...s, wanted: w })));
}

afterAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
});

describe('introductions: deepening search = exhaustive search, on the seed data', () => {
  beforeAll(async () => {
    await wipeTestDatabase();
    await applyMigrations(testDriver(), testDatabase());
    await loadSeeds(testDriver(), { database: testDatabase(), dir: paths.seedData });
  });

  // 168 questions answered twice; the exhaustive reference lists every shortest path to every
  // match it reaches (docs/graph-questions.md#equal-paths), which takes over a minute on a loaded machine.
  it(
    'same targets, order, hops, scores and reasons for 6 askers × 7 wants × 4 limits/maxHops',
    { timeout: 300_000 },
    async () => {
      // Askers of every kind, some well connected, some not; the order by id keeps them fixed.
      const askers = [
        ...(await ids(
          `MATCH (a:Association {country: 'IT'}) RETURN a.id AS id ORDER BY COUNT { (a)--() } DESC, a.id LIMIT 2`,
        )),
        ...(await ids(`MATCH (a:Firm {country: 'MA'}) RETURN a.id AS id ORDER BY a.id LIMIT 2`)),
        ...(await ids(`MATCH (a:Migrant) WHERE EXISTS { (a)--(:Actor) } RETURN a.id AS id ORDER BY a.id LIMIT 1`)),
        ...(await ids(`MATCH (a:PublicAdministration) RETURN a.id AS id ORDER BY COUNT { (a)--() } ASC, a.id LIMIT 1`)),
      ];
      expect(askers).toHaveLength(6);
      const { stops, nonEmpty } = await compareAll(askers, questionsFor(await wants()));
      expect(nonEmpty).toBeGreaterThan(stops.length / 2);
      // It stopped before maxHops with candidates not reached yet…
      expect(stops.filter((s) => s.cutShort).length).toBeGreaterThan(0);
      // …and went all the way when the answer needed it.
      expect(stops.some((s) => s.deepest === s.maxHops && s.exhaustiveHops.includes(s.maxHops))).toBe(true);
    },
  );
});

describe('introductions: deepening search = exhaustive search, on a generated graph with hubs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ponte-introductions-'));
    generateScale({
      actors: 2_000,
      ties: 12_000,
      seed: 5,
      out: dir,
      regionsFile: path.join(paths.seedData, 'regions.json'),
    });
    await wipeTestDatabase();
    await applyMigrations(testDriver(), testDatabase());
    await bulkLoad(testDriver(), { database: testDatabase(), dir, batchSize: 5_000 });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'same targets, order, hops, scores and reasons for 5 askers × 7 wants × 4 limits/maxHops',
    { timeout: 300_000 },
    async () => {
      const askers = [
        ...(await ids(
          `MATCH (a:Association {country: 'IT'}) WHERE EXISTS { (a)--(:Actor) } RETURN a.id AS id ORDER BY a.id LIMIT 3`,
        )),
        ...(await ids(`MATCH (a:Funder) RETURN a.id AS id ORDER BY COUNT { (a)--() } DESC, a.id LIMIT 1`)),
        ...(await ids(`MATCH (a:Migrant) WHERE EXISTS { (a)--(:Actor) } RETURN a.id AS id ORDER BY a.id LIMIT 1`)),
      ];
      expect(askers).toHaveLength(5);
      const { stops, nonEmpty } = await compareAll(askers, questionsFor(await wants()));
      expect(nonEmpty).toBeGreaterThan(stops.length / 2);
      expect(stops.filter((s) => s.cutShort).length).toBeGreaterThan(10);
    },
  );
});
