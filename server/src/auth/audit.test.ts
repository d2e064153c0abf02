import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { collectResultIds, describeMutation, writeNotAlone } from './audit.js';
import { erasedRef, erasureRefFor, rememberErasure } from './erasure-ids.js';

const op = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('audit descriptions', () => {
  it('names the root fields and every id in the arguments, with variables, never other values', () => {
    const d = describeMutation(
      op(`mutation ($id: ID!) {
        updateMigrants(where: { id: { eq: $id } }, update: { phone: { set: "+39 1" }, memberOf: { connect: [{ where: { node: { id: { eq: "assoc-a" } } } }] } }) { migrants { id } }
        setMigrantConsent(id: "migrant-b", consent: NONE) { id }
        login(email: "x@y", password: "p") { token }
      }`),
      { id: 'migrant-a' },
    );
    expect(d.fields).toEqual(['updateMigrants', 'setMigrantConsent']);
    expect(d.ids.sort()).toEqual(['assoc-a', 'migrant-a', 'migrant-b']);
  });

  it("names both ends of a tie a revert sets back, and not the tie's type", () => {
    const d = describeMutation(
      op(
        `mutation ($tie: ChangedTieInput) { revertChange(auditId: "e-1", id: "assoc-a", field: "since", tie: $tie) { id } }`,
      ),
      { tie: { type: 'MEMBER_OF', to: 'assoc-n' } },
    );
    expect(d.ids.sort()).toEqual(['assoc-a', 'assoc-n']);
  });

  it("leaves erasure to its own record, and keeps an erased id out of the other fields' record", () => {
    expect(
      describeMutation(op('mutation { eraseMigrant(id: "migrant-a", basis: CONSENT_WITHDRAWN) { erasureId } }'), {})
        .fields,
    ).toEqual([]);
    const both = op(
      'mutation ($id: ID!) { updateMigrants(where: { id: { eq: $id } }) { migrants { id } } eraseMigrant(id: $id, basis: CONSENT_WITHDRAWN) { erasureId } }',
    );
    // The erasure's own id when it happened in the request…
    const request = {};
    rememberErasure(request, 'migrant-a', 'e-1');
    expect(describeMutation(both, { id: 'migrant-a' }, erasureRefFor(request))).toEqual({
      fields: ['updateMigrants'],
      ids: [erasedRef('e-1')],
      erased: ['migrant-a'],
    });
    // …otherwise a fresh random one each time: nothing derived from the id.
    const a = describeMutation(both, { id: 'migrant-a' }).ids[0]!;
    const b = describeMutation(both, { id: 'migrant-a' }).ids[0]!;
    expect(a).toMatch(/^erased:[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });

  it('collects ids of a result', () => {
    expect([...collectResultIds({ createFirms: { firms: [{ id: 'firm-a', name: 'A' }] } })]).toEqual(['firm-a']);
  });
});

describe('writes that commit on their own', () => {
  const op = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
  it('must be the only field of their mutation', () => {
    expect(writeNotAlone(op('mutation { mergeActors(keep: "a", drop: "b") { keep } }'))).toBeUndefined();
    expect(writeNotAlone(op('mutation { mergeActors(keep: "a", drop: "b") { keep } __typename }'))).toBeUndefined();
    expect(
      writeNotAlone(
        op('mutation { updateFirms(where: {}) { info { nodesCreated } } mergeActors(keep: "a", drop: "b") { keep } }'),
      ),
    ).toBe('mergeActors');
    expect(
      writeNotAlone(
        op(
          'mutation { importRecords(kind: "Firm", format: CSV, content: "") { created } login(email: "", password: "") { token } }',
        ),
      ),
    ).toBe('importRecords');
    // Others may share a mutation: they join its audited transaction.
    expect(
      writeNotAlone(
        op('mutation { recordMeeting(input: {}) { id } eraseMigrant(id: "m", basis: CONSENT_WITHDRAWN) { ties } }'),
      ),
    ).toBeUndefined();
    expect(writeNotAlone(op('query { mergeActors }'))).toBeUndefined();
  });
});
