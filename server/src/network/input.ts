/**
 * Validation of graph questions' arguments and the GraphFilter's Cypher, shared by the graph
 * questions. Pure: every check runs before any query, so bad input never reaches the database
 * (unit-tested in input.test.ts).
 */
import { badInput } from '../errors.js';
import { nodeActivePredicate, tieWindowPredicate } from './time.js';
import type { Viewer } from './viewer.js';
import { visibleNodePredicate } from './visibility.js';

// Kinds and tie types come from the SDL (schema/generated/model.ts). Paths walk every tie type but
// the geographic ones; graph answers show only the @node kinds (internal nodes such as User never).
export { ACTOR_KINDS, GEOGRAPHIC_TIE_TYPES, NODE_KINDS, PATH_TIE_TYPES } from '../../../schema/generated/model.js';
import { GEOGRAPHIC_TIE_TYPES, NODE_KINDS, PATH_TIE_TYPES } from '../../../schema/generated/model.js';

/** `n` must be an integer within [min, max]; the error names the argument and the limits. */
export function checkRange(
  field: string,
  argument: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(
      `${field}: "${argument}" must be between ${min} and ${max} (got ${n}); the limit is ${max}.`,
      argument,
    );
  }
  return n;
}

/** A list of ids: de-duplicated, min..max long, no empty strings. */
export function checkIds(field: string, argument: string, ids: readonly string[], min: number, max: number): string[] {
  const unique = [...new Set(ids)];
  if (unique.length < min) {
    throw badInput(
      `${field}: "${argument}" must hold at least ${min} distinct id${min > 1 ? 's' : ''} (got ${unique.length}).`,
      argument,
    );
  }
  if (unique.length > max) {
    throw badInput(
      `${field}: "${argument}" may hold at most ${max} ids (got ${unique.length}); the limit is ${max}.`,
      argument,
    );
  }
  for (const id of unique) checkId(field, argument, id);
  return unique;
}

export function checkId(field: string, argument: string, id: string): string {
  if (id.trim() === '' || id.length > 200)
    throw badInput(`${field}: "${argument}" must be a non-empty id of at most 200 characters.`, argument);
  return id;
}

/** A Date argument as 'YYYY-MM-DD' (the Date scalar may hand us a driver Date or a string). */
export function checkDate(field: string, argument: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value);
  // The round trip refuses days that Date.parse rolls over (2008-02-30 would be 1 March).
  const parsed = Date.parse(text);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(parsed) ||
    new Date(parsed).toISOString().slice(0, 10) !== text
  ) {
    throw badInput(`${field}: "${argument}" must be a day such as 2008-06-30 (got ${text}).`, argument);
  }
  return text;
}

/**
 * A filter as asked (the GraphFilter input of schema/typedefs/api.graphql; every part optional).
 * Dates may come as a driver Date or a string; kinds, countries and types as enum values.
 */
export interface FilterInput {
  readonly asOf?: unknown;
  readonly countries?: readonly string[] | null;
  readonly kinds?: readonly string[] | null;
  readonly minConfidence?: number | null;
  readonly relationshipTypes?: readonly string[] | null;
  readonly transnationalOnly?: boolean | null;
}

/** The filter, checked and ready to be written into Cypher. */
export interface TieFilter {
  /** Relationship types to walk. */
  readonly types: string[];
  /** Node labels allowed (undefined: all). */
  readonly kinds?: string[];
  readonly countries?: string[];
  readonly asOf?: string;
  readonly minConfidence?: number;
  readonly transnationalOnly: boolean;
}

/**
 * Checks a GraphFilter. `allowGeographic`: whether geographic ties may be named (neighbourhoods:
 * yes; paths: never — they are dropped from the types, and naming only them is an error).
 */
export function checkFilter(
  field: string,
  filter: FilterInput | null | undefined,
  allowGeographic: boolean,
): TieFilter {
  const f = filter ?? {};
  let types: string[];
  if (f.relationshipTypes && f.relationshipTypes.length > 0) {
    types = [...new Set(f.relationshipTypes.map(String))];
    if (!allowGeographic) {
      types = types.filter((t) => (PATH_TIE_TYPES as readonly string[]).includes(t));
      if (types.length === 0) {
        throw badInput(
          `${field}: "filter.relationshipTypes" names only geographic ties (${GEOGRAPHIC_TIE_TYPES.join(', ')}), which paths never walk.`,
          'filter.relationshipTypes',
        );
      }
    }
  } else {
    types = [...PATH_TIE_TYPES];
  }
  const minConfidence = f.minConfidence ?? undefined;
  if (minConfidence !== undefined && (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)) {
    throw badInput(
      `${field}: "filter.minConfidence" must be between 0 and 1 (got ${minConfidence}).`,
      'filter.minConfidence',
    );
  }
  const asOf = checkDate(field, 'filter.asOf', f.asOf);
  return {
    types,
    ...(f.kinds && f.kinds.length > 0 ? { kinds: [...new Set(f.kinds.map(String))] } : {}),
    ...(f.countries && f.countries.length > 0 ? { countries: [...new Set(f.countries.map(String))] } : {}),
    ...(asOf ? { asOf } : {}),
    ...(minConfidence !== undefined ? { minConfidence } : {}),
    transnationalOnly: f.transnationalOnly ?? false,
  };
}

/** Cypher parameters for the predicates below. */
export function filterParams(filter: TieFilter): Record<string, unknown> {
  return {
    types: filter.types,
    kinds: filter.kinds ?? null,
    countries: filter.countries ?? null,
    asOf: filter.asOf ?? null,
    minConfidence: filter.minConfidence ?? null,
  };
}

/**
 * The predicate a tie `r` must meet, written inline in a pattern so that it prunes the traversal
 * (a pre-filter) rather than filtering finished paths. On `asOf` only its own window is checked
 * here: its ends are nodes of the same pattern, each checked by nodePredicate (or activeOn for the
 * ends asked for), which together make the one rule of time (network/time.ts, docs/data-model.md#time).
 */
export function tiePredicate(filter: TieFilter, r: string): string {
  const parts = [`type(${r}) IN $types`];
  if (filter.asOf) parts.push(tieWindowPredicate(r));
  if (filter.minConfidence !== undefined) parts.push(`${r}.confidence >= $minConfidence`);
  return parts.join(' AND ');
}

/**
 * The predicate a node `n` must meet: it exists for the viewer (never a migrant hidden from them,
 * network/visibility.ts), it is active on `asOf` when one is asked (network/time.ts), kinds,
 * countries, and never an internal node.
 */
export function nodePredicate(filter: TieFilter, n: string, viewer: Viewer): string {
  const parts = [`(${NODE_KINDS.map((k) => `${n}:${k}`).join(' OR ')})`];
  const visible = visibleNodePredicate(viewer, n);
  if (visible) parts.push(visible);
  const active = activeOn(filter, n);
  if (active) parts.push(active);
  if (filter.kinds) parts.push(`any(l IN labels(${n}) WHERE l IN $kinds)`);
  if (filter.countries) parts.push(`(${n}.country IS NULL OR ${n}.country IN $countries)`);
  return parts.join(' AND ');
}

/**
 * Node `n` is active on the filter's `asOf` (network/time.ts), or undefined when no day is asked.
 * For the nodes a question starts or ends at, which skip the kinds and countries of nodePredicate
 * but not time: a tie is active only when both its ends are.
 */
export function activeOn(filter: { readonly asOf?: string }, n: string): string | undefined {
  return filter.asOf ? `(${nodeActivePredicate(n)})` : undefined;
}

/** `predicate AND n is active on asOf` (the predicate unchanged without a day). */
export function andActive(filter: { readonly asOf?: string }, n: string, predicate: string): string {
  const active = activeOn(filter, n);
  return active ? `${predicate} AND ${active}` : predicate;
}
