import { graphql } from '../../gql/index.js';

export const IntroductionsQuery = graphql(/* GraphQL */ `
  query Introductions($from: ID!, $target: ActorQuery!, $maxHops: Int, $limit: Int, $asOf: Date) {
    introductions(from: $from, target: $target, maxHops: $maxHops, limit: $limit, asOf: $asOf) {
      score
      reasons
      reasonParts {
        ...ReasonFields # Reasons.queries.ts
      }
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
        whyParts {
          ...HopReasonFields # Reasons.queries.ts
        }
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
