// Every client mistake gets a coded 4xx naming the problem, never a 500 or INTERNAL_SERVER_ERROR
// (docs/privacy.md, "Bad requests"): operation choice, list sizes, offsets, dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIST_SIZE } from '../../src/http/list-limits.js';
import { bootOnGraph } from '../helpers/ponte.js';
import { login } from '../helpers/http.js';

const FIXTURE = `
  CREATE (a:Association:Actor {id: 'assoc-br', name: 'BR Association', type: 'CULTURAL', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (f:Firm:Actor {id: 'firm-br', name: 'BR Firm', country: 'MA', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (m:Migrant:Actor {id: 'migrant-br', name: 'Hidden H.', consent: 'NONE', status: 'RESIDENT', country: 'IT', altNames: [], tags: [], services: [], sources: [], skills: [], languages: [], synthetic: true}),
         (a)-[:PARTNERS_WITH {source: 'x', confidence: 1.0, since: date('2008-01-01')}]->(f),
         (m)-[:MEMBER_OF {source: 'x', confidence: 1.0, since: date('2009-01-01')}]->(a),
         (:Event:Actor {id: 'event-br', name: 'BR Event', date: date('2010-05-05'), altNames: [], tags: [], services: [], sources: [], synthetic: true})`;

let booted: Awaited<ReturnType<typeof bootOnGraph>>;
let base: string;
let staffToken: string;

beforeAll(async () => {
  booted = await bootOnGraph(FIXTURE);
  base = `http://127.0.0.1:${booted.ponte.port}`;
  staffToken = await login(base, 'staff@test.example', 'staff password for tests');
});
afterAll(async () => {
  await booted?.ponte.shutdown();
});

interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function post(body: Record<string, unknown>, token?: string): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

/** The request is refused with `status`, `code` and a message matching `message`, anonymous and as staff. */
async function expectRefused(
  body: Record<string, unknown>,
  status: number,
  code: string,
  message: RegExp,
): Promise<void> {
  for (const token of [undefined, staffToken]) {
    const answer = await post(body, token);
    expect({ status: answer.status, code: answer.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect(answer.data ?? null).toBeNull();
  }
}

describe('choosing the operation', () => {
  it('two operations and no operationName: 400 naming them', async () => {
    await expectRefused(
      { query: 'query A { __typename } query B { __typename }' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /holds 2 operations: pass "operationName".*A, B/,
    );
  });

  it('an unknown operationName: 400 naming it and those held', async () => {
    await expectRefused(
      { query: 'query A { __typename } query B { __typename }', operationName: 'C' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /No operation named "C".*A, B/,
    );
    await expectRefused(
      { query: '{ __typename }', operationName: 'Nope' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /No operation named "Nope"/,
    );
  });

  it('the named one runs', async () => {
    const answer = await post({ query: 'query A { a: __typename } query B { b: __typename }', operationName: 'B' });
    expect(answer).toEqual({ status: 200, data: { b: 'Query' } });
  });
});

describe('list sizes and offsets', () => {
  it('a negative offset: 400 naming the argument', async () => {
    await expectRefused(
      { query: '{ actors(offset: -5) { id } }' },
      400,
      'BAD_USER_INPUT',
      /"offset" of actors\(offset\) must be 0 or more \(got -5\)/,
    );
  });

  it(`a limit above ${MAX_LIST_SIZE}, literal, variable or variable default, in a fragment: 400 naming the path`, async () => {
    await expectRefused(
      { query: '{ actors(limit: 2000000) { id } }' },
      400,
      'BAD_USER_INPUT',
      /"limit" of actors\(limit\) must be between 0 and 1000 \(got 2000000\)/,
    );
    await expectRefused(
      { query: 'query ($n: Int) { actorsConnection(first: $n) { totalCount } }', variables: { n: 5000 } },
      400,
      'BAD_USER_INPUT',
      /actorsConnection\(first\)/,
    );
    await expectRefused(
      { query: 'query ($n: Int = 1001) { firms { ...F } } fragment F on Firm { employees(limit: $n) { id } }' },
      400,
      'BAD_USER_INPUT',
      /firms\.employees\(limit\)/,
    );
  });

  it(`a page of ${MAX_LIST_SIZE} is answered`, async () => {
    const answer = await post({ query: `{ actors(limit: ${MAX_LIST_SIZE}, offset: 0) { id } }` }, staffToken);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
  });
});

describe('dates', () => {
  const bad = ['2020-02-31', '0000-01-01', 'not-a-date'];

  it.each(bad)('%s in a generated filter: 400 naming the value', async (day) => {
    await expectRefused(
      { query: `{ events(where: { date: { eq: "${day}" } }) { id } }` },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      new RegExp(`Date.*"${day}"`),
    );
    await expectRefused(
      { query: 'query ($d: Date) { events(where: { date: { eq: $d } }) { id } }', variables: { d: day } },
      400,
      'BAD_USER_INPUT',
      new RegExp(`\\$d.*"${day}"`),
    );
  });

  it('a bad date-time in a generated filter: 400, not an internal error', async () => {
    await expectRefused(
      { query: '{ actors(where: { createdAt: { lt: "2020-02-31T00:00:00Z" } }) { id } }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /not a calendar day \(February 2020 has 29 days\)/,
    );
  });

  it.each(bad)('%s in a custom argument (networkStats, neighbourhood filter): 400', async (day) => {
    await expectRefused(
      { query: `{ networkStats(asOf: "${day}") { actorTies } }` },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      new RegExp(`"${day}"`),
    );
    await expectRefused(
      {
        query: 'query ($d: Date) { neighbourhood(ids: ["assoc-br"], filter: { asOf: $d }) { nodes { id } } }',
        variables: { d: day },
      },
      400,
      'BAD_USER_INPUT',
      new RegExp(`"${day}"`),
    );
  });

  it('an asOf before the first tie is a valid, empty answer', async () => {
    const answer = await post(
      { query: '{ networkStats(asOf: "1900-01-01") { asOf actorTies crossBorderTies growth { year } } }' },
      staffToken,
    );
    expect(answer).toEqual({
      status: 200,
      data: { networkStats: { asOf: '1900-01-01', actorTies: 0, crossBorderTies: 0, growth: [] } },
    });
  });
});

describe('odd requests the hostile run found', () => {
  it('a subscription (Ponte has none): 400 BAD_USER_INPUT, not an internal error', async () => {
    const answer = await post({ query: 'subscription { x }' });
    expect(answer.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(answer.errors?.[0]?.message).toMatch(/subscription/);
  });

  it('a persisted-query hash that does not match the query: a coded 400', async () => {
    const answer = await post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(answer.errors?.[0]?.message).toBe('provided sha does not match query');
  });
});
