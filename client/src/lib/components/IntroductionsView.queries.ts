import { graphql } from '../../gql/index.js';

export const IntroductionsQuery = graphql(/* GraphQL */ `
  query Introductions($from: ID!, $target: ActorQuery!, $maxHops: Int, $limit: Int) {
    introductions(from: $from, target: $target, maxHops: $maxHops, limit: $limit) {
      score
      reasons
      target {
        id
        name
        kind
        country
        masked
      }
      path {
        hops
        why
        nodes {
          id
          masked
        }
      }
    }
  }
`);

export const RegionsQuery = graphql(/* GraphQL */ `
  query Regions {
    regions(sort: [{ name: ASC }]) {
      id
      name
      country
    }
  }
`);
