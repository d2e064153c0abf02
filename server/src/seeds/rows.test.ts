import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { matchLabel, nodeBatches, tieBatches, toNeo4jValue } from './rows.js';
import { MigrantSeed, type SeedNode, type SeedTie, tieSchemas } from './seed-schema.js';

describe('toNeo4jValue', () => {
  it('turns calendar dates into Neo4j Dates', () => {
    const value = toNeo4jValue('since', '2007-05-22');
    expect(neo4j.isDate(value)).toBe(true);
    expect(String(value)).toBe('2007-05-22');
  });

  it('turns whole-number fields into Neo4j Integers and leaves money as a float', () => {
    expect(neo4j.isInt(toNeo4jValue('education', 6))).toBe(true);
    expect(neo4j.isInt(toNeo4jValue('year', 2018))).toBe(true);
    expect(toNeo4jValue('amountEur', 15000)).toBe(15000);
    expect(toNeo4jValue('confidence', 1)).toBe(1);
  });

  it('writes absent values as null so SET += removes them', () => {
    expect(toNeo4jValue('until', undefined)).toBeNull();
  });
});

describe('batches', () => {
  const migrant: SeedNode = MigrantSeed.parse({
    kind: 'Migrant',
    id: 'migrant-a',
    name: 'A.',
    country: 'IT',
    status: 'RESIDENT',
    consent: 'NONE',
    synthetic: true,
  });

  it('carries every property of the kind, absent ones as null, never the kind or id', () => {
    const [batch] = nodeBatches([migrant]);
    expect(batch).toMatchObject({ kind: 'Migrant', isActor: true });
    const props = batch!.rows[0]!.props;
    expect(props).toMatchObject({ name: 'A.', altNames: [], skills: [], occupation: null, email: null });
    expect(props).not.toHaveProperty('kind');
    expect(props).not.toHaveProperty('id');
    expect(props).not.toHaveProperty('underemployed');
  });

  it('matches actor ends on Actor and groups ties by type and end labels', () => {
    const tie = (type: 'FUNDS', to: string): SeedTie =>
      tieSchemas[type].parse({ type, from: 'funder-f', to, source: 's', confidence: 1 });
    const kinds: Record<string, SeedNode['kind']> = {
      'funder-f': 'Funder',
      'project-p': 'ReturnProject',
      'assoc-a': 'Association',
      'firm-b': 'Firm',
    };
    const batches = tieBatches(
      [tie('FUNDS', 'project-p'), tie('FUNDS', 'assoc-a'), tie('FUNDS', 'firm-b')],
      (id) => kinds[id]!,
    );
    expect(batches.map((b) => [b.type, b.fromLabel, b.toLabel, b.rows.length])).toEqual([
      ['FUNDS', 'Actor', 'ReturnProject', 1],
      ['FUNDS', 'Actor', 'Actor', 2],
    ]);
    expect(batches[0]!.rows[0]!.props).toMatchObject({ amountEur: null, instrument: null, confidence: 1 });
    expect(matchLabel('Region')).toBe('Region');
  });
});
