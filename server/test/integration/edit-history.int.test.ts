// The edit history on real Neo4j: every audited write records what changed, from what to what;
// personal fields of migrants only that they changed (their values are nowhere in the audit log);
// staff revert one change, refused when the field changed again since or is personal; roles
// below staff cannot read the history nor revert.
import { describe, expect, inject, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

const FIXTURE = `
  CREATE (:Association:Actor {id: 'assoc-hist', name: 'History Association', type: 'CULTURAL', country: 'IT', description: 'first', members: 10, altNames: [], tags: ['a'], services: [], sources: [], synthetic: true}),
         (:Association:Actor {id: 'assoc-hist-network', name: 'History Network', type: 'NETWORK', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (:Migrant:Actor {id: 'migrant-hist', name: 'Hana H.', status: 'RESIDENT', consent: 'PUBLIC', country: 'IT', city: 'Torino', altNames: [], tags: [], services: [], sources: [], skills: [], languages: [], synthetic: true, email: 'hana.before@example.org', phone: '+39 011 000 0001'})
  WITH 1 AS one
  MATCH (a:Association {id: 'assoc-hist'}), (n:Association {id: 'assoc-hist-network'}), (m:Migrant {id: 'migrant-hist'})
  CREATE (a)-[:MEMBER_OF {since: date('2019-03-01'), source: 'register', confidence: 0.6, role: 'member'}]->(n),
         (m)-[:MEMBER_OF {source: 'register', confidence: 0.5}]->(n)`;

const graph = useGraph(FIXTURE);
const database = () => inject('neo4jDatabase');
const staff = graph.asStaff;

interface Change {
  id: string;
  tie?: { type: string; from: string; to: string } | null;
  field: string;
  from: string | null;
  to: string | null;
  personal: boolean;
}
interface Entry {
  id: string;
  operation: string;
  changes: Change[];
}

async function history(actor: string): Promise<Entry[]> {
  const res = await staff<{ auditLog: Entry[] }>(
    'query ($actor: ID) { auditLog(actor: $actor, limit: 50) { id operation changes { id tie { type from to } field from to personal } } }',
    { actor },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.auditLog;
}

const UPDATE_ASSOCIATION = `mutation ($update: AssociationUpdateInput!) {
  updateAssociations(where: { id: { eq: "assoc-hist" } }, update: $update) { associations { id } } }`;
const REVERT = `mutation ($auditId: ID!, $id: ID!, $field: String!, $tie: ChangedTieInput) {
  revertChange(auditId: $auditId, id: $id, field: $field, tie: $tie) { id tie { type from to } field from to personal } }`;

async function update(update: Record<string, unknown>): Promise<Entry> {
  const res = await staff(UPDATE_ASSOCIATION, { update });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return (await history('assoc-hist'))[0]!;
}

async function description(): Promise<string | null> {
  const res = await staff<{ associations: { description: string | null }[] }>(
    '{ associations(where: { id: { eq: "assoc-hist" } }) { description } }',
  );
  return res.data!.associations[0]!.description;
}

describe('the edit history', () => {
  it('records each changed field with its old and new value, typed (stored property names)', async () => {
    const entry = await update({
      description: { set: 'second' },
      declaredMembers: { set: 12 },
      tags: { set: ['a', 'b'] },
    });
    expect(entry.operation).toBe('updateAssociations');
    expect(entry.changes).toEqual([
      { id: 'assoc-hist', tie: null, field: 'description', from: 'first', to: 'second', personal: false },
      { id: 'assoc-hist', tie: null, field: 'members', from: '10', to: '12', personal: false },
      { id: 'assoc-hist', tie: null, field: 'tags', from: '["a"]', to: '["a","b"]', personal: false },
    ]);
  });

  it('a revert sets the field back, is audited itself, and is refused once the field changed again', async () => {
    const first = await update({ description: { set: 'third' } });
    const second = await update({ description: { set: 'fourth' } });
    // The older change is covered by the newer one: reverting it would silently undo "fourth".
    const covered = await staff(REVERT, { auditId: first.id, id: 'assoc-hist', field: 'description' });
    expect(covered.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'auditId' });
    expect(covered.errors?.[0]?.message).toMatch(new RegExp(`changed again since \\(audit entry "${second.id}"\\)`));
    expect(await description()).toBe('fourth');

    const reverted = await staff<{ revertChange: Change }>(REVERT, {
      auditId: second.id,
      id: 'assoc-hist',
      field: 'description',
    });
    expect(reverted.errors, JSON.stringify(reverted.errors)).toBeUndefined();
    expect(reverted.data!.revertChange).toEqual({
      id: 'assoc-hist',
      tie: null,
      field: 'description',
      from: 'fourth',
      to: 'third',
      personal: false,
    });
    expect(await description()).toBe('third');
    const [revert] = await history('assoc-hist');
    expect(revert).toMatchObject({
      operation: 'revertChange',
      changes: [{ id: 'assoc-hist', tie: null, field: 'description', from: 'fourth', to: 'third', personal: false }],
    });
    // The revert is itself a change: the reverted entry cannot be reverted twice.
    const twice = await staff(REVERT, { auditId: second.id, id: 'assoc-hist', field: 'description' });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Reverting the revert redoes the change.
    const older = await staff(REVERT, { auditId: revert!.id, id: 'assoc-hist', field: 'description' });
    expect(older.errors, JSON.stringify(older.errors)).toBeUndefined();
    expect(await description()).toBe('fourth');
  });

  it('a revert of a field the entry did not change, or of an unknown entry, names what to fix', async () => {
    const [latest] = await history('assoc-hist');
    const wrongField = await staff(REVERT, { auditId: latest!.id, id: 'assoc-hist', field: 'name' });
    expect(wrongField.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'field' });
    const unknown = await staff(REVERT, { auditId: 'no-such-entry', id: 'assoc-hist', field: 'description' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'auditId' });
  });

  it('personal fields: only that they changed; their values appear nowhere in the audit log; no revert', async () => {
    const res = await staff(
      `mutation { updateMigrants(where: { id: { eq: "migrant-hist" } }, update: {
        email: { set: "hana.after@example.org" }, phone: { set: "+39 011 999 9999" }, city: { set: "Milano" } }) { migrants { id email } } }`,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const [entry] = await history('migrant-hist');
    expect(entry!.changes).toEqual([
      { id: 'migrant-hist', tie: null, field: 'city', from: 'Torino', to: 'Milano', personal: false },
      { id: 'migrant-hist', tie: null, field: 'email', from: null, to: null, personal: true },
      { id: 'migrant-hist', tie: null, field: 'phone', from: null, to: null, personal: true },
    ]);
    const { records } = await graph
      .ponte()
      .driver.executeQuery('MATCH (e:AuditEvent) RETURN properties(e) AS p', {}, { database: database() });
    const everything = JSON.stringify(records.map((r) => r.get('p')));
    for (const value of ['hana.before', 'hana.after', '000 0001', '999 9999']) expect(everything).not.toContain(value);
    const revert = await staff(REVERT, { auditId: entry!.id, id: 'migrant-hist', field: 'email' });
    expect(revert.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'field' });
    expect(revert.errors?.[0]?.message).toMatch(/personal field, whose old value was never kept/);
  });

  it("a tie's fields: recorded per field on both ends' history, reverted, refused once changed again", async () => {
    const tie = { type: 'MEMBER_OF', from: 'assoc-hist', to: 'assoc-hist-network' };
    const edge = (set: Record<string, unknown>) =>
      staff(UPDATE_ASSOCIATION, {
        update: {
          memberOf: [{ update: { where: { node: { id: { eq: tie.to } } }, edge: set } }],
        },
      });
    const first = await edge({ confidence: { set: 0.9 }, since: { set: '2018-05-01' }, role: { set: 'founder' } });
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    const [entry] = await history('assoc-hist');
    expect(entry!.changes).toEqual([
      { id: 'assoc-hist', tie, field: 'confidence', from: '0.6', to: '0.9', personal: false },
      { id: 'assoc-hist', tie, field: 'role', from: 'member', to: 'founder', personal: false },
      { id: 'assoc-hist', tie, field: 'since', from: '2019-03-01', to: '2018-05-01', personal: false },
    ]);
    // The other end's history holds the same entry: the tie is its too.
    expect((await history(tie.to))[0]).toEqual(entry);

    // setTieEvidence records the tie's source and evidence, from what to what.
    const sourced = await staff(
      `mutation { setTieEvidence(type: MEMBER_OF, from: "assoc-hist", to: "assoc-hist-network",
        sources: [{ title: "Statute", url: "https://example.org/statute" }]) { source } }`,
    );
    expect(sourced.errors, JSON.stringify(sourced.errors)).toBeUndefined();
    const [evidence] = await history(tie.to);
    expect(evidence!.changes.map((c) => [c.tie, c.field, c.from])).toEqual([
      [tie, 'evidence', null],
      [tie, 'source', 'register'],
    ]);

    const second = await edge({ confidence: { set: 0.7 } });
    expect(second.errors, JSON.stringify(second.errors)).toBeUndefined();
    const [later] = await history('assoc-hist');
    const tieArg = { type: tie.type, to: tie.to };
    const covered = await staff(REVERT, { auditId: entry!.id, id: tie.from, field: 'confidence', tie: tieArg });
    expect(covered.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'auditId' });
    expect(covered.errors?.[0]?.message).toMatch(new RegExp(`changed again since \\(audit entry "${later!.id}"\\)`));
    // Without `tie` the change names no field of the node itself.
    const untied = await staff(REVERT, { auditId: entry!.id, id: tie.from, field: 'since' });
    expect(untied.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'field' });

    const reverted = await staff<{ revertChange: Change }>(REVERT, {
      auditId: entry!.id,
      id: tie.from,
      field: 'since',
      tie: tieArg,
    });
    expect(reverted.errors, JSON.stringify(reverted.errors)).toBeUndefined();
    expect(reverted.data!.revertChange).toEqual({
      id: 'assoc-hist',
      tie,
      field: 'since',
      from: '2018-05-01',
      to: '2019-03-01',
      personal: false,
    });
    const { records } = await graph
      .ponte()
      .driver.executeQuery(
        "MATCH (:Association {id: 'assoc-hist'})-[r:MEMBER_OF]->(:Association {id: 'assoc-hist-network'}) RETURN toString(r.since) AS since, r.confidence AS confidence",
        {},
        { database: database() },
      );
    expect(records.map((r) => [r.get('since'), r.get('confidence')])).toEqual([['2019-03-01', 0.7]]);
    const [revert] = await history(tie.to);
    expect(revert).toMatchObject({
      operation: 'revertChange',
      changes: [{ id: 'assoc-hist', tie, field: 'since', from: '2018-05-01', to: '2019-03-01', personal: false }],
    });
  });

  it('roles below staff can neither read the history nor revert', async () => {
    const [entry] = await history('assoc-hist');
    for (const [role, as] of [
      ['analyst', graph.asAnalyst],
      ['partner', graph.query],
    ] as const) {
      const read = await as('{ auditLog(actor: "assoc-hist") { id changes { field from to } } }');
      expect(read.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect(read.data ?? null).toBeNull();
      const revert = await as(REVERT, { auditId: entry!.id, id: 'assoc-hist', field: 'description' });
      expect(revert.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const anonymous = await graph.asAnonymous('{ auditLog { id changes { field } } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("an erasure removes the recorded changes of the person's ties from the other end's history", async () => {
    const res = await staff(
      `mutation { updateMigrants(where: { id: { eq: "migrant-hist" } }, update: { memberOf: [{ update: {
        where: { node: { id: { eq: "assoc-hist-network" } } }, edge: { note: { set: "met in Torino" } } } }] }) { migrants { id } } }`,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const mine = (entries: Entry[]) => entries.flatMap((e) => e.changes).filter((c) => c.tie?.from === 'migrant-hist');
    expect(mine(await history('assoc-hist-network'))).toEqual([
      {
        id: 'migrant-hist',
        tie: { type: 'MEMBER_OF', from: 'migrant-hist', to: 'assoc-hist-network' },
        field: 'note',
        from: null,
        to: 'met in Torino',
        personal: false,
      },
    ]);
    const erased = await staff('mutation { eraseMigrant(id: "migrant-hist", basis: CONSENT_WITHDRAWN) { erasureId } }');
    expect(erased.errors, JSON.stringify(erased.errors)).toBeUndefined();
    const after = await history('assoc-hist-network');
    expect(mine(after)).toEqual([]);
    expect(JSON.stringify(after)).not.toContain('met in Torino');
  });
});
