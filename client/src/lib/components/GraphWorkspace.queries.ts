import { graphql } from '../../gql/index.js';

/** The subgraph around the actors on the canvas (expand, reload, filter changes). */
export const NeighbourhoodQuery = graphql(/* GraphQL */ `
  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: GraphFilter, $limit: Int) {
    neighbourhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {
      nodes {
        id
        name
        kind
        country
        city
        masked
        degree
      }
      edges {
        id
        type
        from
        to
        since
        until
        source
        confidence
        crossesBorder
      }
      truncated
    }
  }
`);
