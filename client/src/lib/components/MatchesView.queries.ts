import { graphql } from '../../gql/index.js';

export const OpportunityMatchesQuery = graphql(/* GraphQL */ `
  query OpportunityMatches($migrantId: ID!, $limit: Int) {
    opportunityMatches(migrantId: $migrantId, limit: $limit) {
      score
      reasons
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
      }
    }
  }
`);

export const SupportMatchesQuery = graphql(/* GraphQL */ `
  query SupportMatches($projectId: ID!, $limit: Int) {
    supportMatches(projectId: $projectId, limit: $limit) {
      score
      services
      reasons
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
