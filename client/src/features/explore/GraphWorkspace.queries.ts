import { graphql } from '../../gql/index.js';

/** What a canvas draws of a subgraph: the Explore canvas and the actor page's mini-graph. */
export const SubgraphFieldsFragment = graphql(/* GraphQL */ `
  fragment SubgraphFields on Subgraph {
    nodes {
      id
      name
      kind
      country
      city
      masked
      degree
      activeFrom
      activeTo
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
`);

/** The subgraph around the actors on the canvas (expand, reload, filter changes). */
export const NeighbourhoodQuery = graphql(/* GraphQL */ `
  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: GraphFilter, $limit: Int) {
    neighbourhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {
      ...SubgraphFields
    }
  }
`);

/** One actor's ties within a filter, as the server counts them (the details panel's filtered count). */
export const TieCountQuery = graphql(/* GraphQL */ `
  query TieCount($ids: [ID!]!, $filter: GraphFilter) {
    neighbourhood(ids: $ids, depth: 1, filter: $filter, limit: 1) {
      nodes {
        id
        degree
      }
    }
  }
`);
