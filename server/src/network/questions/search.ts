/** `search`: actors by name, in the full-text index, among those the asker may name. */
import { ACTOR_SEARCH_INDEX } from '../../db/migrations.js';
import { badInput, ErrorCode } from '../../errors.js';
import { int, read } from '../db.js';
import { ACTOR_KINDS } from '../input.js';
import { buildSearchQuery } from '../search-query.js';
import type { ReadScope } from '../session.js';
import { andVisible } from '../visibility.js';

export interface SearchArgs {
  readonly text: string;
  readonly kinds?: readonly string[] | null;
  readonly limit?: number | null;
  /** Accepted; search's own helper applies it (see docs/graph-questions.md). */
  readonly asOf?: unknown;
}

export async function search(session: ReadScope, args: SearchArgs) {
  const limit = args.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw badInput(`search: "limit" must be between 1 and 100 (got ${limit}).`, 'limit', ErrorCode.BadUserInput);
  }
  if (args.text.length > 200) throw badInput('search: "text" must be at most 200 characters.', 'text');
  const query = buildSearchQuery(args.text);
  if (!query) return [];
  const kinds = args.kinds && args.kinds.length > 0 ? args.kinds.map(String) : [...ACTOR_KINDS];
  // No limit inside the index call: its top hits would include migrants hidden from the asker and
  // push visible ones out. Hidden people are dropped first, then the visible hits are ordered by
  // their own score (search-query.ts: constant-score terms, so it depends on the hit alone) and
  // the limit taken, so the answer is the same whether hidden people exist or not
  // (docs/privacy.md). A migrant who may not be named is left out too: a masked hit would still
  // say that someone matching the words exists.
  const rows = await read<{
    id: string;
    name: string;
    kind: string;
    country: string | null;
    city: string | null;
    consent: string | null;
    score: number;
  }>(
    session,
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WITH node, score, [l IN labels(node) WHERE l IN $kinds][0] AS kind
     WHERE ${andVisible(session.viewer, 'node', 'kind IS NOT NULL')}
       AND (kind <> 'Migrant' OR $nameAll OR node.consent IN $named)
     RETURN node.id AS id, node.name AS name, kind, node.country AS country, node.city AS city, score
     ORDER BY score DESC, name ASC, id ASC
     LIMIT $limit`,
    {
      index: ACTOR_SEARCH_INDEX,
      query,
      kinds,
      nameAll: session.viewer.mayNameMigrant('NONE') && session.viewer.mayNameMigrant(null),
      named: ['NONE', 'NETWORK', 'PUBLIC'].filter((c) => session.viewer.mayNameMigrant(c)),
      limit: int(limit),
    },
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    country: r.country ?? null,
    city: r.city ?? null,
    score: r.score,
  }));
}
