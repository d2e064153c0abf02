import { graphql } from '../../gql/index.js';

/** What two or more actors have in common (shared neighbours and events), as of a day. */
export const CommonConnectionsQuery = graphql(/* GraphQL */ `
  query CommonConnections($ids: [ID!]!, $limit: Int, $asOf: Date) {
    commonConnections(ids: $ids, limit: $limit, asOf: $asOf) {
      node {
        id
        name
        kind
        country
        masked
      }
      via
      sharedBy
      ties {
        id
        type
        from
        to
        since
        until
      }
    }
  }
`);
