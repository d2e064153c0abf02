import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';
import { NODE_KINDS, type NodeKind, type TieType } from '../../seeds/seed-schema.js';

/**
 * What the write checks need to know about the SDL's relationships, read from the type
 * definitions themselves (schema/typedefs) so they cannot drift: for each generated
 * `<Owner><Field>ConnectFieldInput` the relationship type, its direction from the owner, and the
 * labels a connected node may carry; for each `<Props>CreateInput`/`UpdateInput` of a
 * @relationshipProperties type, the relationship type it belongs to.
 */
export interface RelationshipInfo {
  readonly type: TieType;
  readonly direction: 'OUT' | 'IN';
  /** Read in both directions (PARTNERS_WITH): a tie either way is the same tie. */
  readonly undirected: boolean;
  /** Labels the node at the other end may carry (any of them). */
  readonly targetLabels: readonly string[];
}

export interface RelationshipModel {
  /** By ConnectFieldInput type name, e.g. `EventAttendeesConnectFieldInput`. */
  readonly connects: ReadonlyMap<string, RelationshipInfo>;
  /** Relationship type by properties type name, e.g. `AttendedTie` → ATTENDED. */
  readonly tieTypes: ReadonlyMap<string, TieType>;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function argument(directive: ConstDirectiveNode, name: string): string | undefined {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  return arg && (arg.value.kind === Kind.STRING || arg.value.kind === Kind.ENUM) ? arg.value.value : undefined;
}

export function relationshipModel(typeDefs: string | DocumentNode): RelationshipModel {
  const doc = typeof typeDefs === 'string' ? parse(typeDefs) : typeDefs;
  const objects = doc.definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const implementers = new Map<string, string[]>();
  for (const o of objects)
    for (const i of o.interfaces ?? [])
      implementers.set(i.name.value, [...(implementers.get(i.name.value) ?? []), o.name.value]);
  const labelsOf = (type: string): string[] => {
    if ((NODE_KINDS as readonly string[]).includes(type)) return [type];
    if (type === 'Actor') return ['Actor'];
    return (implementers.get(type) ?? []).filter((t) => (NODE_KINDS as readonly string[]).includes(t));
  };

  const connects = new Map<string, RelationshipInfo>();
  const tieTypes = new Map<string, TieType>();
  const relationshipOf = (field: FieldDefinitionNode) => field.directives?.find((d) => d.name.value === 'relationship');
  for (const o of objects) {
    for (const field of o.fields ?? []) {
      const rel = relationshipOf(field);
      if (!rel) continue;
      const type = argument(rel, 'type') as TieType;
      const info: RelationshipInfo = {
        type,
        direction: argument(rel, 'direction') === 'IN' ? 'IN' : 'OUT',
        undirected: argument(rel, 'queryDirection') === 'UNDIRECTED',
        targetLabels: labelsOf(namedType(field.type)),
      };
      connects.set(`${o.name.value}${capitalise(field.name.value)}ConnectFieldInput`, info);
      const props = argument(rel, 'properties');
      if (props) tieTypes.set(props, type);
      // An interface's declared relationship: same type and direction in every implementation.
      for (const i of o.interfaces ?? [])
        connects.set(`${i.name.value}${capitalise(field.name.value)}ConnectFieldInput`, info);
    }
  }
  return { connects, tieTypes };
}

export function isNodeKind(name: string): name is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(name);
}
