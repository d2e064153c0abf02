import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from './examples.js';

describe('GraphiQL examples', () => {
  it('are valid against the served (augmented) schema', () => {
    const schema = buildSchema(readFileSync(new URL('../../../schema/generated/schema.graphql', import.meta.url), 'utf8'));
    expect(validate(schema, parse(EXAMPLE_QUERY)).map((e) => e.message)).toEqual([]);
  });
});
