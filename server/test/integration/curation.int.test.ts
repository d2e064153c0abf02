// Curation on real Neo4j (issue #7): duplicate candidates on a small graph with planted duplicates,
// dismissing a pair, merging two actors (ties moved, a duplicate tie folded, the dropped actor
// deleted), refused to analyst, partner and anonymous, audited.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/paths.js';
import type { BootedPonte } from '../../src/boot.js';
import { gql, login } from '../helpers/http.js';
import { bootOnGraph } from '../helpers/ponte.js';

const ACTOR = 'altNames: [], tags: [], services: [], sources: [], synthetic: false';
const GRAPH = `
  CREATE (fr:Funder:Actor {id: 'funder-hassan-fr', name: 'Fondation Hassan II', funderType: 'FOUNDATION', instruments: [], country: 'MA', city: 'Rabat', ${ACTOR}}),
         (en:Funder:Actor {id: 'funder-hassan-en', name: 'Hassan II Foundation', funderType: 'FOUNDATION', instruments: [], country: 'MA', city: 'Rabat', website: 'https://hassan.example', ${ACTOR}}),
         (cariplo:Funder:Actor {id: 'funder-cariplo', name: 'Fondazione Cariplo', funderType: 'FOUNDATION', instruments: [], country: 'IT', city: 'Milano', ${ACTOR}}),
         (crt:Funder:Actor {id: 'funder-crt', name: 'Fondazione CRT', funderType: 'FOUNDATION', instruments: [], country: 'IT', city: 'Torino', ${ACTOR}}),
         (w1:Association:Actor {id: 'assoc-wafa-1', name: 'Associazione Al Wafa', type: 'CULTURAL', country: 'IT', city: 'Latina', ${ACTOR}}),
         (w2:Association:Actor {id: 'assoc-wafa-2', name: 'Associazione culturale Al-Ouafa', type: 'CULTURAL', country: 'IT', city: 'Latina', ${ACTOR}}),
         (iom:PublicAdministration:Actor {id: 'pa-iom', name: 'IOM Italy', level: 'INTERNATIONAL', country: 'IT', city: 'Roma', ${ACTOR}}),
         (ev:Event {id: 'event-meeting', name: 'Networking meeting', type: 'NETWORKING_MEETING', date: date('2008-05-01'), country: 'IT', sources: [], synthetic: false}),
         (fr)-[:PARTNERS_WITH {since: date('2008-01-01'), source: 'src-a', confidence: 0.6}]->(iom),
         (iom)-[:PARTNERS_WITH {since: date('2006-01-01'), until: date('2010-12-31'), source: 'src-b', confidence: 0.9, kind: 'MOU'}]->(en),
         (en)-[:ATTENDED {source: 'minutes', confidence: 1.0, role: 'SPEAKER'}]->(ev),
         (en)-[:FUNDS {source: 'report', confidence: 0.8, amountEur: 5000.0}]->(w2),
         (en)-[:PARTNERS_WITH {source: 'typo', confidence: 0.1}]->(fr)`;

const ROLES = ['analyst', 'partner', 'staff', 'admin'] as const;
let ponte: BootedPonte;
let base: string;
const tokens: Record<string, string | undefined> = {};
const db = () => ({ database: inject('neo4jDatabase') });
const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  gql<Record<string, unknown>>(base, query, variables, tokens[who]);
const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (res.errors ?? []).map((e) => e.extensions?.code);
const cypher = async <T = Record<string, unknown>>(q: string, params: Record<string, unknown> = {}) =>
  (await ponte.driver.executeQuery(q, params, db())).records.map((r) => r.toObject() as T);

const CANDIDATES = `query ($kinds: [ActorKind!], $min: Float) { duplicateCandidates(kinds: $kinds, minScore: $min) { a { id name kind ties altNames } b { id name ties } score reasons } }`;
type Pair = { a: { id: string; ties: number }; b: { id: string; ties: number }; score: number; reasons: string[] };
const pairIds = (res: Awaited<ReturnType<typeof as>>) =>
  ((res.data?.duplicateCandidates ?? []) as Pair[]).map((p) => `${p.a.id}|${p.b.id}`);

beforeAll(async () => {
  ({ ponte } = await bootOnGraph(GRAPH));
  base = `http://127.0.0.1:${ponte.port}`;
  for (const role of ROLES) {
    await ponte.users.upsert({
      email: `${role}@curation.example`,
      password: 'curation test password',
      role,
      org: role === 'partner' ? 'pa-iom' : null,
    });
    tokens[role] = await login(base, `${role}@curation.example`, 'curation test password');
  }
});

afterAll(async () => {
  await ponte?.shutdown();
});

describe('duplicateCandidates', () => {
  it('finds the planted pairs with reasons and tie counts, and not the look-alikes', async () => {
    const res = await as('staff', CANDIDATES);
    expect(res.errors).toBeUndefined();
    const ids = pairIds(res);
    expect(ids).toEqual(expect.arrayContaining(['funder-hassan-en|funder-hassan-fr', 'assoc-wafa-1|assoc-wafa-2']));
    expect(ids).not.toContain('funder-cariplo|funder-crt');
    const hassan = (res.data!.duplicateCandidates as Pair[]).find((p) => p.a.id === 'funder-hassan-en')!;
    expect(hassan.score).toBe(1);
    expect(hassan.reasons).toEqual(
      expect.arrayContaining(["translation of 'foundation' (foundation / fondation)", 'same city (Rabat)']),
    );
    const [counts] = await cypher<{ en: number; fr: number }>(
      "MATCH (en:Actor {id: 'funder-hassan-en'}), (fr:Actor {id: 'funder-hassan-fr'}) RETURN COUNT { (en)--() } AS en, COUNT { (fr)--() } AS fr",
    );
    expect([hassan.a.ties, hassan.b.ties]).toEqual([Number(counts!.en), Number(counts!.fr)]);
  });

  it('filters by kind and checks its arguments', async () => {
    expect(pairIds(await as('admin', CANDIDATES, { kinds: ['Association'] }))).toEqual(['assoc-wafa-1|assoc-wafa-2']);
    const bad = await as('staff', CANDIDATES, { min: 1.5 });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.message).toMatch(/"minScore" must be between 0 and 1/);
  });
});

describe('who may curate', () => {
  it.each(['anonymous', 'analyst', 'partner'])('%s may neither list, dismiss nor merge', async (who) => {
    const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    expect(codes(await as(who, CANDIDATES))).toEqual([expected]);
    expect(codes(await as(who, 'mutation { dismissDuplicate(a: "assoc-wafa-1", b: "assoc-wafa-2") { at } }'))).toEqual([
      expected,
    ]);
    expect(
      codes(await as(who, 'mutation { mergeActors(keep: "funder-hassan-fr", drop: "funder-hassan-en") { kept } }')),
    ).toEqual([expected]);
    const [left] = await cypher<{ n: number; d: number }>(
      "MATCH (a:Actor) WHERE a.id STARTS WITH 'funder-hassan' WITH count(a) AS n OPTIONAL MATCH (x:DismissedDuplicate) RETURN n, count(x) AS d",
    );
    expect([Number(left!.n), Number(left!.d)]).toEqual([2, 0]);
  });
});

describe('ponte dedupe (the command line)', () => {
  it('lists the same pairs against the database named by NEO4J_URI', async () => {
    const { stdout } = await promisify(execFile)(
      path.join(repoRoot, 'node_modules', '.bin', 'tsx'),
      ['server/src/cli/ponte.ts', 'dedupe', '--kind', 'Funder'],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          NEO4J_URI: inject('neo4jUri'),
          NEO4J_DATABASE: inject('neo4jDatabase'),
          NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
          LOG_LEVEL: 'silent',
        },
      },
    );
    expect(stdout).toContain('1 likely duplicate pair among Funder');
    expect(stdout).toMatch(/1\.000 {2}Hassan II Foundation \[funder-hassan-en\] Funder, MA, Rabat; \d+ ties/);
    expect(stdout).not.toContain('Cariplo');
  }, 60_000);
});

describe('dismissDuplicate', () => {
  it('refuses the same id twice and unknown ids, naming the argument', async () => {
    const same = await as('staff', 'mutation { dismissDuplicate(a: "assoc-wafa-1", b: "assoc-wafa-1") { at } }');
    expect(codes(same)).toEqual(['BAD_USER_INPUT']);
    const unknown = await as('staff', 'mutation { dismissDuplicate(a: "assoc-wafa-1", b: "assoc-nope") { at } }');
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors![0]!.message).toContain('no actor with id "assoc-nope" (argument "b")');
  });

  it('hides the pair from later candidates, and is stored outside the generated API', async () => {
    const res = await as('staff', 'mutation { dismissDuplicate(a: "assoc-wafa-2", b: "assoc-wafa-1") { a b at } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.dismissDuplicate).toMatchObject({ a: 'assoc-wafa-1', b: 'assoc-wafa-2' });
    const ids = pairIds(await as('staff', CANDIDATES));
    expect(ids).not.toContain('assoc-wafa-1|assoc-wafa-2');
    expect(ids).toContain('funder-hassan-en|funder-hassan-fr');
    expect(codes(await as('admin', '{ dismissedDuplicates { key } }'))).toContain('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('mergeActors', () => {
  it('refuses actors of different kinds and unknown ids, and changes nothing', async () => {
    const kinds = await as('staff', 'mutation { mergeActors(keep: "assoc-wafa-1", drop: "funder-cariplo") { kept } }');
    expect(codes(kinds)).toEqual(['BAD_USER_INPUT']);
    expect(kinds.errors![0]!.message).toMatch(
      /is an Association and "funder-cariplo" a Funder; only actors of the same kind/,
    );
    const unknown = await as(
      'staff',
      'mutation { mergeActors(keep: "funder-hassan-fr", drop: "funder-nope") { kept } }',
    );
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors![0]!.message).toContain('argument "drop"');
    const [n] = await cypher<{ n: number }>(
      "MATCH (a:Actor) WHERE a.id IN ['assoc-wafa-1', 'funder-cariplo', 'funder-hassan-fr'] RETURN count(a) AS n",
    );
    expect(Number(n!.n)).toBe(3);
  });

  it('moves every tie, folds a duplicate tie, copies missing fields and deletes the dropped actor', async () => {
    const res = await as(
      'staff',
      'mutation { mergeActors(keep: "funder-hassan-fr", drop: "funder-hassan-en") { kept dropped tiesMoved tiesMerged tiesDropped fieldsCopied at } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeActors).toMatchObject({
      kept: 'funder-hassan-fr',
      dropped: 'funder-hassan-en',
      tiesMoved: 2,
      tiesMerged: 1,
      tiesDropped: 1,
      fieldsCopied: ['altNames', 'website'],
    });

    expect(await cypher("MATCH (a {id: 'funder-hassan-en'}) RETURN a")).toEqual([]);
    const ties = await cypher<{
      type: string;
      out: boolean;
      other: string;
      since: string | null;
      until: string | null;
      confidence: number;
      source: string;
      kind: string | null;
    }>(
      `MATCH (k:Actor {id: 'funder-hassan-fr'})-[r]-(o)
       RETURN type(r) AS type, startNode(r) = k AS out, o.id AS other, toString(r.since) AS since, toString(r.until) AS until, r.confidence AS confidence, r.source AS source, r.kind AS kind
       ORDER BY type, other`,
    );
    expect(ties).toEqual([
      {
        type: 'ATTENDED',
        out: true,
        other: 'event-meeting',
        since: null,
        until: null,
        confidence: 1,
        source: 'minutes',
        kind: null,
      },
      {
        type: 'FUNDS',
        out: true,
        other: 'assoc-wafa-2',
        since: null,
        until: null,
        confidence: 0.8,
        source: 'report',
        kind: null,
      },
      // Folded: the earliest since (2006), the open until of the kept tie, the highest confidence, both sources.
      {
        type: 'PARTNERS_WITH',
        out: true,
        other: 'pa-iom',
        since: '2006-01-01',
        until: null,
        confidence: 0.9,
        source: 'src-a; src-b',
        kind: 'MOU',
      },
    ]);

    const read = await as(
      'staff',
      '{ funders(where: { id: { eq: "funder-hassan-fr" } }) { mergedIds altNames website } }',
    );
    expect(read.data).toEqual({
      funders: [
        { mergedIds: ['funder-hassan-en'], altNames: ['Hassan II Foundation'], website: 'https://hassan.example' },
      ],
    });
    expect(pairIds(await as('staff', CANDIDATES))).not.toContain('funder-hassan-en|funder-hassan-fr');
  });

  it('mergedIds cannot be written through the generated API', async () => {
    const res = await as(
      'staff',
      'mutation { updateFunders(where: { id: { eq: "funder-hassan-fr" } }, update: { mergedIds: { set: ["x"] } }) { funders { id } } }',
    );
    expect(codes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('audit', () => {
  it('records merges, dismissals and refused attempts with ids only', async () => {
    const log = await as('admin', '{ auditLog(limit: 100) { operation ids role outcome } }');
    const entries = log.data!.auditLog as Array<{ operation: string; ids: string[]; role: string; outcome: string }>;
    expect(entries).toEqual(
      expect.arrayContaining([
        { operation: 'mergeActors', ids: ['funder-hassan-fr', 'funder-hassan-en'], role: 'staff', outcome: 'ok' },
        { operation: 'dismissDuplicate', ids: ['assoc-wafa-2', 'assoc-wafa-1'], role: 'staff', outcome: 'ok' },
        { operation: 'mergeActors', ids: ['assoc-wafa-1', 'funder-cariplo'], role: 'staff', outcome: 'BAD_USER_INPUT' },
        { operation: 'dismissDuplicate', ids: ['assoc-wafa-1', 'assoc-nope'], role: 'staff', outcome: 'NOT_FOUND' },
        {
          operation: 'mergeActors',
          ids: ['funder-hassan-fr', 'funder-hassan-en'],
          role: 'analyst',
          outcome: 'FORBIDDEN',
        },
      ]),
    );
    expect(JSON.stringify(entries)).not.toMatch(/Hassan II Foundation|hassan\.example/);
  });
});
