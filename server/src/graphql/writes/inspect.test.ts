import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paths } from '../../paths.js';
import { loadTypeDefs } from '../../model/type-defs.js';
import { graphqlCjs } from './graphql-cjs.js';
import { inspectWrite } from './inspect.js';
import { relationshipModel } from './relationships.js';
import { slugOf } from './rules.js';

// The printed augmented schema: the input types the generated mutations really take.
const schema = graphqlCjs.buildSchema(readFileSync(paths.schemaGenerated, 'utf8'));
const model = relationshipModel(loadTypeDefs());
const mutations = schema.getMutationType()!.getFields();
const argTypes = (field: string) => Object.fromEntries(mutations[field]!.args.map((a) => [a.name, a.type]));

describe('relationshipModel', () => {
  it('reads type, direction and target labels from the SDL', () => {
    expect(model.connects.get('EventAttendeesConnectFieldInput')).toEqual({
      type: 'ATTENDED',
      direction: 'IN',
      undirected: false,
      targetLabels: ['Actor'],
    });
    expect(model.connects.get('AssociationPartnersConnectFieldInput')).toMatchObject({
      type: 'PARTNERS_WITH',
      direction: 'OUT',
      undirected: true,
    });
    expect(model.connects.get('MigrantEmployedByConnectFieldInput')?.targetLabels.slice().sort()).toEqual([
      'Association',
      'Firm',
      'PublicAdministration',
    ]);
    expect(model.tieTypes.get('AppliedToTie')).toBe('APPLIED_TO');
  });
});

describe('inspectWrite', () => {
  it('finds range, date, id and blank problems with their argument paths', () => {
    const plan = inspectWrite(
      {
        input: [
          {
            id: 'Event X',
            name: ' ',
            type: 'SEMINAR',
            date: '2008-01-01',
            country: 'IT',
            attendees: {
              connect: [
                {
                  where: { node: { id: { eq: 'assoc-a' } } },
                  edge: { source: 's', confidence: -0.1, since: '2008-02-01', until: '2008-01-01' },
                },
              ],
            },
          },
        ],
      },
      argTypes('createEvents'),
      model,
    );
    expect(plan.problems.map((p) => [p.path, p.code])).toEqual([
      ['input[0].id', 'BAD_USER_INPUT'],
      ['input[0].name', 'BAD_USER_INPUT'],
      ['input[0].attendees.connect[0].edge.confidence', 'BAD_USER_INPUT'],
      ['input[0].attendees.connect[0].edge.until', 'BAD_USER_INPUT'],
    ]);
    expect(plan.connections).toEqual([
      expect.objectContaining({ targetIds: ['assoc-a'], owner: { id: 'Event X', labels: ['Event'], isNew: true } }),
    ]);
  });

  it('plans the database checks: new ids, connected ids and the owner of an update', () => {
    const plan = inspectWrite(
      {
        where: { id: { eq: 'assoc-a' } },
        update: {
          name: { set: 'New name' },
          members: [
            {
              connect: [
                { where: { node: { id: { in: ['migrant-a', 'firm-b'] } } }, edge: { source: 's', confidence: 1 } },
              ],
            },
          ],
        },
      },
      argTypes('updateAssociations'),
      model,
      { id: 'assoc-a', labels: ['Association'], isNew: false },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.connections).toEqual([
      expect.objectContaining({
        targetIds: ['migrant-a', 'firm-b'],
        owner: { id: 'assoc-a', labels: ['Association'], isNew: false },
        relationship: expect.objectContaining({ type: 'MEMBER_OF', direction: 'IN' }),
      }),
    ]);
  });

  it('refuses the same tie twice in one call, a mutual tie in either direction included', () => {
    const edge = { source: 's', confidence: 1 };
    const plan = inspectWrite(
      {
        where: { id: { eq: 'assoc-a' } },
        update: {
          partners: [
            {
              connect: [
                { where: { node: { id: { eq: 'firm-b' } } }, edge },
                { where: { node: { id: { eq: 'firm-b' } } }, edge },
              ],
            },
          ],
        },
      },
      argTypes('updateAssociations'),
      model,
      { id: 'assoc-a', labels: ['Association'], isNew: false },
    );
    expect(plan.problems.map((p) => [p.path, p.code])).toEqual([
      ['update.partners[0].connect[1].where.node.id', 'CONFLICT'],
    ]);
  });
});

describe('inspectWrite: lifetimes in order (docs/data-model.md#time)', () => {
  it('refuses a lifetime that ends before it began, on create and on update, at the end field', () => {
    const created = inspectWrite(
      {
        input: [
          { id: 'funder-a', name: 'A', country: 'MA', funderType: 'BANK', founded: '2010-01-01', closed: '2009-12-31' },
        ],
      },
      argTypes('createFunders'),
      model,
    );
    expect(created.problems.map((p) => [p.path, p.message])).toEqual([
      [
        'input[0].closed',
        'closed 2009-12-31 is before founded 2010-01-01: a lifetime may not end before it began; swap them or fix one',
      ],
    ]);
    const updated = inspectWrite(
      { where: { id: { eq: 'project-a' } }, update: { started: { set: '2008-05-01' }, ended: { set: '2008-04-01' } } },
      argTypes('updateReturnProjects'),
      model,
      { id: 'project-a', labels: ['ReturnProject'], isNew: false },
    );
    expect(updated.problems.map((p) => p.path)).toEqual(['update.ended.set']);
    // Either date alone, or both in order, is fine here (the database check sees the stored other one).
    for (const dates of [
      { founded: '2010-01-01' },
      { closed: '2009-12-31' },
      { founded: '2001-01-01', closed: '2001-01-01' },
    ])
      expect(
        inspectWrite({ input: [{ id: 'firm-a', name: 'A', country: 'IT', ...dates }] }, argTypes('createFirms'), model)
          .problems,
      ).toEqual([]);
  });
});

describe('slugOf', () => {
  it('folds accents and punctuation, and keeps ids within 60 characters', () => {
    expect(slugOf('Rencontre à Fès — 2ᵉ édition!')).toBe('rencontre-a-fes-2e-edition');
    expect(slugOf('a'.repeat(59) + ' bc').length).toBeLessThanOrEqual(60);
    expect(slugOf('a'.repeat(59) + ' bc')).not.toMatch(/-$/);
  });
});
