import { graphql } from '../../gql/index.js';

export const NetworkMetricsQuery = graphql(/* GraphQL */ `
  query NetworkMetrics($asOf: Date, $ids: [ID!], $community: ID, $orderBy: NetworkMetric, $limit: Int, $offset: Int) {
    networkMetrics(asOf: $asOf, ids: $ids, community: $community, orderBy: $orderBy, limit: $limit, offset: $offset) {
      asOf
      nodeCount
      tieCount
      communityCount
      modularity
      betweennessExact
      betweennessPivots
      betweennessErrorBound
      total
      nodes {
        id
        name
        kind
        country
        masked
        rank
        degree
        weightedDegree
        pageRank
        betweenness
        community
      }
    }
  }
`);

export const CommunitiesQuery = graphql(/* GraphQL */ `
  query Communities($asOf: Date, $limit: Int, $membersLimit: Int) {
    communities(asOf: $asOf, limit: $limit, membersLimit: $membersLimit) {
      id
      size
      internalTies
      kinds {
        name
        count
      }
      countries {
        name
        count
      }
      members {
        id
        name
        kind
        masked
      }
    }
  }
`);

export const BrokerageQuery = graphql(/* GraphQL */ `
  query Brokerage($limit: Int, $orientation: BrokerageOrientation, $asOf: Date) {
    brokers(limit: $limit, asOf: $asOf) {
      id
      name
      kind
      country
      masked
      score
      crossBorderTies
      brokerage(orientation: $orientation) {
        group
        twoSteps
        crossGroupShare
        counts {
          coordinator
          itinerant
          representative
          gatekeeper
          liaison
        }
      }
    }
  }
`);
