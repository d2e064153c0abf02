import { graphql } from '../../gql/index.js';

/** Ranked paths between two actors, each explained hop by hop. */
export const PathsQuery = graphql(/* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $filter: GraphFilter) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, filter: $filter) {
      hops
      score
      crossesBorder
      why
      whyParts {
        ...HopReasonFields # Reasons.queries.ts
      }
      nodes {
        id
        name
        kind
        country
        masked
      }
      edges {
        type
        from
        to
        forward
        since
        until
        source
        confidence
        evidence {
          ...SourceFields # features/actor/ActorPage.queries.ts
        }
      }
    }
  }
`);
