/**
 * Network analytics as GraphQL fields (docs/analytics.md): thin adapters, as graph-questions.ts, that
 * build the session and ask the question in server/src/network/.
 */
import { BROKER_REF, brokerageRolesOf } from '../../network/questions/brokerage-roles.js';
import { communities as findCommunities } from '../../network/questions/communities.js';
import { networkMetrics as measureNetwork } from '../../network/questions/network-metrics.js';
import type { PonteContext } from '../context.js';
import { sessionOf } from '../session.js';
import type { BrokerResolvers, QueryResolvers } from '../__generated__/resolvers.js';

type Query = QueryResolvers<PonteContext>;

export const networkMetrics: Query['networkMetrics'] = (_parent, args, context) =>
  measureNetwork(sessionOf(context), args);
export const communities: Query['communities'] = (_parent, args, context) => findCommunities(sessionOf(context), args);

/** `Broker.brokerage`: the roles of the broker the row was ranked for (its real id travels out of sight). */
export const Broker: BrokerResolvers<PonteContext> = {
  brokerage: (parent, args, context) => {
    return brokerageRolesOf(sessionOf(context), parent[BROKER_REF], args.orientation);
  },
};
