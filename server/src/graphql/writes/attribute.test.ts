import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../seeds/generator/prng.js';
import { repoRoot } from '../../paths.js';
import { attributionQuery, idsIn } from './attribute.js';
import { graphqlCjs } from './graphql-cjs.js';

const { buildSchema, parse, validate } = graphqlCjs;
const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema', 'generated', 'schema.graphql'), 'utf8'));

/**
 * A random nested update of an association (or, below `partners`, of any actor, which has no
 * `memberOf`): edge updates, disconnects and deletes, picked by name, down to `depth`.
 */
function randomUpdate(rand: () => number, depth: number, association = true): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const where = { node: { name: { eq: `n${Math.floor(rand() * 9)}` } } };
  const rel = association ? pick(['memberOf', 'partners'] as const) : 'partners';
  const entry = (): Record<string, unknown> => {
    const op = pick(['update', 'disconnect', 'delete', 'edge'] as const);
    if (op === 'edge') return { update: { where, edge: { confidence: { set: 0.5 } } } };
    if (op === 'update')
      return { update: { where, node: depth > 0 ? randomUpdate(rand, depth - 1, rel === 'memberOf') : {} } };
    return { [op]: [{ where }] };
  };
  return { [rel]: [entry(), ...(rand() < 0.5 ? [entry()] : [])] };
}

describe('attributionQuery (graphql/writes/attribute.ts)', () => {
  it('asks nothing when the write names its one node by id and reaches no other', () => {
    expect(
      attributionQuery(schema, 'updateAssociations', {
        where: { id: { eq: 'assoc-x' } },
        update: { description: { set: 'd' } },
      }),
    ).toBeUndefined();
    expect(attributionQuery(schema, 'createAssociations', { input: [] })).toBeUndefined();
  });

  it('for random nested updates picked by name: a valid query with one connection per nested operation', () => {
    const rand = mulberry32(18);
    for (let i = 0; i < 200; i++) {
      const update = randomUpdate(rand, 2);
      const where = rand() < 0.5 ? { name: { eq: 'root' } } : { id: { eq: 'assoc-x' } };
      const query = attributionQuery(schema, 'updateAssociations', { where, update })!;
      expect(query, JSON.stringify(update)).toBeDefined();
      expect(validate(schema, parse(query.source)), query.source).toEqual([]);
      const operations = (JSON.stringify(update).match(/"where"/g) ?? []).length;
      expect((query.source.match(/Connection\(/g) ?? []).length).toBe(operations);
      expect(Object.keys(query.variables)).toHaveLength(operations + 1);
    }
  });

  it('collects every id of the answer', () => {
    expect([...idsIn({ a: [{ id: 'x', w1: { edges: [{ node: { id: 'y' } }] } }] })]).toEqual(['x', 'y']);
  });
});
