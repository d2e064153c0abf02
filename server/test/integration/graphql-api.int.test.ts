// The API over real HTTP against the seeded test Neo4j: generated queries, the custom search,
// coded errors for bad input, and the HTTP edges (body limit, CSRF, readiness).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bootPonte, type BootedPonte } from '../../src/boot.js';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logger.js';
import { gql, login } from '../helpers/http.js';
import { closeTestDriver, wipeTestDatabase } from '../helpers/neo4j.js';

let ponte: BootedPonte;
let base: string;
/** Migrants are visible to signed-in roles only (docs/architecture.md#who-sees-what): these tests read them as staff. */
let staff: string;

beforeAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
  const config = parseConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_DATABASE: inject('neo4jDatabase'),
    PONTE_CORS_ORIGINS: 'https://partner.example.org',
  });
  ponte = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
  base = `http://127.0.0.1:${ponte.port}`;
  await ponte.users.upsert({ email: 'staff@test.example', password: 'staff password for tests', role: 'staff' });
  staff = await login(base, 'staff@test.example', 'staff password for tests');
});

afterAll(async () => {
  await ponte?.shutdown();
});

describe('start on an empty database', () => {
  it('applies migrations, seeds, and reports ready', async () => {
    expect(ponte.seeded).toBe(true);
    const res = await fetch(`${base}/ready`);
    expect(res.status).toBe(200);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('a second boot on the same database does not seed again', async () => {
    const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', NEO4J_DATABASE: inject('neo4jDatabase') });
    const again = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
    try {
      expect(again.seeded).toBe(false);
    } finally {
      await again.shutdown();
    }
  });
});

describe('generated queries', () => {
  it('reads actors of every kind through the Actor interface', async () => {
    const res = await gql<{ actors: Array<{ __typename: string; id: string }> }>(
      base,
      '{ actors(sort: [{ id: ASC }]) { __typename id } }',
      {},
      staff,
    );
    expect(res.errors).toBeUndefined();
    const kinds = new Set(res.data!.actors.map((a) => a.__typename));
    expect([...kinds].sort()).toEqual(['Association', 'Firm', 'Funder', 'Migrant', 'PublicAdministration']);
    const { records } = await ponte.driver.executeQuery(
      'MATCH (a:Actor) RETURN count(a) AS n',
      {},
      { database: inject('neo4jDatabase') },
    );
    expect(res.data!.actors).toHaveLength(Number(records[0]!.get('n')));
  });

  it('filters with v7 operators and follows relationships with their properties', async () => {
    const res = await gql<{ funders: Array<{ id: string; country: string; basedIn: Array<{ id: string }> }> }>(
      base,
      `{ funders(where: { id: { eq: "funder-hassan-ii-foundation" } }) { id country basedIn { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.funders).toEqual([
      { id: 'funder-hassan-ii-foundation', country: 'MA', basedIn: [{ id: 'region-rabat-sale-kenitra' }] },
    ]);
  });

  it('derives underemployed from education and occupation level', async () => {
    const res = await gql<{
      migrants: Array<{ education: number | null; occupationLevel: number | null; underemployed: boolean | null }>;
    }>(base, '{ migrants { education occupationLevel underemployed } }', {}, staff);
    expect(res.errors).toBeUndefined();
    for (const m of res.data!.migrants) {
      if (m.education === null || m.occupationLevel === null) expect(m.underemployed).toBeNull();
      else {
        // The rule the field's description states (ILO): ISCED 3+ at ISCO level 1, 5+ at 2, 6+ at 3.
        const expected =
          m.occupationLevel === 1
            ? m.education >= 3
            : m.occupationLevel === 2
              ? m.education >= 5
              : m.occupationLevel === 3
                ? m.education >= 6
                : false;
        expect(m.underemployed).toBe(expected);
      }
    }
    expect(res.data!.migrants.some((m) => m.underemployed === true)).toBe(true);
  });
});

describe('search', () => {
  const SEARCH =
    'query($text: String!, $kinds: [NodeKind!], $limit: Int) { search(text: $text, kinds: $kinds, limit: $limit) { id name kind country score } }';
  type Hits = { search: Array<{ id: string; name: string; kind: string; score: number }> };

  it('finds by prefix across words ("Fond Hass")', async () => {
    const res = await gql<Hits>(base, SEARCH, { text: 'Fond Hass' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search[0]?.id).toBe('funder-hassan-ii-foundation');
  });

  it('folds accents and sees through elided articles ("etranger" finds "l\'Étranger")', async () => {
    const res = await gql<Hits>(base, SEARCH, { text: 'residant etranger' });
    expect(res.data!.search.map((h) => h.id)).toContain('funder-hassan-ii-foundation');
    const ccme = await gql<Hits>(base, SEARCH, { text: 'Communaute Etranger' });
    expect(ccme.data!.search[0]?.id).toBe('pa-ccme');
    const accented = await gql<Hits>(base, SEARCH, { text: 'Communauté Étranger' });
    expect(accented.data!.search[0]?.id).toBe('pa-ccme');
  });

  it('matches alternative names in other languages', async () => {
    const res = await gql<Hits>(base, SEARCH, { text: 'Organizzazione Internazionale Migrazioni' });
    expect(res.data!.search[0]?.id).toBe('pa-iom-italy');
  });

  it('tolerates a typo', async () => {
    const res = await gql<Hits>(base, SEARCH, { text: 'Tamwilkom' });
    expect(res.data!.search.map((h) => h.id)).toContain('funder-tamwilcom');
  });

  it('ranks by score and honours kinds and limit', async () => {
    const res = await gql<Hits>(base, SEARCH, { text: 'Maroc', kinds: ['PublicAdministration'], limit: 3 });
    const hits = res.data!.search;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits.every((h) => h.kind === 'PublicAdministration')).toBe(true);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('treats query syntax as plain words', async () => {
    const res = await gql<Hits>(base, SEARCH, { text: 'name:* OR "x" AND ~' });
    expect(res.errors).toBeUndefined();
  });
});

describe('bad input', () => {
  it('a limit out of range is BAD_USER_INPUT naming the argument', async () => {
    // Within the bound of every list (1,000) but beyond search's own: the question's range.
    const res = await gql(base, '{ search(text: "iom", limit: 500) { id } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
    expect(res.errors?.[0]?.message).toMatch(/"limit" must be between 1 and 100/);
    expect(res.errors?.[0]?.path).toEqual(['search']);
    // Beyond every list's bound: refused before any resolver runs, the argument named by its path.
    const huge = await gql(base, '{ search(text: "iom", limit: 5000) { id } }');
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search(limit)' });
  });

  it('an unknown enum value in a filter is refused before reaching the database', async () => {
    const res = await gql(base, '{ actors(where: { country: { eq: FR } }) { id } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/FR/);
  });

  it('an unknown field is a validation error that names it', async () => {
    const res = await gql(base, '{ actors { id salary } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/salary/);
  });

  it('a 10 MB body gets 413, not a crash', async () => {
    const big = JSON.stringify({ query: `{ search(text: "${'a'.repeat(10_000_000)}") { id } }` });
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('broken JSON gets 400 with a short message and no stack', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('a cross-site simple request is blocked by CSRF prevention', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(res.status).toBe(400);
  });
});

describe('hardening', () => {
  it('refuses a query 20 levels deep, naming the limit it breaks', async () => {
    let selection = 'id';
    for (let i = 0; i < 20; i++) selection = `partners { ${selection} }`;
    const res = await gql(base, `{ actors { ${selection} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // The cost limit (each nesting level multiplies the cost) trips before the depth limit.
    expect(res.errors?.[0]?.message).toMatch(/depth limit of 12|cost limit of 20000/i);
  });

  it('refuses 1,000 aliases', async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: search(text: "iom") { id }`).join(' ');
    const res = await gql(base, `{ ${fields} }`);
    expect(res.status).toBe(400);
    // Refused while parsing (token limit) before the alias count is even looked at.
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(res.errors?.[0]?.extensions?.code);
    expect(res.errors?.[0]?.message).toMatch(/alias|token/i);
  });

  it('refuses 31 aliases, naming the alias limit', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: search(text: "iom", limit: 1) { id }`).join(' ');
    const res = await gql(base, `{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/aliases limit of 30/i);
  });

  it('refuses a 1,000-operation batch in one request', async () => {
    const batch = Array.from({ length: 1000 }, () => ({ query: '{ __typename }' }));
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(res.status).toBe(400);
  });

  it('sends security headers with every answer', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers CORS only for allowed origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://partner.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rate-limits a client that sends too many requests, with a coded 429', async () => {
    const config = parseConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      NEO4J_DATABASE: inject('neo4jDatabase'),
      PONTE_RATE_LIMIT: '5',
      PONTE_SEED: 'never',
    });
    const limited = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
    try {
      const url = `http://127.0.0.1:${limited.port}`;
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await gql(url, '{ __typename }')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const res = await gql(url, '{ __typename }');
      expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect((await fetch(`${url}/health`)).status).toBe(200);
    } finally {
      await limited.shutdown();
    }
  });

  it('still answers after the attacks', async () => {
    const res = await gql(base, '{ search(text: "iom", limit: 1) { id } }');
    expect(res.errors).toBeUndefined();
  });
});
