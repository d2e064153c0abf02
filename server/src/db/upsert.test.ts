import { describe, expect, it } from 'vitest';
import type { NodeKind, TieType } from '../../../schema/generated/model.js';
import { type MatchLabel, matchLabel, nodeMergeClauses, nodeUpsertCypher, tieUpsertCypher } from './upsert.js';

describe('the one upsert', () => {
  it('merges nodes on id, gives actor kinds the Actor label and moves updatedAt only on a change', () => {
    const migrant = nodeUpsertCypher('Migrant');
    expect(migrant).toMatch(/^UNWIND \$rows AS row\nMERGE \(n:Migrant \{id: row\.id\}\)/);
    expect(migrant).toContain('SET n += row.props, n:Actor');
    expect(migrant).toContain('before <> properties(n)');
    expect(migrant).toMatch(/RETURN count\(n\) AS written$/);
    expect(nodeUpsertCypher('Region')).not.toContain('n:Actor');
  });

  it('stamps only on creation when asked, with the caller’s row expressions', () => {
    const clauses = nodeMergeClauses('Region', 'on-create', { id: 'row.`id:ID`', props: '{name: row.name}' });
    expect(clauses).toContain('MERGE (n:Region {id: row.`id:ID`})');
    expect(clauses).toContain(
      'ON CREATE SET n.createdAt = datetime.transaction(), n.updatedAt = datetime.transaction()',
    );
    expect(clauses).toContain('SET n += {name: row.name}');
    expect(clauses).not.toContain('before');
  });

  it('merges ties on (type, from, to) with both ends matched by id', () => {
    expect(tieUpsertCypher('BASED_IN', 'Actor', 'Region')).toBe(
      'UNWIND $rows AS row\nMATCH (a:Actor {id: row.from})\nMATCH (b:Region {id: row.to})\nMERGE (a)-[r:BASED_IN]->(b)\nSET r += row.props\nRETURN count(r) AS written',
    );
    expect(matchLabel('Funder')).toBe('Actor');
    expect(matchLabel('Event')).toBe('Event');
  });

  it('refuses a label or type that is not in the generated model, whatever the types say', () => {
    expect(() => nodeUpsertCypher('Migrant) DETACH DELETE (n' as NodeKind)).toThrow(/not a node label of the model/);
    expect(() => nodeUpsertCypher('User' as NodeKind)).toThrow(/not a node label/);
    expect(() => tieUpsertCypher('KNOWS' as TieType, 'Actor', 'Actor')).toThrow(/not a relationship type/);
    expect(() => tieUpsertCypher('FUNDS', 'Migrant' as MatchLabel, 'Actor')).toThrow(/not a tie end label/);
  });
});
