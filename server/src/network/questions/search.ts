/** `search`: nodes of every kind by name, in the full-text index, among those the asker may name (docs/search.md). */
import { NODE_SEARCH_INDEX } from '../../db/migrations.js';
import { badInput, ErrorCode } from '../../errors.js';
import { int, read } from '../db.js';
import { checkDate, NODE_KINDS } from '../input.js';
import { buildSearchQuery } from '../search-query.js';
import { bestNameMatch, foldQuery } from '../search-rank.js';
import type { ReadScope } from '../session.js';
import { AS_OF, nodeActivePredicate } from '../time.js';
import { andVisible } from '../visibility.js';

export interface SearchArgs {
  readonly text: string;
  readonly kinds?: readonly string[] | null;
  readonly limit?: number | null;
  readonly asOf?: unknown;
}

/**
 * How many of the index's best visible hits are ranked by their names. The index's own score
 * already puts name matches far above description matches (search-query.ts BOOST), so the hits
 * ranked first by name are among these.
 */
export const SEARCH_CANDIDATES = 100;

export async function search(session: ReadScope, args: SearchArgs) {
  const limit = args.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw badInput(`search: "limit" must be between 1 and 100 (got ${limit}).`, 'limit', ErrorCode.BadUserInput);
  }
  if (args.text.length > 200) throw badInput('search: "text" must be at most 200 characters.', 'text');
  const asOf = checkDate('search', 'asOf', args.asOf);
  const query = buildSearchQuery(args.text);
  if (!query) return [];
  const kinds = args.kinds && args.kinds.length > 0 ? args.kinds.map(String) : [...NODE_KINDS];
  // No limit inside the index call: its top hits would include migrants hidden from the asker and
  // push visible ones out. Hidden people are dropped first, then the visible hits are ordered by
  // their own score (search-query.ts: constant-score terms, so it depends on the hit alone) and
  // by how their own names answer the query (search-rank.ts), so the answer is the same whether
  // hidden people exist or not (docs/privacy.md). A migrant who may not be named is left out too:
  // a masked hit would still say that someone matching the words exists. A node not active on
  // `asOf` (network/time.ts) is left out.
  const rows = await read<{
    id: string;
    name: string;
    altNames: string[] | null;
    kind: string;
    country: string | null;
    city: string | null;
    score: number;
  }>(
    session,
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WITH node, score, [l IN labels(node) WHERE l IN $kinds][0] AS kind
     WHERE ${andVisible(session.viewer, 'node', 'kind IS NOT NULL')}
       AND (kind <> 'Migrant' OR $nameAll OR node.consent IN $named)
       ${asOf ? `AND ${nodeActivePredicate('node')}` : ''}
     RETURN node.id AS id, node.name AS name, node.altNames AS altNames, kind, node.country AS country,
            node.city AS city, score
     ORDER BY score DESC, name ASC, id ASC
     LIMIT $candidates`,
    {
      index: NODE_SEARCH_INDEX,
      query,
      kinds,
      nameAll: session.viewer.mayNameMigrant('NONE') && session.viewer.mayNameMigrant(null),
      named: ['NONE', 'NETWORK', 'PUBLIC'].filter((c) => session.viewer.mayNameMigrant(c)),
      candidates: int(SEARCH_CANDIDATES),
      [AS_OF]: asOf ?? null,
    },
  );
  const folded = foldQuery(args.text);
  return rows
    .map((r) => {
      const match = bestNameMatch(folded, [r.name, ...(r.altNames ?? [])]);
      return {
        id: r.id,
        name: r.name,
        kind: r.kind,
        country: r.country ?? null,
        city: r.city ?? null,
        // The tier first, then the index's score within it (its sums stay far below 1000).
        score: match.tier * 1000 + r.score,
        matchedName: match.matched !== r.name ? match.matched : null,
      };
    })
    .sort((a, b) => b.score - a.score || cmp(a.name, b.name) || cmp(a.id, b.id))
    .slice(0, limit);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
