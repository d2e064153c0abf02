// Validated writes through GraphQL on real Neo4j: the generated create/update mutations refuse bad
// ranges, dates, blanks, missing tie ends, taken ids and duplicate ties with a coded error naming
// the argument — and write nothing; recordMeeting writes an event and its attendance in one go.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BootedPonte } from '../../src/boot.js';
import { gql } from '../helpers/http.js';
import { bootTestPonte, signedIn } from '../helpers/ponte.js';

const FIXTURE = `
  CREATE (a:Association:Actor {id: 'assoc-vw', name: 'VW Association', type: 'CULTURAL', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (f:Funder:Actor {id: 'funder-vw', name: 'VW Funder', funderType: 'BANK', instruments: [], country: 'MA', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (:Firm:Actor {id: 'firm-vw', name: 'VW Firm', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (:Migrant:Actor {id: 'migrant-vw', name: 'Vera W.', status: 'RESIDENT', consent: 'NONE', country: 'IT', altNames: [], tags: [], services: [], sources: [], skills: [], languages: [], synthetic: true}),
         (a)-[:PARTNERS_WITH {source: 'test', confidence: 1.0}]->(f),
         (late:Funder:Actor {id: 'funder-vw-late', name: 'VW Late Fund', funderType: 'INTERNATIONAL', instruments: [], country: 'INTL', founded: date('2015-11-12'),
                             altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (old:Association:Actor {id: 'assoc-vw-old', name: 'VW Old Association', type: 'NGO', country: 'MA', founded: date('1995-01-01'), closed: date('2012-06-30'),
                                 altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (old)-[:PARTNERS_WITH {source: 'test', confidence: 1.0, since: date('2005-03-01')}]->(f)`;

const PASSWORD = 'validated writes test password';
let ponte: BootedPonte;
let base: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const booted = await bootTestPonte({ fixture: FIXTURE });
  ({ ponte, base } = booted);
  for (const role of ['analyst', 'staff'] as const)
    tokens[role] = await signedIn(booted, `${role}@writes.example`, PASSWORD, role);
});

afterAll(async () => {
  await ponte?.shutdown();
});

type Res = Awaited<ReturnType<typeof gql>>;
const staff = (query: string, variables: Record<string, unknown> = {}) => gql(base, query, variables, tokens.staff);

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await ponte.driver.executeQuery(`${cypher} RETURN count(*) AS n`, params, {
    database: inject('neo4jDatabase'),
  });
  return Number(records[0]!.get('n'));
}

function expectRefused(res: Res, code: string, field: string, argument: string, message: RegExp): void {
  expect(res.errors, JSON.stringify(res.errors)).toHaveLength(1);
  const error = res.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  expect(error.path).toEqual([field]);
  expect(error.extensions?.argument).toBe(argument);
  expect(error.message).toContain(`${field}(${argument}): `);
  expect(error.message).toMatch(message);
  expect(error.message).toMatch(/Nothing was written/);
}

const CONNECT_PARTNER = `mutation ($owner: ID!, $partner: ID!, $edge: PartnersWithTieCreateInput!) {
  updateAssociations(where: { id: { eq: $owner } }, update: { partners: [{ connect: [{ where: { node: { id: { eq: $partner } } }, edge: $edge }] }] }) { associations { id } }
}`;
const partnerTies = () => count("MATCH (:Association {id: 'assoc-vw'})-[r:PARTNERS_WITH]-()");

describe('validated writes on the generated mutations', () => {
  it('refuses a confidence outside 0–1', async () => {
    const res = await staff(CONNECT_PARTNER, {
      owner: 'assoc-vw',
      partner: 'firm-vw',
      edge: { source: 'minutes', confidence: 1.5 },
    });
    expectRefused(
      res,
      'BAD_USER_INPUT',
      'updateAssociations',
      'update.partners[0].connect[0].edge.confidence',
      /confidence: .*(1|less).*\(got 1\.5\)/,
    );
    expect(await partnerTies()).toBe(1);
  });

  it('refuses since after until', async () => {
    const res = await staff(CONNECT_PARTNER, {
      owner: 'assoc-vw',
      partner: 'firm-vw',
      edge: { source: 'minutes', confidence: 0.5, since: '2010-05-01', until: '2009-01-01' },
    });
    expectRefused(
      res,
      'BAD_USER_INPUT',
      'updateAssociations',
      'update.partners[0].connect[0].edge.until',
      /until 2009-01-01 is before since 2010-05-01/,
    );
    expect(await partnerTies()).toBe(1);
  });

  it('refuses a blank required text', async () => {
    const res = await staff(CONNECT_PARTNER, {
      owner: 'assoc-vw',
      partner: 'firm-vw',
      edge: { source: '   ', confidence: 0.5 },
    });
    expectRefused(
      res,
      'BAD_USER_INPUT',
      'updateAssociations',
      'update.partners[0].connect[0].edge.source',
      /source: expected a non-empty string/,
    );
  });

  it('refuses connecting to a tie end that does not exist, naming the id', async () => {
    const res = await staff(CONNECT_PARTNER, {
      owner: 'assoc-vw',
      partner: 'firm-does-not-exist',
      edge: { source: 'minutes', confidence: 0.5 },
    });
    expectRefused(
      res,
      'NOT_FOUND',
      'updateAssociations',
      'update.partners[0].connect[0].where.node.id',
      /no Actor with id "firm-does-not-exist" to connect \(PARTNERS_WITH\)/,
    );
    expect(await partnerTies()).toBe(1);
  });

  it('refuses a duplicate tie (same type and ends), in either direction of a mutual tie', async () => {
    const again = await staff(CONNECT_PARTNER, {
      owner: 'assoc-vw',
      partner: 'funder-vw',
      edge: { source: 'minutes', confidence: 0.5 },
    });
    expectRefused(
      again,
      'CONFLICT',
      'updateAssociations',
      'update.partners[0].connect[0].where.node.id',
      /PARTNERS_WITH tie from "assoc-vw" to "funder-vw" is already recorded/,
    );
    const reverse = await staff(
      `mutation { updateFunders(where: { id: { eq: "funder-vw" } }, update: { partners: [{ connect: [{ where: { node: { id: { eq: "assoc-vw" } } }, edge: { source: "x", confidence: 1 } }] }] }) { funders { id } } }`,
    );
    expectRefused(
      reverse,
      'CONFLICT',
      'updateFunders',
      'update.partners[0].connect[0].where.node.id',
      /already recorded/,
    );
    expect(await partnerTies()).toBe(1);
  });

  it('refuses a connect that names no id (the library would connect all matches, or none, silently)', async () => {
    const res = await staff(
      `mutation { updateAssociations(where: { id: { eq: "assoc-vw" } }, update: { partners: [{ connect: [{ where: { node: { name: { eq: "VW Firm" } } }, edge: { source: "x", confidence: 1 } }] }] }) { associations { id } } }`,
    );
    expectRefused(
      res,
      'BAD_USER_INPUT',
      'updateAssociations',
      'update.partners[0].connect[0].where',
      /name the node to connect by id/,
    );
  });

  it('refuses an id that is taken, or has the wrong prefix, before Neo4j sees it', async () => {
    const taken = await staff(
      `mutation { createFirms(input: [{ id: "firm-vw", name: "Another", country: IT }]) { firms { id } } }`,
    );
    expectRefused(taken, 'CONFLICT', 'createFirms', 'input[0].id', /id "firm-vw" is already taken by a Firm/);
    // Actor ids are unique across kinds: a firm may not take a migrant's id either.
    const acrossKinds = await staff(
      `mutation { createFirms(input: [{ id: "migrant-vw", name: "Another", country: IT }]) { firms { id } } }`,
    );
    expectRefused(
      acrossKinds,
      'BAD_USER_INPUT',
      'createFirms',
      'input[0].id',
      /expected a Firm id starting with "firm-"/,
    );
    const twice = await staff(
      `mutation { createFirms(input: [{ id: "firm-new", name: "A", country: IT }, { id: "firm-new", name: "B", country: IT }]) { firms { id } } }`,
    );
    expectRefused(twice, 'CONFLICT', 'createFirms', 'input[1].id', /created twice in this call/);
    expect(await count("MATCH (n:Firm) WHERE n.name IN ['Another', 'A', 'B']")).toBe(0);
  });

  it('refuses out-of-range numbers on nodes and arithmetic that could leave the range', async () => {
    const education = await staff(
      `mutation { createMigrants(input: [{ id: "migrant-vw-2", name: "X.", country: IT, status: RESIDENT, consent: NONE, education: 9 }]) { migrants { id } } }`,
    );
    expectRefused(education, 'BAD_USER_INPUT', 'createMigrants', 'input[0].education', /education: .*8.*\(got 9\)/);
    const add = await staff(
      `mutation { updateMigrants(where: { id: { eq: "migrant-vw" } }, update: { education: { add: 3 } }) { migrants { id } } }`,
    );
    expectRefused(
      add,
      'BAD_USER_INPUT',
      'updateMigrants',
      'update.education.add',
      /write the new value with \{ set: … \}/,
    );
    const stamp = await staff(
      `mutation { updateMigrants(where: { id: { eq: "migrant-vw" } }, update: { createdAt: { set: "2000-01-01T00:00:00Z" } }) { migrants { id } } }`,
    );
    expectRefused(stamp, 'BAD_USER_INPUT', 'updateMigrants', 'update.createdAt', /set by Ponte automatically/);
    expect(await count("MATCH (m:Migrant) WHERE m.id = 'migrant-vw-2' OR m.education IS NOT NULL")).toBe(0);
  });

  it('leaves unknown enum values and missing required fields to GraphQL, which names them', async () => {
    const enumValue = await staff(
      `mutation { createFirms(input: [{ id: "firm-enum", name: "E", country: FR }]) { firms { id } } }`,
    );
    expect(enumValue.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(enumValue.errors?.[0]?.message).toMatch(/Value "FR" does not exist in "Country" enum/);
    const missing = await staff(
      `mutation { createFirms(input: [{ id: "firm-missing", name: "M" }]) { firms { id } } }`,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(missing.errors?.[0]?.message).toMatch(
      /Field "FirmCreateInput\.country" of required type "Country!" was not provided/,
    );
    expect(await count("MATCH (n:Firm) WHERE n.id IN ['firm-enum', 'firm-missing']")).toBe(0);
  });

  it('lets a valid write through, with its tie and properties', async () => {
    const res = await staff(
      `mutation { createAssociations(input: [{ id: "assoc-vw-new", name: "New Association", type: WOMEN, country: MA,
          partners: { connect: [{ where: { node: { id: { eq: "firm-vw" } } }, edge: { source: "minutes", confidence: 0.7, since: "2008-01-01", until: "2009-12-31", kind: MOU } }] } }]) { associations { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(
      await count(
        "MATCH (:Association {id: 'assoc-vw-new'})-[r:PARTNERS_WITH {kind: 'MOU', confidence: 0.7}]->(:Firm {id: 'firm-vw'})",
      ),
    ).toBe(1);
  });

  it('refuses a tie dated before one of its ends existed, naming the edge, and writes nothing', async () => {
    const res = await staff(CONNECT_PARTNER, {
      owner: 'assoc-vw',
      partner: 'funder-vw-late',
      edge: { source: 'minutes', confidence: 0.8, since: '2003-01-01' },
    });
    expectRefused(
      res,
      'BAD_USER_INPUT',
      'updateAssociations',
      'update.partners[0].connect[0].edge.since',
      /the PARTNERS_WITH tie "assoc-vw" → "funder-vw-late": since 2003-01-01 is before "funder-vw-late" began \(founded 2015-11-12\): a tie may not start before either end existed/,
    );
    expect(await partnerTies()).toBe(1);
    // Inside both lifetimes it goes through (and is removed again for the other tests).
    const ok = await staff(CONNECT_PARTNER, {
      owner: 'assoc-vw',
      partner: 'funder-vw-late',
      edge: { source: 'minutes', confidence: 0.8, since: '2016-01-01' },
    });
    expect(ok.errors).toBeUndefined();
    await count("MATCH (:Association {id: 'assoc-vw'})-[r:PARTNERS_WITH]-(:Funder {id: 'funder-vw-late'}) DELETE r");
  });

  it('refuses a tie that ends after an end closed', async () => {
    const res = await staff(
      `mutation { createFirms(input: [{ id: "firm-vw-history", name: "History Firm", country: IT,
          partners: { connect: [{ where: { node: { id: { eq: "assoc-vw-old" } } }, edge: { source: "x", confidence: 1, since: "2010-01-01", until: "2014-01-01" } }] } }]) { firms { id } } }`,
    );
    expectRefused(
      res,
      'BAD_USER_INPUT',
      'createFirms',
      'input[0].partners.connect[0].edge.until',
      /until 2014-01-01 is after "assoc-vw-old" ended \(closed 2012-06-30\)/,
    );
    expect(await count("MATCH (f:Firm {id: 'firm-vw-history'})")).toBe(0);
  });

  it('refuses a founding date moved after a recorded tie, and a closing date before the founding', async () => {
    const later = await staff(
      `mutation { updateAssociations(where: { id: { eq: "assoc-vw-old" } }, update: { founded: { set: "2007-01-01" } }) { associations { id } } }`,
    );
    expect(later.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(later.errors?.[0]?.message).toMatch(
      /updateAssociations: the PARTNERS_WITH tie "assoc-vw-old" → "funder-vw": since 2005-03-01 is before "assoc-vw-old" began \(founded 2007-01-01\).*Nothing was written/,
    );
    const order = await staff(
      `mutation { updateAssociations(where: { id: { eq: "assoc-vw-old" } }, update: { founded: { set: "2000-01-01" }, closed: { set: "1999-01-01" } }) { associations { id } } }`,
    );
    expectRefused(
      order,
      'BAD_USER_INPUT',
      'updateAssociations',
      'update.closed.set',
      /closed 1999-01-01 is before founded 2000-01-01: a lifetime may not end before it began/,
    );
    const create = await staff(
      `mutation { createReturnProjects(input: [{ id: "project-vw", name: "P", type: SMALL_BUSINESS, stage: IDEA, started: "2009-05-01", ended: "2009-04-01" }]) { returnProjects { id } } }`,
    );
    expectRefused(
      create,
      'BAD_USER_INPUT',
      'createReturnProjects',
      'input[0].ended',
      /ended 2009-04-01 is before started 2009-05-01/,
    );
    expect(
      await count(
        "MATCH (a:Association {id: 'assoc-vw-old'}) WHERE a.founded = date('1995-01-01') AND a.closed = date('2012-06-30')",
      ),
    ).toBe(1);
    // foundedYear is derived from founded, one source of truth.
    const read = await staff('{ associations(where: { id: { eq: "assoc-vw-old" } }) { founded closed foundedYear } }');
    expect(read.data).toEqual({ associations: [{ founded: '1995-01-01', closed: '2012-06-30', foundedYear: 1995 }] });
  });

  it('answers a role that may not write with FORBIDDEN, not with what the checks would reveal', async () => {
    const res = await gql(
      base,
      CONNECT_PARTNER,
      { owner: 'assoc-vw', partner: 'migrant-secret', edge: { source: 'x', confidence: 5 } },
      tokens.analyst,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).not.toMatch(/migrant-secret|confidence/);
  });
});

const RECORD = `mutation ($input: RecordMeetingInput!) {
  recordMeeting(input: $input) { id name date type country city attendeesConnection(sort: [{ node: { id: ASC } }]) { totalCount edges { properties { ... on AttendedTie { role since until source confidence } } node { id } } } }
}`;
const meeting = (over: Record<string, unknown> = {}) => ({
  name: 'Rencontre à Fès',
  date: '2008-03-14',
  city: 'Fès',
  country: 'MA',
  kind: 'NETWORKING_MEETING',
  attendees: ['assoc-vw', 'migrant-vw'],
  source: 'attendance sheet',
  ...over,
});

describe('recordMeeting', () => {
  it('creates the event and every ATTENDED tie in one call, and audits it with the attendees', async () => {
    const res = await staff(RECORD, { input: meeting({ role: 'SPEAKER', confidence: 0.9 }) });
    expect(res.errors).toBeUndefined();
    const event = (
      res.data as {
        recordMeeting: {
          id: string;
          type: string;
          date: string;
          attendeesConnection: {
            totalCount: number;
            edges: Array<{ node: { id: string }; properties: Record<string, unknown> }>;
          };
        };
      }
    ).recordMeeting;
    expect(event.id).toBe('event-2008-03-14-rencontre-a-fes');
    expect(event.type).toBe('NETWORKING_MEETING');
    expect(event.date).toBe('2008-03-14');
    expect(event.attendeesConnection.totalCount).toBe(2);
    expect(event.attendeesConnection.edges.map((e) => e.node.id)).toEqual(['assoc-vw', 'migrant-vw']);
    expect(event.attendeesConnection.edges[0]!.properties).toEqual({
      role: 'SPEAKER',
      since: '2008-03-14',
      until: '2008-03-14',
      source: 'attendance sheet',
      confidence: 0.9,
    });
    const audit = await staff('{ auditLog(limit: 1) { operation ids outcome } }');
    const entry = (audit.data as { auditLog: Array<{ operation: string; ids: string[]; outcome: string }> })
      .auditLog[0]!;
    expect(entry.operation).toBe('recordMeeting');
    expect(entry.outcome).toBe('ok');
    expect(entry.ids).toEqual(expect.arrayContaining(['event-2008-03-14-rencontre-a-fes', 'assoc-vw', 'migrant-vw']));
  });

  it('gives meetings named in Arabic or with ligatures ids of their own (they all became "meeting")', async () => {
    const ids: string[] = [];
    for (const name of ['لقاء فاس', 'لقاء طنجة', 'Rencontre Cœur de Fès']) {
      const res = await staff(RECORD, { input: meeting({ name, date: '2009-05-02', attendees: ['firm-vw'] }) });
      expect(res.errors, name).toBeUndefined();
      ids.push((res.data as { recordMeeting: { id: string } }).recordMeeting.id);
    }
    expect(ids[2]).toBe('event-2009-05-02-rencontre-coeur-de-fes');
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^event-2009-05-02-[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('refuses attendees that did not exist on the meeting day, naming them, and writes nothing', async () => {
    const res = await staff(RECORD, {
      input: meeting({
        id: 'event-vw-anachronism',
        date: '2013-02-01',
        attendees: ['assoc-vw', 'funder-vw-late', 'assoc-vw-old'],
      }),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.argument).toBe('input.attendees');
    expect(res.errors?.[0]?.message).toBe(
      'recordMeeting(input.attendees): "funder-vw-late" was founded on 2015-11-12, "assoc-vw-old" closed on 2012-06-30, so it cannot attend a meeting on 2013-02-01; an attendee must exist on the meeting\'s date (docs/data-model.md#time). Fix the date or the attendees. Nothing was written.',
    );
    expect(await count("MATCH (e:Event {id: 'event-vw-anachronism'})")).toBe(0);
  });

  it('refuses unknown attendees, naming them, and writes nothing', async () => {
    const res = await staff(RECORD, {
      input: meeting({ id: 'event-vw-unknown', attendees: ['assoc-vw', 'assoc-nope', 'migrant-nope'] }),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.path).toEqual(['recordMeeting']);
    expect(res.errors?.[0]?.message).toMatch(
      /recordMeeting\(input\.attendees\): no actor with id "assoc-nope", "migrant-nope"/,
    );
    expect(await count("MATCH (e:Event {id: 'event-vw-unknown'})")).toBe(0);
    expect(await count("MATCH (:Association {id: 'assoc-vw'})-[:ATTENDED]->()")).toBe(1);
  });

  it('refuses a taken id, a bad confidence and repeated attendees', async () => {
    const again = await staff(RECORD, { input: meeting() });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/an event with id "event-2008-03-14-rencontre-a-fes" already exists/);
    const confidence = await staff(RECORD, { input: meeting({ id: 'event-vw-2', confidence: 2 }) });
    expect(confidence.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(confidence.errors?.[0]?.message).toMatch(
      /recordMeeting\(input\.confidence\): confidence must be between 0 and 1 \(got 2\)/,
    );
    const repeated = await staff(RECORD, { input: meeting({ id: 'event-vw-3', attendees: ['assoc-vw', 'assoc-vw'] }) });
    expect(repeated.errors?.[0]?.message).toMatch(/"assoc-vw" listed more than once/);
    expect(await count("MATCH (e:Event) WHERE e.id IN ['event-vw-2', 'event-vw-3']")).toBe(0);
  });

  it('is refused to a role that may not write', async () => {
    const res = await gql(base, RECORD, { input: meeting({ id: 'event-vw-analyst' }) }, tokens.analyst);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count("MATCH (e:Event {id: 'event-vw-analyst'})")).toBe(0);
  });
});
