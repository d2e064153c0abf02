import type { ActorCountsQuery } from '../../gql/graphql.js';
import type { ActorKindName } from '../kinds.js';

export interface KindCount {
  readonly kind: ActorKindName;
  readonly count: number;
}

/** The ActorCounts answer as rows, one per kind, in the order the legend uses. */
export function countsByKind(data: ActorCountsQuery): { total: number; rows: KindCount[] } {
  return {
    total: data.actors.aggregate.count.nodes,
    rows: [
      { kind: 'Migrant', count: data.migrants.aggregate.count.nodes },
      { kind: 'Association', count: data.associations.aggregate.count.nodes },
      { kind: 'Firm', count: data.firms.aggregate.count.nodes },
      { kind: 'PublicAdministration', count: data.publicAdministrations.aggregate.count.nodes },
      { kind: 'Funder', count: data.funders.aggregate.count.nodes },
    ],
  };
}
