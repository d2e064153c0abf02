import { describe, expect, it } from 'vitest';
import { countsByKind } from './counts.js';

const agg = (n: number) => ({ aggregate: { count: { nodes: n } } });

describe('countsByKind', () => {
  it('turns the aggregate answer into one row per kind, with the total', () => {
    const result = countsByKind({ actors: agg(10), migrants: agg(4), associations: agg(3), firms: agg(1), publicAdministrations: agg(2), funders: agg(0) });
    expect(result.total).toBe(10);
    expect(result.rows.map((r) => `${r.kind}=${r.count}`)).toEqual(['Migrant=4', 'Association=3', 'Firm=1', 'PublicAdministration=2', 'Funder=0']);
  });
});
