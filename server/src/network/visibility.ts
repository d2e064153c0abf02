/**
 * Which nodes exist for the asker, as Cypher (docs/privacy.md, "graph answers"). Below staff, graph
 * answers are computed on the graph without the migrants hidden from the asker and their ties: the
 * predicate built here sits inside every pattern that may meet a migrant (the nodes of quantified
 * path patterns and SHORTEST searches, neighbourhood expansion, candidate reads, degree counts), so
 * a hidden person is never walked through, counted, listed or scored. Pure (visibility.test.ts).
 *
 * Its parameter travels with every graph read (network/db.ts `read` adds `visibilityParams`), so a
 * query only has to write the predicate. For staff and admin there is no predicate at all, so their
 * questions cost what they did.
 */
import type { Viewer } from './viewer.js';

/** The Cypher parameter holding the consents of the migrants the asker may meet. */
export const VISIBLE_CONSENTS = 'visibleConsents';

/**
 * The predicate node `n` must meet to exist for `viewer`, or undefined when everyone exists.
 * A migrant without a consent counts as NONE (`n.consent IN …` is null, which no WHERE keeps).
 */
export function visibleNodePredicate(viewer: Viewer, n: string): string | undefined {
  const consents = viewer.visibleConsents;
  if (consents === 'all') return undefined;
  // Not `NOT n:Migrant`: on a node pattern with a label, Neo4j 5.26's planner may turn that into a
  // label-subtraction scan, and in some plans (depending on the statistics of the moment) the
  // query then found no rows at all: `brokers` for today answered [] in the non-interference and
  // browser tests while the same data gave rows. The labels() test cannot be planned that way.
  if (consents.length === 0) return `NOT 'Migrant' IN labels(${n})`;
  return `(NOT ${n}:Migrant OR ${n}.consent IN $${VISIBLE_CONSENTS})`;
}

/** The parameters visibleNodePredicate's Cypher needs (none when everyone exists). */
export function visibilityParams(viewer: Viewer): Record<string, unknown> {
  const consents = viewer.visibleConsents;
  return consents === 'all' || consents.length === 0 ? {} : { [VISIBLE_CONSENTS]: [...consents] };
}

/** `predicate` and n's visibility, joined by AND (the predicate unchanged when everyone exists). */
export function andVisible(viewer: Viewer, n: string, predicate: string): string {
  const visible = visibleNodePredicate(viewer, n);
  return visible ? `${predicate} AND ${visible}` : predicate;
}

/** `WHERE <n is visible>`, or nothing when everyone exists (for a pattern's inline WHERE). */
export function whereVisible(viewer: Viewer, n: string): string {
  const visible = visibleNodePredicate(viewer, n);
  return visible ? ` WHERE ${visible}` : '';
}

/** The same rule in TypeScript, for rows already read (ids asked about, candidates). */
export function existsFor(viewer: Viewer, labels: readonly string[], consent: string | null | undefined): boolean {
  if (!labels.includes('Migrant')) return true;
  const consents = viewer.visibleConsents;
  return consents === 'all' || (typeof consent === 'string' && consents.includes(consent));
}

/**
 * A name for the graph the viewer sees, for caches of whole-graph answers (network/answer-cache.ts):
 * viewers with the same class see the same graph, so they may share an answer computed on it.
 */
export function visibilityClass(viewer: Viewer): string {
  const consents = viewer.visibleConsents;
  return consents === 'all' ? 'all' : `consents:${[...consents].sort().join(',')}`;
}
