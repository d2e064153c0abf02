// GraphiQL is the staff's manual (docs/architecture.md#api): every type, field, argument and enum value written in
// schema/typedefs must say what it means.
import { Kind, parse, type ASTNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../server/src/model/type-defs.js';

function undescribed(): string[] {
  const missing: string[] = [];
  const doc = parse(loadTypeDefs());
  const check = (node: ASTNode & { description?: { value: string } | undefined }, where: string) => {
    if (!node.description?.value.trim()) missing.push(where);
  };
  for (const def of doc.definitions) {
    if (!('name' in def) || !def.name) continue;
    const typeName = def.name.value;
    const isExtension = def.kind === Kind.OBJECT_TYPE_EXTENSION;
    // `type Query` in api.graphql is the root, described by its fields.
    if (!isExtension && typeName !== 'Query' && typeName !== 'Mutation') check(def as never, typeName);
    if ('fields' in def && def.fields) {
      for (const field of def.fields) {
        check(field as never, `${typeName}.${field.name.value}`);
        if ('arguments' in field && field.arguments)
          for (const arg of field.arguments) check(arg as never, `${typeName}.${field.name.value}(${arg.name.value})`);
      }
    }
    if ('values' in def && def.values)
      for (const value of def.values) check(value as never, `${typeName}.${value.name.value}`);
  }
  return missing;
}

describe('schema/typedefs', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(undescribed()).toEqual([]);
  });
});
