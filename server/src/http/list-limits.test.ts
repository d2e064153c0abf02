import { createRequire } from 'node:module';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { listLimitProblems, MAX_LIST_SIZE } from './list-limits.js';

// The copy of graphql-js the module uses (the schema's, as in production).
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = buildSchema(`
  type Query { actors(limit: Int, offset: Int): [Actor!]! actorsConnection(first: Int, after: String): Conn! }
  type Actor { id: ID! ties(limit: Int, offset: Int): [Actor!]! }
  type Conn { totalCount: Int! }
`);

function problems(source: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  )!;
  return listLimitProblems(schema, document, operation, variables).map((p) => p.at);
}

describe('listLimitProblems', () => {
  it('passes pages up to the maximum', () => {
    expect(
      problems(`{ actors(limit: ${MAX_LIST_SIZE}, offset: 0) { id } actorsConnection(first: 10) { totalCount } }`),
    ).toEqual([]);
  });

  it('refuses literals, variables and variable defaults alike, naming the path', () => {
    expect(problems('{ actors(limit: 2000000) { id } }')).toEqual(['actors(limit)']);
    expect(problems('{ actors(offset: -5) { id } }')).toEqual(['actors(offset)']);
    expect(problems('query ($n: Int) { actorsConnection(first: $n) { totalCount } }', { n: 5000 })).toEqual([
      'actorsConnection(first)',
    ]);
    expect(problems('query ($n: Int = 5000) { all: actors(limit: $n) { id } }')).toEqual(['all(limit)']);
    expect(problems('query ($n: Int = 5000) { actors(limit: $n) { id } }', { n: 5 })).toEqual([]);
    expect(problems('query ($o: Int = -1) { actors { ties(offset: $o) { id } } }')).toEqual(['actors.ties(offset)']);
  });

  it('looks inside fragments, nested and inline', () => {
    expect(
      problems(
        'query ($n: Int = 99999) { actors { ...F } } fragment F on Actor { ... on Actor { ties(limit: $n) { id } } }',
      ),
    ).toEqual(['actors.ties(limit)']);
  });

  it('checks only the operation that runs', () => {
    const doc = 'query Big { actors(limit: 5000) { id } } query Small { actors(limit: 5) { id } }';
    expect(problems(doc, {}, 'Small')).toEqual([]);
    expect(problems(doc, {}, 'Big')).toEqual(['actors(limit)']);
  });

  it('leaves values that do not coerce to GraphQL', () => {
    expect(problems('query ($n: Int) { actors(limit: $n) { id } }', { n: 'many' })).toEqual([]);
  });
});
