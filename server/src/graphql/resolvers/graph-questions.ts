/**
 * The graph questions and statistics as GraphQL fields: each reads its arguments, builds the
 * narrow session from the context and asks the question in server/src/network/, which checks the
 * arguments, reads, ranks and masks (docs/architecture.md#custom-questions). Errors come back as
 * PonteErrors with their code and argument, which the error formatter turns into
 * `extensions.code` and `extensions.argument` (graphql/errors.ts).
 */
import { actorCounts as countActors } from '../../network/questions/actor-counts.js';
import { brokers as findBrokers } from '../../network/questions/brokers.js';
import { commonConnections as findCommonConnections } from '../../network/questions/common-connections.js';
import { corridors as countCorridors } from '../../network/questions/corridors.js';
import { introductions as findIntroductions } from '../../network/questions/introductions.js';
import { neighbourhood as findNeighbourhood } from '../../network/questions/neighbourhood.js';
import { networkStats as countNetwork } from '../../network/questions/network-stats.js';
import { opportunityMatches as matchOpportunities } from '../../network/questions/opportunity-matches.js';
import { paths as findPaths } from '../../network/questions/paths.js';
import { search as searchActors } from '../../network/questions/search.js';
import { supportMatches as matchSupport } from '../../network/questions/support-matches.js';
import type { PonteContext } from '../context.js';
import { sessionOf, statisticsSessionOf } from '../session.js';
import type { QueryResolvers, SupportService } from '../__generated__/resolvers.js';

type Query = QueryResolvers<PonteContext>;

export const search: Query['search'] = (_parent, args, context) => searchActors(sessionOf(context), args);
export const neighbourhood: Query['neighbourhood'] = (_parent, args, context) =>
  findNeighbourhood(sessionOf(context), args);
export const paths: Query['paths'] = (_parent, args, context) => findPaths(sessionOf(context), args);
export const introductions: Query['introductions'] = (_parent, args, context) =>
  findIntroductions(sessionOf(context), args);
export const commonConnections: Query['commonConnections'] = (_parent, args, context) =>
  findCommonConnections(sessionOf(context), args);
export const brokers: Query['brokers'] = (_parent, args, context) => findBrokers(sessionOf(context), args);
export const opportunityMatches: Query['opportunityMatches'] = (_parent, args, context) =>
  matchOpportunities(sessionOf(context), args);
export const supportMatches: Query['supportMatches'] = async (_parent, args, context) =>
  // Services are stored as SupportService values only (writes and imports check them against the SDL's enum).
  (await matchSupport(sessionOf(context), args)).map((m) => ({ ...m, services: m.services as SupportService[] }));
export const networkStats: Query['networkStats'] = (_parent, args, context) =>
  countNetwork(statisticsSessionOf(context), args);
export const corridors: Query['corridors'] = (_parent, args, context) =>
  countCorridors(statisticsSessionOf(context), args);
export const actorCounts: Query['actorCounts'] = (_parent, _args, context) => countActors(statisticsSessionOf(context));
