import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { SeedNode, SeedTie } from '../../seeds/seed-schema.js';
import type { Checked } from './check.js';
import { planNode, planTie } from './diff.js';

const firm = (provided: string[], extra: Partial<SeedNode> = {}): Checked<SeedNode> => ({
  at: { row: 2 },
  value: {
    kind: 'Firm',
    id: 'firm-a',
    name: 'A',
    country: 'IT',
    altNames: [],
    tags: [],
    services: [],
    synthetic: false,
    sources: ['s'],
    ...extra,
  } as SeedNode,
  provided,
  columns: {},
});

describe('planNode', () => {
  it('creates with every property of the kind, lists as []', () => {
    const plan = planNode(firm(['id', 'name', 'country', 'sources'], { city: 'Torino' }), undefined);
    expect(plan.action).toBe('CREATE');
    expect(plan.props).toEqual({
      name: 'A',
      altNames: [],
      country: 'IT',
      city: 'Torino',
      tags: [],
      services: [],
      synthetic: false,
      sources: ['s'],
    });
  });

  it('updates only provided fields that differ; the rest of the record stays', () => {
    const stored = {
      id: 'firm-a',
      name: 'Old',
      country: 'IT',
      sector: 'agri-food',
      sources: ['s'],
      synthetic: false,
      updatedAt: 'x',
    };
    const plan = planNode(firm(['id', 'name', 'country', 'sources']), stored);
    expect(plan).toEqual({ action: 'UPDATE', fields: ['name'], props: { name: 'A' } });
  });

  it('an empty cell in a given column clears the value', () => {
    const plan = planNode(firm(['id', 'name', 'country', 'city']), { name: 'A', country: 'IT', city: 'Roma' });
    expect(plan).toEqual({ action: 'UPDATE', fields: ['city'], props: { city: null } });
  });

  it('is unchanged when stored values equal the file, Integer and Date included', () => {
    const stored = { name: 'A', country: 'IT', sources: ['s'] };
    expect(planNode(firm(['id', 'name', 'country', 'sources']), stored).action).toBe('UNCHANGED');
    const tie: Checked<SeedTie> = {
      at: { row: 2 },
      value: {
        type: 'FUNDS',
        from: 'funder-a',
        to: 'firm-a',
        since: '2008-01-01',
        year: 2008,
        source: 's',
        confidence: 1,
      } as SeedTie,
      provided: ['from', 'to', 'since', 'year', 'source', 'confidence'],
      columns: {},
    };
    expect(
      planTie(tie, { since: new neo4j.Date(2008, 1, 1), year: neo4j.int(2008), source: 's', confidence: 1 }).action,
    ).toBe('UNCHANGED');
    expect(
      planTie(tie, { since: new neo4j.Date(2008, 1, 2), year: neo4j.int(2008), source: 's', confidence: 1 }).fields,
    ).toEqual(['since']);
  });
});
