// docs/architecture.md#who-sees-what on real Neo4j: every role × every kind of access, asserted one by one; token attacks;
// sign-in throttling; the audit log; consent and erasure. The API runs in production mode (no demo
// users, introspection only when signed in); the test creates one user per role itself.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bootPonte, type BootedPonte } from '../../src/boot.js';
import { createHash } from 'node:crypto';
import { applyMigrations } from '../../src/db/migrations.js';
import { verifyPassword } from '../../src/auth/password.js';
import { parseConfig } from '../../src/config/config.js';
import { repoRoot } from '../../src/paths.js';
import { createLogger } from '../../src/logger.js';
import { gql, login } from '../helpers/http.js';
import { closeTestDriver, wipeTestDatabase } from '../helpers/neo4j.js';

const SECRET = 'integration-test-secret-of-at-least-32-bytes!';
const PASSWORD = 'correct horse battery staple';
const ROLES = ['anonymous', 'analyst', 'partner', 'staff', 'admin'] as const;
type Who = (typeof ROLES)[number];

// The file's own people and ties, added to the seeded graph (the seed's people are generated and may
// change): a NONE and a NETWORK migrant, and a firm that reaches an association only through the
// NONE migrant. assoc-cerfe is a real organisation of the seed.
const NONE_MIGRANT = 'migrant-authtest-none';
const NETWORK_MIGRANT = 'migrant-authtest-network';
const FIXTURE = `
  CREATE (f:Firm:Actor {id: 'firm-authtest', name: 'Authtest Firm', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (a:Association:Actor {id: 'assoc-authtest', name: 'Authtest Association', type: 'CULTURAL', country: 'MA', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (none:Migrant:Actor {id: $none, name: 'Hidden H.', fullName: 'Hidden Hiddenson', phone: '+39 000 000 0000', consent: 'NONE', status: 'RESIDENT', country: 'IT', city: 'Torino',
                              altNames: [], tags: [], services: [], sources: [], skills: [], languages: [], synthetic: true}),
         (net:Migrant:Actor {id: $network, name: 'Network N.', fullName: 'Nadia Network', email: 'nadia@example.org', phone: '+39 111 111 1111', birthYear: 1990,
                             consent: 'NETWORK', status: 'RESIDENT', country: 'IT', city: 'Milano',
                             altNames: [], tags: [], services: [], sources: [], skills: [], languages: [], synthetic: true}),
         (f)-[:EMPLOYS {source: 'test', confidence: 1.0}]->(none)-[:MEMBER_OF {source: 'test', confidence: 1.0}]->(a),
         (net)-[:MEMBER_OF {source: 'test', confidence: 1.0}]->(a)`;

let ponte: BootedPonte;
let base: string;
const tokens: Partial<Record<Who, string>> = {};
const database = () => inject('neo4jDatabase');

beforeAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
  const config = parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_DATABASE: inject('neo4jDatabase'),
    PONTE_JWT_SECRET: SECRET,
    PONTE_DISCLOSURE_KEY: 'disclosure key of the auth tests, long enough',
    PONTE_LOGIN_LIMIT: '10',
  });
  ponte = await bootPonte({
    config,
    log: createLogger(process.env.PONTE_TEST_DEBUG ? 'error' : 'silent'),
    uri: inject('neo4jUri'),
  });
  base = `http://127.0.0.1:${ponte.port}`;
  await ponte.driver.executeQuery(FIXTURE, { none: NONE_MIGRANT, network: NETWORK_MIGRANT }, { database: database() });
  for (const role of ['analyst', 'partner', 'staff', 'admin'] as const) {
    await ponte.users.upsert({
      email: `${role}@test.example`,
      password: PASSWORD,
      role,
      org: role === 'partner' ? 'assoc-cerfe' : null,
    });
    tokens[role] = await login(base, `${role}@test.example`, PASSWORD);
  }
});

afterAll(async () => {
  await ponte?.shutdown();
});

const as = (who: Who, query: string, variables: Record<string, unknown> = {}) =>
  gql<Record<string, unknown>>(base, query, variables, tokens[who]);
const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (res.errors ?? []).map((e) => e.extensions?.code);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** What a dictionary attack on an erased id would look for: its common unkeyed hashes, hex and base64. */
const derivedFrom = (id: string) =>
  ['sha256', 'sha1', 'md5'].flatMap((algorithm) => {
    const digest = createHash(algorithm).update(id, 'utf8').digest();
    return [digest.toString('hex'), digest.toString('base64'), digest.toString('base64url')];
  });

describe('accounts', () => {
  it('no demo users in production', async () => {
    expect(ponte.demoUsers).toEqual([]);
    const { records } = await ponte.driver.executeQuery(
      'MATCH (u:User) WHERE u.email ENDS WITH "@ponte.example" RETURN count(u) AS n',
      {},
      { database: database() },
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
  });

  it('stores only an scrypt hash, and User nodes are not in the API', async () => {
    const { records } = await ponte.driver.executeQuery(
      'MATCH (u:User {email: "staff@test.example"}) RETURN u.passwordHash AS h',
      {},
      { database: database() },
    );
    expect(records[0]!.get('h')).toMatch(/^scrypt\$32768\$8\$1\$/);
    // No generated API for accounts (no `usersConnection`, no `createUsers`): only the admin's
    // own fields (users, createUser, …) reach them.
    expect(codes(await as('admin', '{ usersConnection { totalCount } }'))).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('me answers who the token is for; null when anonymous', async () => {
    const res = await as('partner', '{ me { email role organisation } }');
    expect(res.data).toEqual({ me: { email: 'partner@test.example', role: 'partner', organisation: 'assoc-cerfe' } });
    expect((await as('anonymous', '{ me { id } }')).data).toEqual({ me: null });
  });

  it('a wrong password and an unknown e-mail get the same answer', async () => {
    const wrong = await gql(base, 'mutation { login(email: "analyst@test.example", password: "nope") { token } }');
    const unknown = await gql(base, 'mutation { login(email: "nobody@test.example", password: "nope") { token } }');
    for (const res of [wrong, unknown]) {
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.errors![0]!.message).toBe('Wrong e-mail or password.');
    }
  });

  it('the token carries sub, roles, org and an expiry', async () => {
    const payload = JSON.parse(Buffer.from(tokens.partner!.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(payload).toMatchObject({ roles: ['partner'], org: 'assoc-cerfe', iss: 'ponte' });
    expect(typeof payload.sub).toBe('string');
    expect(Number(payload.exp)).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('development mode', () => {
  it('creates one demo user per role with a fresh password, which signs in; tokens of another instance are refused', async () => {
    const config = parseConfig({
      NODE_ENV: 'development',
      PORT: '0',
      LOG_LEVEL: 'silent',
      NEO4J_DATABASE: inject('neo4jDatabase'),
      PONTE_SEED: 'never',
    });
    const dev = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
    try {
      expect(dev.demoUsers.map((u) => [u.role, u.email, u.org])).toEqual([
        ['analyst', 'analyst@ponte.example', null],
        ['partner', 'partner@ponte.example', 'assoc-cerfe'],
        ['staff', 'staff@ponte.example', null],
        ['admin', 'admin@ponte.example', null],
      ]);
      const devBase = `http://127.0.0.1:${dev.port}`;
      const partner = dev.demoUsers[1]!;
      const token = await login(devBase, partner.email, partner.password);
      expect((await gql(devBase, '{ me { role organisation } }', {}, token)).data).toEqual({
        me: { role: 'partner', organisation: 'assoc-cerfe' },
      });
      expect((await gql(devBase, '{ me { role } }', {}, tokens.admin)).status).toBe(401);
    } finally {
      await dev.shutdown();
      await ponte.driver.executeQuery(
        'MATCH (u:User) WHERE u.email ENDS WITH "@ponte.example" DETACH DELETE u',
        {},
        { database: database() },
      );
    }
  });
});

describe('authorisation matrix', () => {
  const expectDenied = (res: Awaited<ReturnType<typeof as>>, who: Who) =>
    expect(codes(res)).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);

  it.each(ROLES)('%s reads an organisation', async (who) => {
    const res = await as(who, '{ associations(where: { id: { eq: "assoc-cerfe" } }) { id name } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ associations: [{ id: 'assoc-cerfe', name: expect.any(String) }] });
  });

  // Which migrants each role sees as rows: NONE / NETWORK / PUBLIC consent.
  const sees: Record<Who, { none: boolean; network: boolean }> = {
    anonymous: { none: false, network: false },
    analyst: { none: false, network: false },
    partner: { none: false, network: true },
    staff: { none: true, network: true },
    admin: { none: true, network: true },
  };
  it.each(ROLES)('%s reads a migrant only as far as consent allows', async (who) => {
    for (const [id, key] of [
      [NONE_MIGRANT, 'none'],
      [NETWORK_MIGRANT, 'network'],
    ] as const) {
      const res = await as(
        who,
        '{ migrants(where: { id: { eq: $id } }) { id name } }'.replace('$id', JSON.stringify(id)),
      );
      expect(res.errors).toBeUndefined();
      expect((res.data!.migrants as unknown[]).length, `${who} ${id}`).toBe(sees[who][key] ? 1 : 0);
    }
    const all = await as(who, '{ migrants { consent } }');
    const consents = new Set((all.data!.migrants as Array<{ consent: string }>).map((m) => m.consent));
    if (who === 'anonymous') expect(consents.size).toBe(0);
    if (who === 'analyst') expect([...consents]).toEqual(['PUBLIC']);
    if (who === 'partner') expect([...consents].sort()).toEqual(['NETWORK', 'PUBLIC']);
    if (who === 'staff' || who === 'admin') expect([...consents].sort()).toEqual(['NETWORK', 'NONE', 'PUBLIC']);
  });

  it.each(ROLES)('%s never meets a hidden migrant through a relationship or the Actor interface', async (who) => {
    const res = await as(who, '{ actors { id } associations { members { id } } }');
    expect(res.errors).toBeUndefined();
    const ids = JSON.stringify(res.data);
    expect(ids.includes(NONE_MIGRANT)).toBe(sees[who].none);
    expect(ids.includes(NETWORK_MIGRANT)).toBe(sees[who].network);
  });

  it.each(ROLES)(
    '%s counts migrants through the generated API: staff and admin only (minimum group size)',
    async (who) => {
      const res = await as(who, '{ migrantsConnection { aggregate { count { nodes } } } }');
      if (who === 'staff' || who === 'admin') {
        expect(res.errors).toBeUndefined();
        const { records } = await ponte.driver.executeQuery(
          'MATCH (m:Migrant) RETURN count(m) AS n',
          {},
          { database: database() },
        );
        expect(res.data).toEqual({
          migrantsConnection: { aggregate: { count: { nodes: Number(records[0]!.get('n')) } } },
        });
      } else {
        expectDenied(res, who);
        expect(res.status).toBe(403);
        expect(res.errors![0]!.message).toMatch(/MigrantsConnection\.aggregate.*staff-only.*actorCounts/);
        expect(res.data ?? null).toBeNull();
      }
    },
  );

  // The attack of issue #6: single a person out by counting, or by filtering through a tie, with
  // a name and a city (inline or in variables). Below staff every shape is refused, so no answer
  // says whether the person exists; staff get the exact answer.
  it.each(ROLES)('%s cannot single a migrant out by counting or by filtering through a tie', async (who) => {
    const attacks = [
      await as(
        who,
        'query ($w: MigrantWhere) { migrantsConnection(where: $w) { aggregate { count { nodes } node { name { shortest } } } } }',
        { w: { name: { eq: 'Hidden H.' }, city: { eq: 'Torino' } } },
      ),
      await as(who, 'query ($w: ActorWhere) { actorsConnection(where: $w) { aggregate { count { nodes } } } }', {
        w: { city: { eq: 'Torino' } },
      }),
      await as(
        who,
        '{ firms(where: { employees: { some: { name: { eq: "Hidden H." }, city: { eq: "Torino" } } } }) { id } }',
      ),
      await as(
        who,
        '{ associations(where: { membersConnection: { aggregate: { count: { nodes: { eq: 2 } } } } }) { id } }',
      ),
      await as(
        who,
        '{ associations(where: { id: { eq: "assoc-authtest" } }) { membersConnection { aggregate { count { nodes } } } } }',
      ),
    ];
    if (who === 'staff' || who === 'admin') {
      for (const res of attacks) expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(attacks[0]!.data).toEqual({
        migrantsConnection: { aggregate: { count: { nodes: 1 }, node: { name: { shortest: 'Hidden H.' } } } },
      });
      expect(attacks[2]!.data).toEqual({ firms: [{ id: 'firm-authtest' }] });
    } else {
      for (const res of attacks) {
        expectDenied(res, who);
        expect(res.data ?? null).toBeNull();
        expect(JSON.stringify(res)).not.toContain('Hidden');
      }
      expect(attacks[2]!.errors![0]!.extensions!.field).toBe('FirmWhere.employees');
    }
    // What stays open: totalCount, which counts only the rows the role may read anyway.
    const open = await as(who, '{ migrantsConnection(where: { city: { eq: "Torino" } }) { totalCount } }');
    expect(open.errors).toBeUndefined();
    const readable: Record<Who, string[]> = {
      anonymous: [],
      analyst: ['PUBLIC'],
      partner: ['NETWORK', 'PUBLIC'],
      staff: ['NONE', 'NETWORK', 'PUBLIC'],
      admin: ['NONE', 'NETWORK', 'PUBLIC'],
    };
    const { records } = await ponte.driver.executeQuery(
      'MATCH (m:Migrant {city: "Torino"}) WHERE m.consent IN $c RETURN count(m) AS n',
      { c: readable[who] },
      { database: database() },
    );
    expect(open.data).toEqual({ migrantsConnection: { totalCount: Number(records[0]!.get('n')) } });
  });

  // Issue #13: a filter through a relationship in a variable's *default* escaped the request-walking
  // guard, and the library does not apply Migrant's @authorization inside relationship filters
  // (neo4j/graphql#5534), so anyone could ask yes/no questions about a hidden person. Below staff the
  // field does not exist in the role's schema, however the filter reaches the server.
  it.each(ROLES)(
    '%s asks whether a hidden migrant works at a firm: every shape refused below staff (issue #13)',
    async (who) => {
      const probe = `{ employees: { some: { id: { eq: "${NONE_MIGRANT}" }, city: { eq: "Torino" } } } }`;
      const attacks = [
        await as(who, `query ($w: FirmWhere = ${probe}) { firms(where: $w) { id } }`),
        await as(who, 'query ($w: FirmWhere) { firms(where: $w) { id } }', {
          w: { employees: { some: { id: { eq: NONE_MIGRANT }, city: { eq: 'Torino' } } } },
        }),
        await as(who, `{ firms(where: ${probe}) { id } }`),
        await as(who, `query { ...F } fragment F on Query { found: firms(where: { OR: [${probe}] }) { id } }`),
        await as(
          who,
          `query ($w: FirmWhere = { employeesConnection: { some: { node: { id: { eq: "${NONE_MIGRANT}" } } } } }) { firms(where: $w) { id } }`,
        ),
        await as(
          who,
          `{ associations(where: { offers: { some: { applicants: { some: { id: { eq: "${NONE_MIGRANT}" } } } } } }) { id } }`,
        ),
        await as(
          who,
          `query ($w: AssociationWhere = { members: { some: { id: { eq: "${NONE_MIGRANT}" } } } }) { associations(where: $w) { id } }`,
        ),
      ];
      if (who === 'staff' || who === 'admin') {
        for (const res of attacks.slice(0, 5)) {
          expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
          expect(JSON.stringify(res.data)).toContain('firm-authtest');
        }
        return;
      }
      for (const res of attacks) {
        expectDenied(res, who);
        expect(res.status).toBe(403);
        expect(res.errors![0]!.message).toMatch(/staff-only.*networkStats, corridors or actorCounts/);
        expect(res.data ?? null).toBeNull();
      }
      expect(attacks.map((r) => r.errors![0]!.extensions!.field)).toEqual([
        'FirmWhere.employees',
        'FirmWhere.employees',
        'FirmWhere.employees',
        'FirmWhere.employees',
        'FirmWhere.employeesConnection',
        'OpportunityWhere.applicants',
        'AssociationWhere.members',
      ]);
    },
  );

  it.each(ROLES)(
    '%s introspects the schema of its role: below staff the staff-only filters and aggregates do not exist',
    async (who) => {
      if (who === 'anonymous') return; // production mode: anonymous visitors may not introspect.
      const res = await as(
        who,
        '{ firmWhere: __type(name: "FirmWhere") { inputFields { name } } migrants: __type(name: "MigrantsConnection") { fields { name } } }',
      );
      expect(res.errors).toBeUndefined();
      const data = res.data as {
        firmWhere: { inputFields: Array<{ name: string }> };
        migrants: { fields: Array<{ name: string }> };
      };
      const full = who === 'staff' || who === 'admin';
      expect(data.firmWhere.inputFields.map((f) => f.name).includes('employees')).toBe(full);
      expect(data.firmWhere.inputFields.map((f) => f.name)).toContain('offers');
      expect(data.migrants.fields.map((f) => f.name).includes('aggregate')).toBe(full);
    },
  );

  it.each(ROLES)(
    '%s reads actorCounts, corridors and networkStats; below staff no small corridor is named and counts are multiples of 5',
    async (who) => {
      const exactRole = who === 'staff' || who === 'admin';
      const { records } = await ponte.driver.executeQuery(
        'MATCH (m:Migrant) RETURN count(m) AS n',
        {},
        { database: database() },
      );
      const migrants = Number(records[0]!.get('n'));
      const counts = await as(who, '{ actorCounts { name count } }');
      expect(counts.errors).toBeUndefined();
      const shown = (counts.data!.actorCounts as Array<{ name: string; count: number }>).find(
        (c) => c.name === 'Migrant',
      )!.count;
      if (exactRole) expect(shown).toBe(migrants);
      else expect(shown % 5 === 0 && Math.abs(shown - migrants) < 5).toBe(true);

      type Row = {
        italianRegionId: string;
        moroccanRegionId: string;
        migrants: number;
        associations: number;
        projects: number;
        folded: boolean;
      };
      const Q = '{ corridors { italianRegionId moroccanRegionId migrants associations projects folded } }';
      const exact = (await as('staff', Q)).data!.corridors as Row[];
      const rows = (await as(who, Q)).data!.corridors as Row[];
      if (exactRole) {
        expect(rows).toEqual(exact);
        expect(exact.some((r) => r.migrants < 5)).toBe(true); // the seed has small corridors: the test means something
      } else {
        // Every pair of regions named holds at least 5 people; every count is a multiple of 5.
        const named = rows
          .filter((r) => !r.folded)
          .map((r) => `${r.italianRegionId}→${r.moroccanRegionId}`)
          .sort();
        expect(named).toEqual(
          exact
            .filter((r) => r.migrants >= 5)
            .map((r) => `${r.italianRegionId}→${r.moroccanRegionId}`)
            .sort(),
        );
        for (const r of rows) for (const n of [r.migrants, r.associations, r.projects]) expect(n % 5).toBe(0);
        expect(rows.filter((r) => r.folded).every((r) => r.moroccanRegionId === 'other-ma')).toBe(true);
      }

      // networkStats on the first day whose exact answer (staff) has a tie type of 1 to 4 ties.
      type Named = { name: string; count: number };
      const SQ = 'query ($asOf: Date) { networkStats(asOf: $asOf) { asOf tiesByType { name count } } }';
      let day: string | undefined;
      for (const year of [2003, 2005, 2006, 2007, 2008, 2010, 2015]) {
        const exactTies = (
          (await as('staff', SQ, { asOf: `${year}-12-31` })).data!.networkStats as { tiesByType: Named[] }
        ).tiesByType;
        if (exactTies.some((t) => t.count >= 1 && t.count <= 4 && t.name !== 'TARGETS')) {
          day = `${year}-06-30`;
          break;
        }
      }
      expect(day, 'a year with a small tie count in the seed').toBeDefined();
      const answer = (await as(who, SQ, { asOf: day })).data!.networkStats as { asOf: string; tiesByType: Named[] };
      const exactTies = (
        (await as('staff', SQ, { asOf: exactRole ? day : answer.asOf })).data!.networkStats as { tiesByType: Named[] }
      ).tiesByType;
      if (exactRole) {
        expect(answer).toEqual({ asOf: day, tiesByType: exactTies });
      } else {
        expect(answer.asOf).toBe(`${day!.slice(0, 4)}-12-31`);
        expect(answer.tiesByType.map((t) => t.name)).toEqual(exactTies.map((t) => t.name));
        for (const [i, t] of answer.tiesByType.entries()) {
          const truth = exactTies[i]!.count;
          if (t.name === 'TARGETS') expect(t.count).toBe(truth);
          else
            expect(t.count % 5 === 0 && Math.abs(t.count - truth) < 5, `${t.name}: ${t.count} for ${truth}`).toBe(true);
        }
      }
    },
  );

  it.each(ROLES)(
    '%s finds a path through a non-consenting migrant only when staff (not even as a masked hop below)',
    async (who) => {
      // firm-authtest -EMPLOYS-> the NONE migrant -MEMBER_OF-> assoc-authtest: below staff the
      // person and their ties do not exist (docs/privacy.md), so there is no path at all.
      const res = await as(
        who,
        '{ paths(from: "firm-authtest", to: "assoc-authtest", maxHops: 2, limit: 3) { nodes { id name masked } edges { from to } } }',
      );
      expect(res.errors).toBeUndefined();
      const nodes = (res.data!.paths as Array<{ nodes: Array<{ id: string; name: string; masked: boolean }> }>).flatMap(
        (p) => p.nodes,
      );
      if (who === 'staff' || who === 'admin') {
        expect(nodes.some((n) => n.id === NONE_MIGRANT && !n.masked && n.name === 'Hidden H.')).toBe(true);
      } else {
        expect(res.data!.paths).toEqual([]);
      }
    },
  );

  it.each(ROLES)(
    '%s meets a consenting (NETWORK) migrant: named by partners and staff, masked for analysts, absent for anonymous',
    async (who) => {
      const res = await as(who, '{ neighbourhood(ids: ["assoc-authtest"]) { nodes { id name masked } } }');
      expect(res.errors).toBeUndefined();
      const nodes = (res.data!.neighbourhood as { nodes: Array<{ id: string; name: string; masked: boolean }> }).nodes;
      const people = nodes.filter((n) => n.id.startsWith('migrant-') || n.masked);
      const expected: Record<Who, Array<{ id: string; name: string; masked: boolean }>> = {
        anonymous: [],
        analyst: [{ id: 'masked-1', name: 'a migrant (no consent to be named)', masked: true }],
        partner: [{ id: NETWORK_MIGRANT, name: 'Network N.', masked: false }],
        staff: [
          { id: NETWORK_MIGRANT, name: 'Network N.', masked: false },
          { id: NONE_MIGRANT, name: 'Hidden H.', masked: false },
        ],
        admin: [
          { id: NETWORK_MIGRANT, name: 'Network N.', masked: false },
          { id: NONE_MIGRANT, name: 'Hidden H.', masked: false },
        ],
      };
      expect(people).toEqual(expected[who]);
    },
  );

  // A question started from a person the asker may not see answers exactly as for an id that
  // never existed: it neither confirms the person nor shows where their ties and skills lead.
  const mayName: Record<Who, string[]> = {
    anonymous: [],
    analyst: [],
    partner: [NETWORK_MIGRANT],
    staff: [NONE_MIGRANT, NETWORK_MIGRANT],
    admin: [NONE_MIGRANT, NETWORK_MIGRANT],
  };
  it.each(ROLES)('%s asks a question starting from a migrant: NOT_FOUND unless it may name the person', async (who) => {
    for (const id of [NONE_MIGRANT, NETWORK_MIGRANT]) {
      const questions = [
        `{ opportunityMatches(migrantId: "${id}") { score } }`,
        `{ paths(from: "${id}", to: "assoc-authtest", maxHops: 2) { hops } }`,
        `{ neighbourhood(ids: ["${id}"]) { nodes { id } } }`,
        `{ introductions(from: "${id}", target: { kinds: [Association] }) { score } }`,
        `{ commonConnections(ids: ["${id}", "firm-authtest"]) { via sharedBy } }`,
      ];
      for (const q of questions) {
        const res = await as(who, q);
        if (mayName[who].includes(id)) {
          expect(res.errors, `${who} ${q}`).toBeUndefined();
        } else {
          expect(codes(res), `${who} ${q}`).toEqual(['NOT_FOUND']);
          expect(res.errors![0]!.message).toContain(`"${id}"`); // the id asked for, nothing more
          expect(JSON.stringify(res)).not.toMatch(/Hidden|Network N\./);
        }
      }
    }
  });

  it.each(ROLES)('%s reads a personal field: staff and admin only', async (who) => {
    for (const field of ['fullName', 'email', 'phone', 'birthYear']) {
      const res = await as(who, `{ migrants(where: { id: { eq: "${NETWORK_MIGRANT}" } }) { id ${field} } }`);
      if (who === 'staff' || who === 'admin') {
        expect(res.errors).toBeUndefined();
        expect((res.data!.migrants as Array<Record<string, unknown>>)[0]![field]).not.toBeNull();
      } else {
        expectDenied(res, who);
        expect(res.data?.migrants ?? null).toBeNull();
      }
    }
  });

  it.each(ROLES)(
    '%s cannot probe a personal field through a filter, a sort or an aggregate (nobody can)',
    async (who) => {
      const filtered = await as(who, `{ migrants(where: { email: { contains: "@" } }) { id } }`);
      const aggregated = await as(who, '{ migrantsConnection { aggregate { node { birthYear { min } } } } }');
      // Sorting partners' NETWORK migrants by birthYear would rank their ages.
      const sorted = await as(who, '{ migrants(sort: [{ birthYear: ASC }]) { id } }');
      for (const res of [filtered, sorted]) {
        expect(codes(res)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(res.data).toBeUndefined();
      }
      // Below staff the aggregate itself is not in the role's schema; for staff the field is not aggregable.
      if (who === 'staff' || who === 'admin') expect(codes(aggregated)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
      else expectDenied(aggregated, who);
      expect(aggregated.data).toBeUndefined();
    },
  );

  it.each(ROLES)('%s mutates: staff and admin only (create, update, connect, delete)', async (who) => {
    const id = `firm-matrix-${who}`;
    const create = await as(
      who,
      `mutation { createFirms(input: [{ id: "${id}", name: "Matrix ${who}", country: IT, sector: "test" }]) { firms { id } } }`,
    );
    const update = await as(
      who,
      'mutation { updateAssociations(where: { id: { eq: "assoc-cerfe" } }, update: { description: { set: "changed" } }) { associations { id } } }',
    );
    const connect = await as(
      who,
      'mutation { updateAssociations(where: { id: { eq: "assoc-cerfe" } }, update: { partners: { connect: [{ where: { node: { id: { eq: "assoc-cespi" } } }, edge: { source: "test", confidence: 1 } }] } }) { associations { id } } }',
    );
    const del = await as(who, 'mutation { deleteEvents(where: { id: { eq: "no-such-event" } }) { nodesDeleted } }');
    if (who === 'staff' || who === 'admin') {
      for (const res of [create, update, connect, del]) expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      await as(who, `mutation { deleteFirms(where: { id: { eq: "${id}" } }) { nodesDeleted } }`);
      // Remove the tie again: the next role's identical connect would be a duplicate tie (CONFLICT).
      await as(
        who,
        'mutation { updateAssociations(where: { id: { eq: "assoc-cerfe" } }, update: { partners: { disconnect: [{ where: { node: { id: { eq: "assoc-cespi" } } } }] } }) { associations { id } } }',
      );
    } else {
      for (const res of [create, update, connect, del]) expectDenied(res, who);
      const { records } = await ponte.driver.executeQuery(
        'MATCH (f:Firm {id: $id}) RETURN count(f) AS n',
        { id },
        { database: database() },
      );
      expect(Number(records[0]!.get('n'))).toBe(0);
    }
  });

  it.each(ROLES)('%s changes consent and erases: staff and admin only', async (who) => {
    const consent = await as(
      who,
      `mutation { setMigrantConsent(id: "${NETWORK_MIGRANT}", consent: NETWORK) { consent } }`,
    );
    const erase = await as(
      who,
      'mutation { eraseMigrant(id: "migrant-no-such-person", basis: DATA_SUBJECT_REQUEST) { erasureId } }',
    );
    if (who === 'staff' || who === 'admin') {
      expect(consent.data).toEqual({ setMigrantConsent: { consent: 'NETWORK' } });
      expect(codes(erase)).toEqual(['NOT_FOUND']);
    } else {
      expectDenied(consent, who);
      expectDenied(erase, who);
    }
  });

  it.each(ROLES)('%s reads the audit log: staff and admin only', async (who) => {
    const res = await as(who, '{ auditLog(limit: 5) { id operation } }');
    if (who === 'staff' || who === 'admin') expect(res.errors).toBeUndefined();
    else expectDenied(res, who);
  });

  it.each(ROLES)('%s introspects: signed-in users only (production)', async (who) => {
    const res = await as(who, '{ __schema { queryType { name } } }');
    if (who === 'anonymous') {
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    } else {
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
  });

  it.each(ROLES)('%s searches without finding migrants it may not name', async (who) => {
    const res = await as(who, '{ search(text: "Hidden") { id } }');
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data).includes(NONE_MIGRANT)).toBe(who === 'staff' || who === 'admin');
  });
});

describe('user management (admin only)', () => {
  const expectDenied = (res: Awaited<ReturnType<typeof as>>, who: Who) =>
    expect(codes(res)).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);

  it.each(ROLES)('%s lists, creates, changes and disables accounts: admin only', async (who) => {
    const list = await as(who, '{ users { id email role organisation disabled } }');
    const create = await as(
      who,
      `mutation { createUser(email: "made-by-${who}@test.example", role: "analyst") { user { id email role disabled } oneTimePassword } }`,
    );
    const setRole = await as(who, 'mutation { setUserRole(id: "user-no-such-account", role: "analyst") { id } }');
    const disable = await as(who, 'mutation { disableUser(id: "user-no-such-account") { id } }');
    if (who === 'admin') {
      expect(list.errors).toBeUndefined();
      const emails = (list.data!.users as Array<{ email: string }>).map((u) => u.email);
      expect(emails).toEqual(
        expect.arrayContaining(['admin@test.example', 'partner@test.example', 'staff@test.example']),
      );
      expect(JSON.stringify(list.data)).not.toMatch(/scrypt|passwordHash/);
      expect(create.errors).toBeUndefined();
      expect((create.data!.createUser as { user: unknown }).user).toMatchObject({
        email: 'made-by-admin@test.example',
        role: 'analyst',
        disabled: false,
      });
      expect(codes(setRole)).toEqual(['NOT_FOUND']);
      expect(codes(disable)).toEqual(['NOT_FOUND']);
    } else {
      for (const res of [list, create, setRole, disable]) expectDenied(res, who);
      const { records } = await ponte.driver.executeQuery(
        'MATCH (u:User {email: $e}) RETURN count(u) AS n',
        { e: `made-by-${who}@test.example` },
        { database: database() },
      );
      expect(Number(records[0]!.get('n'))).toBe(0);
    }
  });

  it('creates an account with a one-time password that signs in once handed over; the audit log keeps ids, never the password', async () => {
    const res = await as(
      'admin',
      'mutation { createUser(email: " Newcomer@Test.example ", role: "partner", organisation: "assoc-cerfe") { user { id email role organisation } oneTimePassword } }',
    );
    expect(res.errors).toBeUndefined();
    const { user, oneTimePassword } = res.data!.createUser as {
      user: { id: string; email: string };
      oneTimePassword: string;
    };
    expect(user).toMatchObject({ email: 'newcomer@test.example', role: 'partner', organisation: 'assoc-cerfe' });
    expect(oneTimePassword).toMatch(/^[\w-]{16}$/);
    const token = await login(base, 'newcomer@test.example', oneTimePassword);
    expect((await gql(base, '{ me { id role organisation } }', {}, token)).data).toEqual({
      me: { id: user.id, role: 'partner', organisation: 'assoc-cerfe' },
    });
    const withPassword = await as(
      'admin',
      `mutation { createUser(email: "chosen@test.example", role: "staff", password: "a long enough password") { oneTimePassword } }`,
    );
    expect(withPassword.data).toEqual({ createUser: { oneTimePassword: null } });

    const log = await as('admin', '{ auditLog(limit: 20) { operation ids outcome role } }');
    expect(
      (log.data!.auditLog as Array<{ operation: string; ids: string[]; outcome: string }>).find(
        (e) => e.operation === 'createUser' && e.ids.includes(user.id),
      ),
    ).toMatchObject({ outcome: 'ok', role: 'admin' });
    const stored = await ponte.driver.executeQuery(
      'MATCH (e:AuditEvent) RETURN collect(properties(e)) AS all',
      {},
      { database: database() },
    );
    const dump = JSON.stringify(stored.records[0]!.get('all'));
    expect(dump).not.toContain(oneTimePassword);
    expect(dump).not.toContain('a long enough password');
  });

  it('refuses bad input, naming the argument and the fix', async () => {
    const cases: Array<[string, string, string]> = [
      ['createUser(email: "x@test.example", role: "root")', 'BAD_USER_INPUT', 'role'],
      ['createUser(email: "not an e-mail", role: "analyst")', 'BAD_USER_INPUT', 'email'],
      ['createUser(email: "p@test.example", role: "partner")', 'BAD_USER_INPUT', 'organisation'],
      [
        `createUser(email: "p@test.example", role: "partner", organisation: "${NETWORK_MIGRANT}")`,
        'NOT_FOUND',
        'organisation',
      ],
      [
        'createUser(email: "a@test.example", role: "analyst", organisation: "assoc-cerfe")',
        'BAD_USER_INPUT',
        'organisation',
      ],
      ['createUser(email: "a@test.example", role: "analyst", password: "short")', 'BAD_USER_INPUT', 'password'],
      ['createUser(email: "staff@test.example", role: "analyst")', 'BAD_USER_INPUT', 'email'],
    ];
    for (const [call, code, argument] of cases) {
      const res = await as('admin', `mutation { ${call} { user { id } } }`);
      expect(res.errors?.[0]?.extensions, call).toMatchObject({ code, argument });
      expect(res.errors![0]!.message).toMatch(/^createUser: /);
    }
    const me = await as('admin', '{ me { id } }');
    const self = await as('admin', `mutation { disableUser(id: "${(me.data!.me as { id: string }).id}") { id } }`);
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('a changed or disabled account loses its tokens at its next request, and a disabled one cannot sign in', async () => {
    const leaverId = await ponte.users.upsert({ email: 'leaver@test.example', password: PASSWORD, role: 'analyst' });
    const asLeaver = async () => (await ponte.tokens.sign({ sub: leaverId, roles: ['analyst'] })).token;
    const first = await asLeaver();
    expect((await gql(base, '{ me { role } }', {}, first)).data).toEqual({ me: { role: 'analyst' } });
    const changed = await as(
      'admin',
      `mutation { setUserRole(id: "${leaverId}", role: "partner", organisation: "assoc-cerfe") { role organisation } }`,
    );
    expect(changed.data).toEqual({ setUserRole: { role: 'partner', organisation: 'assoc-cerfe' } });
    expect((await gql(base, '{ me { role } }', {}, first)).status).toBe(401);
    const second = (await ponte.tokens.sign({ sub: leaverId, roles: ['partner'], org: 'assoc-cerfe' })).token;
    expect((await gql(base, '{ me { role } }', {}, second)).data).toEqual({ me: { role: 'partner' } });
    const disabled = await as('admin', `mutation { disableUser(id: "${leaverId}") { disabled } }`);
    expect(disabled.data).toEqual({ disableUser: { disabled: true } });
    const after = await gql(base, '{ me { role } }', {}, second);
    expect(after.status).toBe(401);
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
    const signIn = await gql(
      base,
      `mutation { login(email: "leaver@test.example", password: "${PASSWORD}") { token } }`,
    );
    expect(signIn.errors?.[0]?.message).toBe('Wrong e-mail or password.');
  });
});

describe('attacks on tokens and login', () => {
  const meWith = async (token: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> },
    };
  };
  const expect401 = (r: Awaited<ReturnType<typeof meWith>>) => {
    expect(r.status).toBe(401);
    expect(r.body.errors).toEqual([
      { message: 'The bearer token is invalid or expired; sign in again.', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  };

  it('refuses a tampered token (roles raised to admin)', async () => {
    const [h, p, s] = tokens.analyst!.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...payload, roles: ['admin'] })).toString('base64url');
    expect401(await meWith(`${h}.${forged}.${s}`));
  });

  it('refuses a token signed with another key', async () => {
    const other = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('ponte')
      .setAudience('ponte-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    expect401(await meWith(other));
  });

  it('refuses an expired token', async () => {
    const expired = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('ponte')
      .setAudience('ponte-api')
      .setIssuedAt(1_700_000_000)
      .setExpirationTime(1_700_000_600)
      .sign(new TextEncoder().encode(SECRET));
    expect401(await meWith(expired));
  });

  it('refuses alg: none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(
      JSON.stringify({
        sub: 'x',
        roles: ['admin'],
        iss: 'ponte',
        aud: 'ponte-api',
        exp: Math.floor(Date.now() / 1000) + 3600,
      }),
    ).toString('base64url');
    expect401(await meWith(`${header}.${payload}.`));
  });

  it('refuses a malformed Authorization header', async () => {
    expect401(await meWith('not a token'));
  });

  it('throttles guessing per address and per (address, account) without locking the owner out', async () => {
    // Distinct client addresses through X-Forwarded-For, believed from one proxy hop.
    const config = parseConfig({
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'silent',
      NEO4J_DATABASE: database(),
      PONTE_SEED: 'never',
      PONTE_JWT_SECRET: SECRET,
      PONTE_DISCLOSURE_KEY: 'disclosure key of the auth tests, long enough',
      PONTE_TRUST_PROXY: '1',
      PONTE_LOGIN_LIMIT: '10',
    });
    const proxied = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
    try {
      const signIn = async (address: string, email: string, password: string) => {
        const res = await fetch(`http://127.0.0.1:${proxied.port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({
            query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
            variables: { e: email, p: password },
          }),
        });
        const body = (await res.json()) as {
          data?: { login: { token: string } } | null;
          errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
        };
        return {
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          code: body.errors?.[0]?.extensions?.code,
          message: body.errors?.[0]?.message,
          token: body.data?.login?.token,
        };
      };
      const A = '203.0.113.7';
      const attacker = [];
      for (let i = 0; i < 50; i++) attacker.push(await signIn(A, 'admin@test.example', `guess ${i}`));
      // Three guesses are checked; then (A, admin) waits before a guess is even checked: 1 s, 2 s, 4 s…
      // (a slow machine may let one or two more through while the test runs).
      expect(attacker.slice(0, 3).map((r) => [r.status, r.code])).toEqual(Array(3).fill([200, 'UNAUTHENTICATED']));
      expect([attacker[3]!.status, attacker[3]!.code]).toEqual([429, 'RATE_LIMITED']);
      const checked = attacker.filter((r) => r.code === 'UNAUTHENTICATED');
      expect(checked.length).toBeLessThanOrEqual(6);
      for (const r of attacker.filter((x) => x.code !== 'UNAUTHENTICATED')) {
        expect([r.status, r.code]).toEqual([429, 'RATE_LIMITED']);
        expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(r.message).toMatch(
          /^Too many failed sign-ins to this account from your address; try again in \d+ second/,
        );
      }
      // Even the right password from A is not checked while the pair is slowed down…
      expect((await signIn(A, 'admin@test.example', PASSWORD)).status).toBe(429);
      // …but the owner at another address signs in at once.
      const owner = await signIn('198.51.100.9', 'admin@test.example', PASSWORD);
      expect([owner.status, owner.code]).toEqual([200, undefined]);
      expect(owner.token).toEqual(expect.any(String));

      // One address trying many accounts: 10 failures, then 429 for any account, with Retry-After.
      const C = '192.0.2.44';
      const spray = [];
      for (let i = 0; i < 12; i++) spray.push(await signIn(C, `someone${i}@test.example`, 'guess'));
      expect(spray.slice(0, 10).every((r) => r.code === 'UNAUTHENTICATED')).toBe(true);
      expect(spray.slice(10).map((r) => [r.status, r.code])).toEqual(Array(2).fill([429, 'RATE_LIMITED']));
      expect(Number(spray[11]!.retryAfter)).toBeGreaterThan(800);
      expect(spray[11]!.message).toMatch(/^Too many failed sign-ins from your address; try again in \d+ minute/);
    } finally {
      await proxied.shutdown();
    }
  });
});

describe('audit', () => {
  it('records who, when, which operation and ids of generated and custom writes, without personal values', async () => {
    await as(
      'staff',
      `mutation { updateMigrants(where: { id: { eq: "${NETWORK_MIGRANT}" } }, update: { phone: { set: "+39 111 111 1111" } }) { migrants { id } } }`,
    );
    const res = await as('admin', '{ auditLog(limit: 50) { id at userId role operation ids outcome } }');
    expect(res.errors).toBeUndefined();
    const entries = res.data!.auditLog as Array<{
      operation: string;
      ids: string[];
      role: string;
      outcome: string;
      userId: string;
    }>;
    const update = entries.find((e) => e.operation === 'updateMigrants');
    expect(update).toMatchObject({ role: 'staff', outcome: 'ok', ids: [NETWORK_MIGRANT] });
    expect(entries.some((e) => e.operation === 'setMigrantConsent' && e.ids.includes(NETWORK_MIGRANT))).toBe(true);
    expect(entries.some((e) => e.operation === 'createFirms')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('111 111');
    // Paging: the entries after the first are the rest, in order.
    const next = await as(
      'admin',
      `{ auditLog(limit: 2, after: "${(res.data!.auditLog as Array<{ id: string }>)[0]!.id}") { id } }`,
    );
    expect((next.data!.auditLog as Array<{ id: string }>).map((e) => e.id)).toEqual(
      (res.data!.auditLog as Array<{ id: string }>).slice(1, 3).map((e) => e.id),
    );
  });

  it("narrows to one actor's history, one user or one operation, and pages through the narrowed log", async () => {
    type Entry = { id: string; operation: string; ids: string[]; userId: string };
    const all = (await as('admin', '{ auditLog(limit: 500) { id operation ids userId } }')).data!.auditLog as Entry[];
    const history = await as(
      'staff',
      `{ auditLog(limit: 500, actor: "${NETWORK_MIGRANT}") { id operation ids userId } }`,
    );
    expect(history.errors).toBeUndefined();
    const mine = history.data!.auditLog as Entry[];
    // Exactly the entries naming the actor, newest first, as in the whole log.
    expect(mine.map((e) => e.id)).toEqual(all.filter((e) => e.ids.includes(NETWORK_MIGRANT)).map((e) => e.id));
    expect(mine.length).toBeGreaterThanOrEqual(2);
    const byOperation = (
      await as(
        'admin',
        `{ auditLog(limit: 500, actor: "${NETWORK_MIGRANT}", operation: "updateMigrants") { id operation } }`,
      )
    ).data!.auditLog as Entry[];
    expect(byOperation.length).toBeGreaterThan(0);
    expect(byOperation.every((e) => e.operation.split(',').includes('updateMigrants'))).toBe(true);
    expect(byOperation.length).toBeLessThan(mine.length);
    const user = mine[0]!.userId;
    const byUser = (await as('admin', `{ auditLog(limit: 500, user: "${user}") { id userId } }`)).data!
      .auditLog as Entry[];
    expect(byUser.map((e) => e.id)).toEqual(all.filter((e) => e.userId === user).map((e) => e.id));
    // `after` pages within the filter.
    const page2 = (
      await as('admin', `{ auditLog(limit: 1, after: "${mine[0]!.id}", actor: "${NETWORK_MIGRANT}") { id } }`)
    ).data!.auditLog as Entry[];
    expect(page2.map((e) => e.id)).toEqual([mine[1]!.id]);
    // A blank filter is a mistake said with its argument, not "everything".
    const blank = await as('admin', '{ auditLog(actor: "  ") { id } }');
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors![0]!.message).toMatch(/auditLog: "actor" must be 1–200 characters/);
    // Filters do not open the log to other roles.
    expect(codes(await as('analyst', `{ auditLog(actor: "${NETWORK_MIGRANT}") { id } }`))).toEqual(['FORBIDDEN']);
  });

  it('is not reachable through the generated API', async () => {
    expect(codes(await as('admin', '{ auditEvents { id } }'))).toContain('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('audit atomicity', () => {
  const auditedWith = async (id: string) => {
    const { records } = await ponte.driver.executeQuery(
      'MATCH (e:AuditEvent) WHERE $id IN e.ids RETURN e.outcome AS outcome, e.operation AS operation',
      { id },
      { database: database() },
    );
    return records.map((r) => r.toObject() as { outcome: string; operation: string });
  };
  const firms = async (id: string) =>
    Number(
      (
        await ponte.driver.executeQuery(
          'MATCH (f:Firm {id: $id}) RETURN count(f) AS n',
          { id },
          { database: database() },
        )
      ).records[0]!.get('n'),
    );

  it('a mutation with a failing field writes nothing, says so, and records no ok entry', async () => {
    const res = await as(
      'staff',
      'mutation { a: createFirms(input: [{ id: "firm-atomic-1", name: "Atomic one", country: IT }]) { firms { id } } b: createFirms(input: [{ id: "firm-authtest", name: "A duplicate id", country: IT }]) { firms { id } } }',
    );
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.data ?? null).toBeNull();
    expect(await firms('firm-atomic-1')).toBe(0);
    const entries = await auditedWith('firm-atomic-1');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.outcome !== 'ok')).toBe(true);
  });

  it('a custom write in a failing mutation is rolled back with it', async () => {
    const res = await as(
      'staff',
      `mutation { setMigrantConsent(id: "${NETWORK_MIGRANT}", consent: PUBLIC) { id } createFirms(input: [{ id: "firm-authtest", name: "A duplicate id", country: IT }]) { firms { id } } }`,
    );
    expect(res.errors?.length).toBeGreaterThan(0);
    const { records } = await ponte.driver.executeQuery(
      'MATCH (m:Migrant {id: $id}) RETURN m.consent AS c',
      { id: NETWORK_MIGRANT },
      { database: database() },
    );
    expect(records[0]!.get('c')).toBe('NETWORK');
  });

  it('an erasure sent with another write joins its transaction (no wait on its own locks) and commits with it', async () => {
    const id = 'migrant-authtest-erased-with-update';
    await ponte.driver.executeQuery(
      `CREATE (:Migrant:Actor {id: $id, name: 'Brief B.', consent: 'NONE', status: 'RESIDENT', country: 'IT', altNames: [], tags: [], services: [], sources: [], skills: [], languages: [], synthetic: true})`,
      { id },
      { database: database() },
    );
    const res = await as(
      'staff',
      `mutation { updateMigrants(where: { id: { eq: "${id}" } }, update: { occupation: { set: "changed first" } }) { migrants { occupation } } eraseMigrant(id: "${id}", basis: DATA_SUBJECT_REQUEST) { erasureId } }`,
    );
    expect(res.errors).toBeUndefined();
    const erasureId = (res.data!.eraseMigrant as { erasureId: string }).erasureId;
    expect(erasureId).toMatch(UUID);
    const { records } = await ponte.driver.executeQuery(
      'MATCH (m:Migrant {id: $id}) RETURN count(m) AS n',
      { id },
      { database: database() },
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
    // Both recorded, and neither keeps the erased id in clear: the update's entry names it by the erasure id.
    const entries = await ponte.driver.executeQuery(
      'MATCH (e:AuditEvent) WHERE e.erasureId = $e OR $ref IN e.ids OR $id IN e.ids RETURN e.operation AS op, e.outcome AS outcome, $id IN e.ids AS clear ORDER BY op',
      { e: erasureId, ref: `erased:${erasureId}`, id },
      { database: database() },
    );
    expect(entries.records.map((r) => [r.get('op'), r.get('outcome'), r.get('clear')])).toEqual([
      ['eraseMigrant', 'ok', false],
      ['updateMigrants', 'ok', false],
    ]);
  });

  it('a successful mutation commits together with its ok entry', async () => {
    const res = await as(
      'admin',
      'mutation { createFirms(input: [{ id: "firm-atomic-2", name: "Atomic two", country: MA }]) { firms { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(await firms('firm-atomic-2')).toBe(1);
    expect(await auditedWith('firm-atomic-2')).toEqual([{ outcome: 'ok', operation: 'createFirms' }]);
    await as('admin', 'mutation { deleteFirms(where: { id: { eq: "firm-atomic-2" } }) { nodesDeleted } }');
  });
});

describe('introduction requests', () => {
  const expectDenied = (res: Awaited<ReturnType<typeof as>>, who: Who) =>
    expect(codes(res)).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
  const REQUEST =
    'mutation ($to: ID!, $message: String, $path: [ID!]) { requestIntroduction(to: $to, message: $message, path: $path) { id from to toName message status path { id name masked } } }';
  type Request = {
    id: string;
    from: string;
    to: string | null;
    status: string;
    path: Array<{ id: string | null; name: string | null; masked: boolean }>;
  };

  it.each(ROLES)('%s sends an introduction request: partners only, from their own organisation', async (who) => {
    const res = await as(who, REQUEST, { to: 'assoc-authtest', message: `from the matrix (${who})` });
    if (who === 'partner') {
      expect(res.errors).toBeUndefined();
      expect(res.data!.requestIntroduction).toMatchObject({
        from: 'assoc-cerfe',
        to: 'assoc-authtest',
        toName: 'Authtest Association',
        status: 'OPEN',
        path: [],
      });
    } else {
      expectDenied(res, who);
    }
  });

  it('stores a masked migrant on the path only as a masked hop; the partner lists its own, staff list all and set the status', async () => {
    const res = await as('partner', REQUEST, {
      to: 'assoc-authtest',
      message: 'Could you introduce us?',
      path: ['firm-authtest', NONE_MIGRANT, 'masked-2', 'assoc-authtest'],
    });
    expect(res.errors).toBeUndefined();
    const sent = res.data!.requestIntroduction as Request;
    expect(sent.path).toEqual([
      { id: 'firm-authtest', name: 'Authtest Firm', masked: false },
      { id: null, name: 'a migrant (no consent to be named)', masked: true },
      { id: null, name: 'a migrant (no consent to be named)', masked: true },
      { id: 'assoc-authtest', name: 'Authtest Association', masked: false },
    ]);
    const stored = await ponte.driver.executeQuery(
      'MATCH (r:IntroductionRequest {id: $id}) RETURN properties(r) AS r',
      { id: sent.id },
      { database: database() },
    );
    expect(stored.records).toHaveLength(1);
    expect(JSON.stringify(stored.records[0]!.get('r'))).not.toContain(NONE_MIGRANT);

    const mine = await as('partner', '{ myIntroductionRequests { id status } }');
    expect((mine.data!.myIntroductionRequests as Request[]).map((r) => r.id)).toContain(sent.id);
    expect(codes(await as('partner', '{ introductionRequests { id } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await as('analyst', '{ myIntroductionRequests { id } }'))).toEqual(['FORBIDDEN']);
    const all = await as('staff', '{ introductionRequests(status: OPEN) { id from path { id masked } } }');
    const seen = (all.data!.introductionRequests as Request[]).find((r) => r.id === sent.id)!;
    expect(seen.path.map((h) => h.id)).toEqual(['firm-authtest', null, null, 'assoc-authtest']);

    expect(
      codes(await as('partner', `mutation { setIntroductionStatus(id: "${sent.id}", status: DONE) { status } }`)),
    ).toEqual(['FORBIDDEN']);
    const accepted = await as(
      'staff',
      `mutation { setIntroductionStatus(id: "${sent.id}", status: ACCEPTED) { status updatedAt } }`,
    );
    expect((accepted.data!.setIntroductionStatus as { status: string }).status).toBe('ACCEPTED');
    const again = await as('partner', '{ myIntroductionRequests { id status } }');
    expect((again.data!.myIntroductionRequests as Request[]).find((r) => r.id === sent.id)!.status).toBe('ACCEPTED');

    const log = await as('admin', '{ auditLog(limit: 10) { operation ids outcome role } }');
    const entries = log.data!.auditLog as Array<{ operation: string; ids: string[]; outcome: string; role: string }>;
    expect(entries.find((e) => e.operation === 'requestIntroduction' && e.ids.includes(sent.id))).toMatchObject({
      outcome: 'ok',
      role: 'partner',
    });
    // The partner's refused attempt is in the log too; entries of the same millisecond have no order.
    const statusChanges = entries.filter((e) => e.operation === 'setIntroductionStatus' && e.ids.includes(sent.id));
    expect(statusChanges.map((e) => [e.role, e.outcome]).sort()).toEqual([
      ['partner', 'FORBIDDEN'],
      ['staff', 'ok'],
    ]);
    expect(JSON.stringify(entries)).not.toContain(NONE_MIGRANT);
    expect(codes(await as('admin', '{ introductionRequestsConnection { totalCount } }'))).toContain(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('refuses a person the partner may not name as if unknown, an unknown hop, and a long message, naming the argument', async () => {
    const hidden = await as('partner', REQUEST, { to: NONE_MIGRANT });
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'to' });
    expect(JSON.stringify(hidden)).not.toContain('Hidden');
    const unknownHop = await as('partner', REQUEST, {
      to: 'assoc-authtest',
      path: ['firm-authtest', 'firm-no-such-firm'],
    });
    expect(unknownHop.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'path[1]' });
    const long = await as('partner', REQUEST, { to: 'assoc-authtest', message: 'x'.repeat(2001) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'message' });
  });

  it('erasing a migrant scrubs it from the requests that name it', async () => {
    const res = await as('partner', REQUEST, { to: NETWORK_MIGRANT, path: ['assoc-authtest', NETWORK_MIGRANT] });
    expect(res.errors).toBeUndefined();
    const sent = res.data!.requestIntroduction as Request;
    expect(sent).toMatchObject({
      to: NETWORK_MIGRANT,
      path: [{ id: 'assoc-authtest' }, { id: NETWORK_MIGRANT, masked: false }],
    });
    expect(
      (
        await as(
          'staff',
          `mutation { eraseMigrant(id: "${NETWORK_MIGRANT}", basis: DATA_SUBJECT_REQUEST) { erasureId } }`,
        )
      ).errors,
    ).toBeUndefined();
    const stored = await ponte.driver.executeQuery(
      'MATCH (r:IntroductionRequest) RETURN collect(properties(r)) AS all',
      {},
      { database: database() },
    );
    expect(JSON.stringify(stored.records[0]!.get('all'))).not.toContain(NETWORK_MIGRANT);
    const mine = (await as('partner', '{ myIntroductionRequests { id to toName path { id name masked } } }')).data!
      .myIntroductionRequests as Request[];
    expect(mine.find((r) => r.id === sent.id)).toMatchObject({
      to: null,
      path: [{ id: 'assoc-authtest' }, { id: null, masked: true }],
    });
  });

  it('rate-limits introduction requests with a coded 429', async () => {
    const answers = [];
    for (let i = 0; i < 21; i++) {
      const res = await as('partner', REQUEST, { to: 'assoc-authtest', message: `flood ${i}` });
      answers.push(res);
      if (res.status === 429) break;
    }
    const last = answers[answers.length - 1]!;
    expect(last.status).toBe(429);
    expect(codes(last)).toEqual(['RATE_LIMITED']);
    expect(last.errors![0]!.message).toMatch(/at most 20 an hour/);
  });
});

describe('behind a proxy (PONTE_TRUST_PROXY)', () => {
  it('keys the per-address rate limit on the client address the proxy forwards', async () => {
    const config = parseConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      NEO4J_DATABASE: database(),
      PONTE_SEED: 'never',
      PONTE_TRUST_PROXY: '1',
      PONTE_RATE_LIMIT: '3',
    });
    const proxied = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
    try {
      const from = async (address: string) =>
        (
          await fetch(`http://127.0.0.1:${proxied.port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
            body: '{"query":"{ __typename }"}',
          })
        ).status;
      const a = [];
      for (let i = 0; i < 4; i++) a.push(await from('203.0.113.7'));
      expect(a).toEqual([200, 200, 200, 429]);
      expect(await from('198.51.100.9')).toBe(200);
    } finally {
      await proxied.shutdown();
    }
  });
});

describe('erasure', () => {
  it('deletes the person and every tie in one go and keeps only a random erasure id in the audit log', async () => {
    const id = NONE_MIGRANT;
    const db = { database: database() };
    expect(
      (await as('staff', `mutation { setMigrantConsent(id: "${id}", consent: NONE) { id } }`)).errors,
    ).toBeUndefined();
    const before = await ponte.driver.executeQuery(
      'MATCH (m:Migrant {id: $id}) RETURN m.name AS name, m.fullName AS fullName, COUNT { (m)--() } AS ties',
      { id },
      db,
    );
    const { name, fullName } = before.records[0]!.toObject() as { name: string; fullName: string };
    expect(Number(before.records[0]!.get('ties'))).toBeGreaterThan(0);

    const res = await as(
      'staff',
      `mutation { eraseMigrant(id: "${id}", basis: CONSENT_WITHDRAWN) { erasureId ties at } }`,
    );
    expect(res.errors).toBeUndefined();
    const receipt = res.data!.eraseMigrant as { erasureId: string; ties: number };
    expect(receipt.erasureId).toMatch(UUID);
    expect(receipt.ties).toBe(Number(before.records[0]!.get('ties')));
    // The receipt carries nothing a dictionary of slugs could match.
    for (const derived of derivedFrom(id)) expect(JSON.stringify(res.data)).not.toContain(derived);

    const left = await ponte.driver.executeQuery(
      `MATCH (n) WHERE n.id = $id OR n.name = $name OR n.fullName = $fullName RETURN count(n) AS nodes`,
      { id, name, fullName },
      db,
    );
    expect(Number(left.records[0]!.get('nodes'))).toBe(0);
    const ties = await ponte.driver.executeQuery(
      'MATCH ()-[r]-() WHERE any(v IN [k IN keys(r) | toString(r[k])] WHERE v CONTAINS $id) RETURN count(r) AS n',
      { id },
      db,
    );
    expect(Number(ties.records[0]!.get('n'))).toBe(0);

    const search = await as('admin', `{ search(text: ${JSON.stringify(name)}) { id } }`);
    expect(JSON.stringify(search.data)).not.toContain(id);
    const rows = await as('admin', `{ migrants(where: { id: { eq: "${id}" } }) { id } }`);
    expect(rows.data).toEqual({ migrants: [] });

    const log = await as('admin', '{ auditLog(limit: 5) { operation ids erasureId basis userId outcome } }');
    const entry = (log.data!.auditLog as Array<Record<string, unknown>>).find((e) => e.operation === 'eraseMigrant');
    expect(entry).toMatchObject({ ids: [], erasureId: receipt.erasureId, basis: 'CONSENT_WITHDRAWN', outcome: 'ok' });
    const stored = await ponte.driver.executeQuery('MATCH (e:AuditEvent) RETURN collect(properties(e)) AS all', {}, db);
    const dump = JSON.stringify(stored.records[0]!.get('all'));
    expect(dump).not.toContain(id);
    expect(dump).not.toContain(fullName);
    expect(dump).not.toContain(name);
    for (const derived of derivedFrom(id)) expect(dump).not.toContain(derived);
    // The earlier write about the person (the consent change above) is still recorded, by erasure id.
    expect(dump).toContain(`erased:${receipt.erasureId}`);
  });

  it('replaces the SHA-256 an older version recorded with a random erasure id, keeping the link', async () => {
    const db = { database: database() };
    const sha = createHash('sha256').update('migrant-erased-long-ago', 'utf8').digest('hex');
    await ponte.driver.executeQuery(
      `CREATE (:AuditEvent {id: 'old-erasure', at: datetime(), userId: 'u', role: 'staff', operation: 'eraseMigrant', ids: [], idHash: $sha, basis: 'CONSENT_WITHDRAWN', outcome: 'ok'}),
              (:AuditEvent {id: 'old-update', at: datetime(), userId: 'u', role: 'staff', operation: 'updateMigrants', ids: ['erased:' + $sha, 'assoc-x'], outcome: 'ok'}),
              (:AuditEvent {id: 'old-failed', at: datetime(), userId: 'u', role: 'staff', operation: 'updateMigrants', ids: ['erased:' + $other], outcome: 'NOT_FOUND'})`,
      { sha, other: createHash('sha256').update('migrant-not-erased', 'utf8').digest('hex') },
      db,
    );
    await applyMigrations(ponte.driver, database());
    const { records } = await ponte.driver.executeQuery(
      "MATCH (e:AuditEvent) WHERE e.id STARTS WITH 'old-' RETURN e.id AS id, properties(e) AS p ORDER BY id",
      {},
      db,
    );
    const [erasure, failed, update] = records.map(
      (r) => r.get('p') as { erasureId?: string; idHash?: string; ids: string[] },
    );
    expect(JSON.stringify(records.map((r) => r.get('p')))).not.toMatch(/[0-9a-f]{64}/);
    expect(erasure!.idHash).toBeUndefined();
    expect(erasure!.erasureId).toMatch(UUID);
    expect(update!.ids).toEqual([`erased:${erasure!.erasureId}`, 'assoc-x']);
    expect(failed!.ids[0]).toMatch(/^erased:[0-9a-f-]{36}$/);
    await ponte.driver.executeQuery("MATCH (e:AuditEvent) WHERE e.id STARTS WITH 'old-' DELETE e", {}, db);
  });
});

describe('ponte create-user (the first admin of a production install)', () => {
  const cli = (args: string[]) =>
    promisify(execFile)(
      path.join(repoRoot, 'node_modules', '.bin', 'tsx'),
      ['server/src/cli/ponte.ts', 'create-user', ...args],
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

  it('creates the account with a one-time password that signs in, audited without it; refuses a taken e-mail', async () => {
    const { stdout } = await cli(['--email', 'First.Admin@Example.org', '--role', 'admin']);
    const password = /One-time password \(shown once, not stored\): (\S+)/.exec(stdout)?.[1];
    expect(password).toBeDefined();
    // The check login makes, without a round trip over HTTP.
    const account = await ponte.users.findByEmail('first.admin@example.org');
    expect(account).toMatchObject({ role: 'admin', org: null, disabled: false });
    expect(await verifyPassword(password!, account!.passwordHash)).toBe(true);
    const { records } = await ponte.driver.executeQuery(
      "MATCH (e:AuditEvent {operation: 'createUser'}) WHERE e.userId STARTS WITH 'cli:' RETURN e.ids AS ids, properties(e) AS p",
      {},
      { database: database() },
    );
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records[0]!.get('p'))).not.toContain(password!);
    expect(JSON.stringify(records[0]!.get('p'))).not.toContain('first.admin');
    const again = await cli(['--email', 'first.admin@example.org', '--role', 'staff']).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect(again).toMatchObject({ code: 1 });
    expect((again as { stderr: string }).stderr.trim()).toBe(
      'ponte: create-user: an account with e-mail first.admin@example.org exists already; an admin can change it with setUserRole [CONFLICT]',
    );
  }, 60_000);
});
