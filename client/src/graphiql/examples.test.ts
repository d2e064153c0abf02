import { readFileSync } from 'node:fs';
import { Kind, buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples.js';

const schema = buildSchema(readFileSync(new URL('../../../schema/generated/schema.graphql', import.meta.url), 'utf8'));

describe('GraphiQL examples', () => {
  it('cover the everyday staff tasks, one named operation each', () => {
    expect(EXAMPLES.map((e) => e.name)).toEqual([
      'FindActor',
      'AddTie',
      'RecordMeeting',
      'MigrantMatches',
      'ExportRegion',
      'AuditLog',
    ]);
  });

  it.each(EXAMPLES.map((e) => [e.name, e] as const))(
    '%s parses and validates against the served (augmented) schema',
    (name, example) => {
      const document = parse(example.query);
      const operations = document.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations.map((o) => o.name?.value)).toEqual([name]);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      // Runnable as it stands: no variables to fill in first.
      expect(operations[0]!.variableDefinitions ?? []).toEqual([]);
    },
  );
});
