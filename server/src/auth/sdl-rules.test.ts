// Deny by default in the SDL: a new @node type without the write rule, or a personal field without
// its read rule, fails here before it can be served.
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../model/type-defs.js';

const doc = parse(loadTypeDefs());
const nodeTypes = doc.definitions.filter(
  (d): d is ObjectTypeDefinitionNode =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && !!d.directives?.some((x) => x.name.value === 'node'),
);
const printArgs = (d: ObjectTypeDefinitionNode['directives']) => JSON.stringify(d ?? []);

describe('authorization rules in the SDL', () => {
  it('every @node type allows writes to staff and admin only', () => {
    expect(nodeTypes.length).toBeGreaterThanOrEqual(9);
    for (const type of nodeTypes) {
      const auth = type.directives!.find((d) => d.name.value === 'authentication');
      expect(auth, `${type.name.value} has no @authentication`).toBeDefined();
      const text = printArgs([auth!]);
      for (const op of ['CREATE', 'UPDATE', 'DELETE', 'CREATE_RELATIONSHIP', 'DELETE_RELATIONSHIP'])
        expect(text, type.name.value).toContain(`"value":"${op}"`);
      expect(text).toContain('"value":"staff"');
      expect(text).toContain('"value":"admin"');
      expect(text).not.toMatch(/analyst|partner/);
    }
  });

  it('personal fields of Migrant are readable by staff and admin only, and Migrant rows are filtered', () => {
    const migrant = nodeTypes.find((t) => t.name.value === 'Migrant')!;
    expect(printArgs(migrant.directives)).toContain('"value":"authorization"');
    for (const field of ['fullName', 'email', 'phone', 'birthYear']) {
      const f = migrant.fields!.find((x) => x.name.value === field)!;
      const auth = f.directives!.find((d) => d.name.value === 'authentication');
      expect(auth, field).toBeDefined();
      expect(printArgs([auth!])).toContain('"value":"AGGREGATE"');
    }
  });
});
