import { graphql } from '../../gql/index.js';

export const OpportunityMatchesQuery = graphql(/* GraphQL */ `
  query OpportunityMatches($migrantId: ID!, $limit: Int, $asOf: Date) {
    opportunityMatches(migrantId: $migrantId, limit: $limit, asOf: $asOf) {
      score
      reasons
      reasonParts {
        ...ReasonFields # Reasons.queries.ts
      }
      opportunity {
        id
        name
        type
        sector
        country
        city
        closes
      }
      path {
        hops
        why
        whyParts {
          ...HopReasonFields # Reasons.queries.ts
        }
      }
    }
  }
`);

export const SupportMatchesQuery = graphql(/* GraphQL */ `
  query SupportMatches($projectId: ID!, $limit: Int, $asOf: Date) {
    supportMatches(projectId: $projectId, limit: $limit, asOf: $asOf) {
      score
      services
      reasons
      reasonParts {
        ...ReasonFields # Reasons.queries.ts
      }
      provider {
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
      }
    }
  }
`);

export const ReturnProjectsQuery = graphql(/* GraphQL */ `
  query ReturnProjects {
    returnProjects(sort: [{ name: ASC }]) {
      id
      name
    }
  }
`);
