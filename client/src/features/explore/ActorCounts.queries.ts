import { graphql } from '../../gql/index.js';

/**
 * How many actors of each kind the graph holds. `actorCounts` rather than the generated
 * connection aggregates: those count migrants only for staff (minimum group size, docs/architecture.md#minimum-group-size),
 * while actorCounts answers everyone and suppresses a migrant count below 5.
 */
export const ActorCountsQuery = graphql(/* GraphQL */ `
  query ActorCounts {
    actorCounts {
      name
      count
    }
  }
`);
