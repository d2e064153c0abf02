import { readFileSync } from 'node:fs';
import { Kind, buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples.js';

const schema = buildSchema(readFileSync(new URL('../../../schema/generated/schema.graphql', import.meta.url), 'utf8'));

describe('GraphiQL examples', () => {
  it('cover the everyday staff tasks, one named operation each', () => {
    expect(EXAMPLES.map((e) => e.name)).toEqual(['FindActor', 'AddTie', 'RecordMeeting', 'MigrantMatches', 'ExportRegion', 'AuditLog']);
  });

  it.each(EXAMPLES.map((e) => [e.name, e] as const))('%s parses and validates against the served (augmented) schema', (name, example) => {
    const document = parse(example.query);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.map((o) => o.name?.value)).toEqual([name]);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    // Every variable the operation declares has a value in the Variables pane.
    const declared = operations[0]!.variableDefinitions?.map((v) => v.variable.name.value) ?? [];
    const given = example.variables ? Object.keys(JSON.parse(example.variables) as object) : [];
    expect(given.sort()).toEqual(declared.sort());
  });
});
