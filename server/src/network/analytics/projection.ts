/**
 * Reads the projection analytics run on from Neo4j (docs/analytics.md#the-projection): the nodes of
 * the scope's kinds active on its day and the ties of its types active on that day (the rule of
 * network/time.ts), without the migrants hidden from the asker and their ties (network/visibility.ts),
 * so nothing computed from it depends on a hidden person.
 */
import { read } from '../db.js';
import type { ReadScope } from '../session.js';
import { AS_OF, nodeActivePredicate, tieActivePredicate } from '../time.js';
import { andVisible, visibleNodePredicate } from '../visibility.js';
import { canonical, UNKNOWN_CONFIDENCE, type Projection } from './graph.js';
import type { AnalyticsScope } from './scope.js';

export async function readProjection(session: ReadScope, scope: AnalyticsScope): Promise<Projection> {
  // Kinds and types are checked values of the SDL's enums (scope.ts), so they may be written as labels.
  const labels = scope.kinds.join('|');
  const active = (n: string) => andVisible(session.viewer, n, nodeActivePredicate(n));
  const nodes = await read<{ id: string; labels: string[]; country: string | null }>(
    session,
    `MATCH (n:${labels}) WHERE ${active('n')}
     RETURN n.id AS id, labels(n) AS labels, n.country AS country`,
    { [AS_OF]: scope.asOf },
  );
  const visibleB = visibleNodePredicate(session.viewer, 'b');
  const ties = await read<{ from: string; to: string; type: string; confidence: number | null }>(
    session,
    `MATCH (a:${labels})-[r:${scope.types.join('|')}]->(b:${labels})
     WHERE ${andVisible(session.viewer, 'a', tieActivePredicate('r', 'a', 'b'))}${visibleB ? ` AND ${visibleB}` : ''}
     RETURN a.id AS from, b.id AS to, type(r) AS type, r.confidence AS confidence`,
    { [AS_OF]: scope.asOf },
  );
  const kinds = new Set(scope.kinds);
  return canonical(
    nodes.map((n) => ({
      id: n.id,
      kind: n.labels.find((l) => kinds.has(l)) ?? n.labels[0]!,
      country: n.country ?? null,
      actor: n.labels.includes('Actor'),
    })),
    ties.map((t) => ({
      from: t.from,
      to: t.to,
      type: t.type,
      weight: typeof t.confidence === 'number' && Number.isFinite(t.confidence) ? t.confidence : UNKNOWN_CONFIDENCE,
    })),
  );
}
