/**
 * Every metric of a projection, computed once per version of the graph, per visibility class and per
 * scope, and served from the process's answer cache like brokers (network/answer-cache.ts;
 * docs/analytics.md#cost-and-caching). What is cached names nodes by id only: names and consent are
 * read at every request and the answer is masked for its asker (docs/architecture.md#masking).
 *
 * The computation runs in a worker thread (off-thread.ts, docs/analytics.md#off-the-event-loop): it
 * takes seconds to minutes on a large graph, and on the event loop it would stop every request.
 */
import type { NetworkSession } from '../session.js';
import { visibilityClass } from '../visibility.js';
import type { BrokerageRoles } from './brokerage.js';
import type { NetworkAnalytics } from './compute.js';
import type { Orientation } from './graph.js';
import { computeOffLoop } from './off-thread.js';
import { readProjection } from './projection.js';
import { scopeKey, type AnalyticsScope } from './scope.js';

export { computeAnalytics, type CommunitySummary, type NetworkAnalytics, type NodeMetrics } from './compute.js';

/** The metrics of the scope for the session's visibility class, from the cache when the graph has not changed. */
export function networkAnalytics(session: NetworkSession, scope: AnalyticsScope): Promise<NetworkAnalytics> {
  return session.answers.get(`analytics|${visibilityClass(session.viewer)}|${scopeKey(scope)}`, async () =>
    computeOffLoop({ task: 'analytics', projection: await readProjection(session, scope) }),
  );
}

/** Brokerage roles of every actor with a country, on `asOf`, between actors, over every walkable tie type. */
export function brokerage(
  session: NetworkSession,
  scope: AnalyticsScope,
  orientation: Orientation,
): Promise<ReadonlyMap<string, BrokerageRoles>> {
  return session.answers.get(
    `brokerage|${visibilityClass(session.viewer)}|${orientation}|${scopeKey(scope)}`,
    async () => computeOffLoop({ task: 'brokerage', projection: await readProjection(session, scope), orientation }),
  );
}
