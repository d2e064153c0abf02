/**
 * The directory's questions to the generated API, and the actor page's grouping of ties. Pure:
 * filter state in, GraphQL variables out; unit-tested.
 */
import type { ActorImplementation, ActorSort, ActorWhere, Country } from '../../gql/graphql.js';
import type { SubgraphEdge, SubgraphNode } from '../../lib/graph/model.js';
import { ACTOR_KINDS, isActorKind } from '../../lib/kinds.js';
import type { DirectorySort, DirectoryState } from './directory-url.js';

export const DIRECTORY_PAGE_SIZE = 25;
/** The most ids `search` returns (its own bound): the directory's search covers its best 100 hits. */
export const DIRECTORY_SEARCH_LIMIT = 100;

const COUNTRIES: readonly string[] = ['IT', 'MA', 'INTL'];

/**
 * The `where` of `actorsConnection` for a directory state. `searchIds` are the ids that the
 * full-text search found for `q` (null when there are no words to search for): the connection then
 * pages and sorts within them, so search, filters and cursors compose.
 */
export function directoryWhere(state: DirectoryState, searchIds: readonly string[] | null): ActorWhere {
  const all: ActorWhere[] = [];
  if (state.kind && isActorKind(state.kind)) all.push({ typename: [state.kind as ActorImplementation] });
  const countries = state.countries.filter((c) => COUNTRIES.includes(c)) as Country[];
  if (countries.length) all.push({ country: { in: countries } });
  if (state.city) all.push({ city: { eq: state.city } });
  if (state.region) all.push({ basedIn: { some: { id: { eq: state.region } } } });
  for (const tag of state.tags) all.push({ tags: { includes: tag } });
  if (searchIds) all.push({ id: { in: [...searchIds] } });
  if (all.length === 0) return {};
  return all.length === 1 ? all[0]! : { AND: all };
}

const SORT_FIELDS: Record<string, keyof ActorSort> = {
  name: 'name',
  city: 'city',
  country: 'country',
  updated: 'updatedAt',
};

/** The sort of `actorsConnection`: the chosen field, then name and id so pages never overlap. */
export function directorySort(sort: DirectorySort): ActorSort[] {
  const descending = sort.startsWith('-');
  const field = SORT_FIELDS[sort.replace(/^-/, '')] ?? 'name';
  const out: ActorSort[] = [{ [field]: descending ? 'DESC' : 'ASC' }];
  if (field !== 'name') out.push({ name: 'ASC' });
  out.push({ id: 'ASC' });
  return out;
}

/** The kinds the search is asked about: the directory's kind, or every actor kind (search finds every kind of node). */
export function searchKinds(kind: string | null): (typeof ACTOR_KINDS)[number][] {
  return kind && isActorKind(kind) ? [kind] : [...ACTOR_KINDS];
}

/** Tags typed as free text ("agri-food, export") → the list the route keeps. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** "Showing 26–50 of 132". */
export function pageRange(page: number, shown: number, pageSize = DIRECTORY_PAGE_SIZE): { from: number; to: number } {
  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  return { from, to: shown === 0 ? 0 : from + shown - 1 };
}

/** A node at the other end of a tie, as `neighbourhood` returns it (what groupTies reads of it). */
export type TieNode = Pick<SubgraphNode, 'id' | 'name' | 'kind' | 'country' | 'masked'>;
export interface ActorTie {
  id: string;
  outgoing: boolean;
  other: TieNode;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
  crossesBorder: boolean;
}
export interface TieGroup {
  type: string;
  ties: ActorTie[];
}

/**
 * The ties of one actor in a `neighbourhood` answer, grouped by relationship type (in the order of
 * `typeOrder`, unknown types last), each group by start date (undated last), then by name.
 */
export function groupTies(
  answer: { nodes: readonly TieNode[]; edges: readonly SubgraphEdge[] },
  id: string,
  typeOrder: readonly string[],
): TieGroup[] {
  const nodes = new Map(answer.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, ActorTie[]>();
  for (const e of answer.edges) {
    if (e.from !== id && e.to !== id) continue;
    const outgoing = e.from === id;
    const other = nodes.get(outgoing ? e.to : e.from);
    if (!other) continue;
    const tie: ActorTie = {
      id: e.id,
      outgoing,
      other,
      since: e.since ?? null,
      until: e.until ?? null,
      source: e.source ?? null,
      confidence: e.confidence ?? null,
      crossesBorder: e.crossesBorder,
    };
    (groups.get(e.type) ?? groups.set(e.type, []).get(e.type)!).push(tie);
  }
  const rank = (type: string) => {
    const i = typeOrder.indexOf(type);
    return i === -1 ? typeOrder.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, ties]) => ({
      type,
      ties: ties.sort(
        (a, b) => (a.since ?? '9999').localeCompare(b.since ?? '9999') || a.other.name.localeCompare(b.other.name),
      ),
    }));
}
