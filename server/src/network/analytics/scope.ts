/** Which part of the graph analytics run on, as asked, checked before any read (docs/analytics.md#the-projection). */
import { badInput } from '../../errors.js';
import { checkDate, GEOGRAPHIC_TIE_TYPES, NODE_KINDS, PATH_TIE_TYPES } from '../input.js';

/** The kinds analytics can count: every node kind but Region (regions have only geographic ties). */
export const ANALYTICS_KINDS = NODE_KINDS.filter((k) => k !== 'Region');

export interface ScopeInput {
  readonly asOf?: unknown;
  readonly kinds?: readonly string[] | null;
  readonly relationshipTypes?: readonly string[] | null;
}

export interface AnalyticsScope {
  /** The day the graph is taken on ('YYYY-MM-DD'; today when not asked). */
  readonly asOf: string;
  /** Node kinds, sorted. */
  readonly kinds: readonly string[];
  /** Tie types, sorted. */
  readonly types: readonly string[];
}

/** The scope of `field`: asOf defaults to `today`; kinds and types to all (Region is ignored). */
export function checkScope(field: string, args: ScopeInput, today: string): AnalyticsScope {
  const asOf = checkDate(field, 'asOf', args.asOf) ?? today;
  const kinds =
    args.kinds && args.kinds.length > 0
      ? [...new Set(args.kinds.map(String))].filter((k) => (ANALYTICS_KINDS as readonly string[]).includes(k)).sort()
      : [...ANALYTICS_KINDS].sort();
  if (kinds.length === 0) {
    throw badInput(
      `${field}: "kinds" names only Region, which has no ties analytics count; name another kind.`,
      'kinds',
    );
  }
  const asked =
    args.relationshipTypes && args.relationshipTypes.length > 0
      ? [...new Set(args.relationshipTypes.map(String))]
      : [...PATH_TIE_TYPES];
  const geographic = asked.filter((t) => (GEOGRAPHIC_TIE_TYPES as readonly string[]).includes(t));
  if (geographic.length > 0) {
    throw badInput(
      `${field}: "relationshipTypes" may not name geographic ties (${geographic.join(', ')}): analytics count ties between actors, projects, opportunities and events.`,
      'relationshipTypes',
    );
  }
  return { asOf, kinds, types: asked.sort() };
}

/** The scope as part of a cache key. */
export function scopeKey(scope: AnalyticsScope): string {
  return `${scope.asOf}|${scope.kinds.join(',')}|${scope.types.join(',')}`;
}
