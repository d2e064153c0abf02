import { graphql } from '../../gql/index.js';

export const BrokersQuery = graphql(/* GraphQL */ `
  query Brokers($limit: Int, $asOf: Date) {
    brokers(limit: $limit, asOf: $asOf) {
      id
      name
      kind
      country
      score
      crossBorderTies
      italianTies
      moroccanTies
    }
  }
`);

export const NetworkStatsQuery = graphql(/* GraphQL */ `
  query NetworkStats($asOf: Date) {
    networkStats(asOf: $asOf) {
      asOf
      rounded
      actorsByKind {
        name
        count
      }
      tiesByType {
        name
        count
      }
      actorTies
      crossBorderTies
      crossBorderShare
      growth {
        year
        newTies
        activeTies
      }
    }
  }
`);
