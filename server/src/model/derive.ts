/**
 * The graph's kinds and tie types, read from the SDL (docs/architecture.md#one-model-of-kinds-and-types).
 * The SDL is the one place they are declared; `npm run codegen` prints what this derives into
 * schema/generated/model.ts, which server, seeds and explorer import, so adding a relationship
 * type is a schema edit plus what the compiler then asks for (tables keyed by TieType).
 * Pure: SDL text in, model out.
 */
import { Kind, parse, type ConstDirectiveNode, type DocumentNode, type TypeNode } from 'graphql';

export interface TieEnds {
  readonly from: readonly string[];
  readonly to: readonly string[];
}

export interface GraphModel {
  /** Concrete types implementing `Actor`, in SDL order. */
  readonly actorKinds: readonly string[];
  /** Every @node type: the node labels graph answers may show, actors first. */
  readonly nodeKinds: readonly string[];
  /** Relationship types in the order their property types are declared (schema/typedefs/ties.graphql). */
  readonly tieTypes: readonly string[];
  /** Which node kinds each relationship type may start and end at. */
  readonly tieEnds: Readonly<Record<string, TieEnds>>;
  /** Relationship types with a Region at one end: they place things on the map, paths skip them. */
  readonly geographicTieTypes: readonly string[];
  /** Relationship types read in either direction (`queryDirection: UNDIRECTED`). */
  readonly mutualTieTypes: readonly string[];
  /** Every enum the SDL declares, with its values in order (services, statuses, consents, …). */
  readonly enums: Readonly<Record<string, readonly string[]>>;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function directive(
  directives: readonly ConstDirectiveNode[] | undefined,
  name: string,
): ConstDirectiveNode | undefined {
  return directives?.find((d) => d.name.value === name);
}

function stringArg(d: ConstDirectiveNode, name: string): string | undefined {
  const arg = d.arguments?.find((a) => a.name.value === name);
  return arg && (arg.value.kind === Kind.STRING || arg.value.kind === Kind.ENUM) ? arg.value.value : undefined;
}

function push(list: string[], values: readonly string[]): void {
  for (const v of values) if (!list.includes(v)) list.push(v);
}

export function deriveModel(sdl: string | DocumentNode): GraphModel {
  const doc = typeof sdl === 'string' ? parse(sdl) : sdl;
  const objects = doc.definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const nodeTypes = objects.filter((o) => directive(o.directives, 'node'));
  const implementers = (iface: string) =>
    nodeTypes.filter((o) => o.interfaces?.some((i) => i.name.value === iface)).map((o) => o.name.value);
  const unions = new Map(
    doc.definitions
      .filter((d) => d.kind === Kind.UNION_TYPE_DEFINITION)
      .map((u) => [u.name.value, (u.types ?? []).map((t) => t.name.value)]),
  );
  const interfaces = new Set(
    doc.definitions.filter((d) => d.kind === Kind.INTERFACE_TYPE_DEFINITION).map((i) => i.name.value),
  );
  const concrete = (name: string): string[] =>
    interfaces.has(name) ? implementers(name) : (unions.get(name) ?? [name]);

  const actorKinds = implementers('Actor');
  const nodeKinds = [...actorKinds, ...nodeTypes.map((o) => o.name.value).filter((n) => !actorKinds.includes(n))];

  // Property types in declaration order give the tie types' order.
  const propertyOrder = objects
    .filter((o) => directive(o.directives, 'relationshipProperties'))
    .map((o) => o.name.value);
  const typeOfProperties = new Map<string, string>();
  const ends = new Map<string, { from: string[]; to: string[] }>();
  const mutual: string[] = [];
  for (const node of nodeTypes) {
    for (const field of node.fields ?? []) {
      const rel = directive(field.directives, 'relationship');
      if (!rel) continue;
      const type = stringArg(rel, 'type');
      const direction = stringArg(rel, 'direction');
      if (!type || !direction)
        throw new Error(`${node.name.value}.${field.name.value}: @relationship needs type and direction`);
      const properties = stringArg(rel, 'properties');
      if (properties) typeOfProperties.set(properties, type);
      if (stringArg(rel, 'queryDirection') === 'UNDIRECTED' && !mutual.includes(type)) mutual.push(type);
      const entry = ends.get(type) ?? { from: [], to: [] };
      ends.set(type, entry);
      const self = [node.name.value];
      const other = concrete(namedType(field.type));
      if (direction === 'OUT') {
        push(entry.from, self);
        push(entry.to, other);
      } else {
        push(entry.from, other);
        push(entry.to, self);
      }
    }
  }
  const ordered = propertyOrder.map((p) => typeOfProperties.get(p)).filter((t): t is string => t !== undefined);
  const tieTypes = [...ordered, ...[...ends.keys()].filter((t) => !ordered.includes(t))];
  const byKindOrder = (kinds: readonly string[]) => nodeKinds.filter((k) => kinds.includes(k));
  const tieEnds: Record<string, TieEnds> = {};
  for (const type of tieTypes) {
    const e = ends.get(type) ?? { from: [], to: [] };
    tieEnds[type] = { from: byKindOrder(e.from), to: byKindOrder(e.to) };
  }
  checkEnum(doc, 'ActorKind', actorKinds);
  checkEnum(doc, 'NodeKind', nodeKinds);
  checkEnum(doc, 'TieType', tieTypes);
  const geographicTieTypes = tieTypes.filter(
    (t) => tieEnds[t]?.from.includes('Region') || tieEnds[t]?.to.includes('Region'),
  );
  const enums: Record<string, string[]> = {};
  for (const d of doc.definitions)
    if (d.kind === Kind.ENUM_TYPE_DEFINITION) enums[d.name.value] = (d.values ?? []).map((v) => v.name.value);
  return { actorKinds, nodeKinds, tieTypes, tieEnds, geographicTieTypes, mutualTieTypes: mutual, enums };
}

/**
 * The API's enums of kinds and tie types (GraphFilter, search, …) must list exactly what the types
 * declare: codegen stops with the fix rather than let a filter miss a new tie type.
 */
function checkEnum(doc: DocumentNode, name: string, expected: readonly string[]): void {
  const found = doc.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name);
  if (!found || found.kind !== Kind.ENUM_TYPE_DEFINITION) return;
  const values = (found.values ?? []).map((v) => v.name.value);
  const missing = expected.filter((v) => !values.includes(v));
  const extra = values.filter((v) => !expected.includes(v));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `schema/typedefs: enum ${name} must list exactly the ${name === 'TieType' ? 'relationship types of the @relationship fields' : 'kinds of the @node types'}` +
        `${missing.length ? `; add ${missing.join(', ')}` : ''}${extra.length ? `; remove ${extra.join(', ')} (or declare it)` : ''}.`,
    );
  }
}

const list = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;

/** The TypeScript module schema/generated/model.ts: constants with literal types, tables keyed by them. */
export function printModel(model: GraphModel): string {
  const ends = model.tieTypes
    .map((t) => `  ${t}: { from: ${list(model.tieEnds[t]?.from ?? [])}, to: ${list(model.tieEnds[t]?.to ?? [])} },`)
    .join('\n');
  return `// Generated by \`npm run codegen\` from schema/typedefs (server/src/model/derive.ts): do not edit.
// Kinds and tie types have one source, the SDL; \`npm run codegen:check\` fails when this file drifts.

/** The kinds of actor (types implementing \`Actor\`). */
export const ACTOR_KINDS = ${list(model.actorKinds)} as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Every node label graph answers may show (the @node types), actors first. */
export const NODE_KINDS = ${list(model.nodeKinds)} as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The relationship (tie) types. */
export const TIE_TYPES = ${list(model.tieTypes)} as const;
export type TieType = (typeof TIE_TYPES)[number];

/** The node kinds each tie type may start and end at. */
export const TIE_ENDS: { readonly [T in TieType]: { readonly from: readonly NodeKind[]; readonly to: readonly NodeKind[] } } = {
${ends}
};

/** Tie types with a Region at one end: they place things on the map; paths do not walk them. */
export const GEOGRAPHIC_TIE_TYPES = ${list(model.geographicTieTypes)} as const satisfies readonly TieType[];
export type GeographicTieType = (typeof GEOGRAPHIC_TIE_TYPES)[number];

/** Tie types a path may walk: every one that is not geographic. */
export const PATH_TIE_TYPES = ${list(model.tieTypes.filter((t) => !model.geographicTieTypes.includes(t)))} as const satisfies readonly TieType[];
export type PathTieType = (typeof PATH_TIE_TYPES)[number];

/** Tie types read in either direction (a partnership is mutual whichever end recorded it). */
export const MUTUAL_TIE_TYPES = ${list(model.mutualTieTypes)} as const satisfies readonly TieType[];

/** The values of every enum the SDL declares, in order: the one list of services, statuses, consents, … */
export const ENUMS = {
${Object.entries(model.enums)
  .map(([name, values]) => `  ${name}: ${list(values)},`)
  .join('\n')}
} as const;
`;
}
