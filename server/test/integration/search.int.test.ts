// `search` over HTTP on the curated seed: the relevance set's score (docs/search.md#relevance), the
// cases of issue #15, every kind of node, kinds, asOf, and unknown ids named by every question.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/paths.js';
import { gql } from '../helpers/http.js';
import { bootTestPonte, signedIn, type TestPonte } from '../helpers/ponte.js';

interface RelevanceSet {
  readonly recorded: { readonly first: number; readonly top3: number; readonly mrr: number };
  readonly queries: ReadonlyArray<{ lang: string; case: string; text: string; expect: string[] }>;
}
const RELEVANCE = JSON.parse(
  readFileSync(`${repoRoot}/server/test/relevance/search-relevance.json`, 'utf8'),
) as RelevanceSet;

const SEARCH = `query($text: String!, $kinds: [NodeKind!], $limit: Int, $asOf: Date) {
  search(text: $text, kinds: $kinds, limit: $limit, asOf: $asOf) { id name kind score matchedName }
}`;
type Hit = { id: string; name: string; kind: string; score: number; matchedName: string | null };

let booted: TestPonte;
let base: string;
let staff: string;

beforeAll(async () => {
  booted = await bootTestPonte({ seed: 'auto' });
  base = booted.base;
  staff = await signedIn(booted, 'staff@search.test', 'staff password for search tests', 'staff', null);
});

afterAll(async () => {
  await booted?.ponte.shutdown();
});

async function search(text: string, extra: Record<string, unknown> = {}, token?: string): Promise<Hit[]> {
  const res = await gql<{ search: Hit[] }>(base, SEARCH, { text, ...extra }, token);
  expect(res.errors, text).toBeUndefined();
  return res.data!.search;
}
const ids = (hits: Hit[]) => hits.map((h) => h.id);

describe('the relevance set', () => {
  it('has at least 60 queries in each of the four languages', () => {
    expect(RELEVANCE.queries.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['it', 'fr', 'en', 'ar']) expect(RELEVANCE.queries.some((q) => q.lang === lang)).toBe(true);
  });

  it('scores at least what is recorded (first hit, top 3, mean reciprocal rank)', async () => {
    let first = 0;
    let top3 = 0;
    let reciprocal = 0;
    const misses: string[] = [];
    for (const q of RELEVANCE.queries) {
      const hits = ids(await search(q.text, { limit: 10 }));
      const rank = hits.findIndex((id) => q.expect.includes(id)) + 1;
      if (rank === 1) first++;
      if (rank >= 1 && rank <= 3) top3++;
      if (rank >= 1) reciprocal += 1 / rank;
      if (rank !== 1)
        misses.push(`  [${q.lang}] "${q.text}": rank ${rank || '-'} (got ${hits.slice(0, 3).join(', ')})`);
    }
    const n = RELEVANCE.queries.length;
    const score = { first: first / n, top3: top3 / n, mrr: reciprocal / n };
    console.log(
      `search relevance over ${n} queries: first ${(100 * score.first).toFixed(1)}%, top 3 ${(100 * score.top3).toFixed(1)}%, MRR ${score.mrr.toFixed(3)}\n${misses.join('\n')}`,
    );
    expect(score.first).toBeGreaterThanOrEqual(RELEVANCE.recorded.first);
    expect(score.top3).toBeGreaterThanOrEqual(RELEVANCE.recorded.top3);
    expect(score.mrr).toBeGreaterThanOrEqual(RELEVANCE.recorded.mrr);
    expect(score.top3).toBeGreaterThanOrEqual(0.95);
  });
});

describe('search', () => {
  it('finds the cases of issue #15', async () => {
    expect(ids(await search('hassan 2'))[0]).toBe('funder-hassan-ii-foundation');
    expect(ids(await search('MAECI'))[0]).toBe('pa-maeci-dgcs');
    expect(ids(await search('فاس')).slice(0, 2)).toContain('region-fes-meknes');
    expect(ids(await search('طنجة'))[0]).toBe('region-tanger-tetouan-al-hoceima');
    expect(ids(await search('الدار البيضاء'))[0]).toBe('region-casablanca-settat');
    expect(ids(await search('حسن'))).toContain('funder-hassan-ii-foundation');
    expect(ids(await search('Lombardia'))).toContain('region-lombardia');
    // Among actors (the old search), the CRI of the Oriental comes first; with regions, the region
    // whose alternative name is exactly "Oriental" is first and the CRI second.
    const actors = ['Migrant', 'Association', 'Firm', 'PublicAdministration', 'Funder'];
    expect(ids(await search('oriental', { kinds: actors }))[0]).toBe('pa-cri-oriental');
    expect(ids(await search('oriental')).slice(0, 2)).toEqual(['region-oriental', 'pa-cri-oriental']);
  });

  it('finds the spellings of a name (as staff, who may name every migrant)', async () => {
    const muhammad = await search('Muhammad', { kinds: ['Migrant'] }, staff);
    expect(muhammad.length).toBeGreaterThan(0);
    expect(muhammad.every((h) => /^Moh?amm?ed\b/.test(h.name))).toBe(true);
    expect(ids(await search('Yusuf', { kinds: ['Migrant'] }, staff))).toContain('migrant-youssef-b');
  });

  it('says which alternative name answered', async () => {
    const [hit] = await search('الشرق');
    expect(hit).toMatchObject({ id: 'region-oriental', matchedName: 'الشرق' });
  });

  it('finds every kind of node, and kinds keeps to the kinds asked', async () => {
    const kinds = new Set((await search('Mig-Ressources', { limit: 100 })).map((h) => h.kind));
    expect(kinds).toContain('Event');
    expect(new Set((await search('Oujda', { limit: 100 })).map((h) => h.kind))).toContain('ReturnProject');
    expect(new Set((await search('MigraVenture')).map((h) => h.kind))).toContain('Opportunity');
    for (const kind of ['Region', 'Event', 'PublicAdministration']) {
      const hits = await search('Casablanca', { kinds: [kind], limit: 100 });
      expect(hits.length, kind).toBeGreaterThan(0);
      expect(hits.every((h) => h.kind === kind)).toBe(true);
    }
  });

  it('asOf leaves out what was not active on the day', async () => {
    const all = ids(await search('Mig-Ressources training course', { kinds: ['Event'] }));
    expect(all).toEqual(expect.arrayContaining(['event-training-casablanca-2007', 'event-training-torino-2007']));
    // An event is active on its date only (network/time.ts).
    expect(ids(await search('Mig-Ressources training course', { kinds: ['Event'], asOf: '2007-05-18' }))).toEqual([
      'event-training-casablanca-2007',
    ]);
    // A region has no lifetime: always active.
    expect(ids(await search('Lombardia', { kinds: ['Region'], asOf: '1900-01-01' }))).toEqual(['region-lombardia']);
    const bad = await gql(base, SEARCH, { text: 'x', asOf: '2008-02-30' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('unknown ids', () => {
  const cases: Array<[string, string, string]> = [
    [
      '{ introductions(from: "pa-iom-italy", target: { regions: ["region-nope"] }) { score } }',
      'region-nope',
      'target.regions',
    ],
    ['{ introductions(from: "pa-nope", target: { kinds: [Funder] }) { score } }', 'pa-nope', 'from'],
    ['{ neighbourhood(ids: ["pa-iom-italy", "x-nope"]) { truncated } }', 'x-nope', 'ids'],
    ['{ paths(from: "pa-iom-italy", to: "to-nope") { hops } }', 'to-nope', 'to'],
    ['{ commonConnections(ids: ["pa-iom-italy", "cc-nope"]) { sharedBy } }', 'cc-nope', 'ids'],
    ['{ opportunityMatches(migrantId: "migrant-nope") { score } }', 'migrant-nope', 'migrantId'],
    ['{ supportMatches(projectId: "project-nope") { score } }', 'project-nope', 'projectId'],
  ];
  it.each(cases)('%s names the unknown id', async (query, id, argument) => {
    const res = await gql(base, query, {}, staff);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument });
    expect(res.errors?.[0]?.message).toContain(`"${id}"`);
  });

  it('a region id given as a target region must be a region', async () => {
    const res = await gql(
      base,
      '{ introductions(from: "pa-iom-italy", target: { regions: ["pa-aics"] }) { score } }',
      {},
      staff,
    );
    expect(res.errors?.[0]?.message).toContain('no region with id "pa-aics"');
  });
});
