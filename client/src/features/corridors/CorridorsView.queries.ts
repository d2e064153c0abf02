import { graphql } from '../../gql/index.js';

export const CorridorsQuery = graphql(/* GraphQL */ `
  query Corridors {
    corridors {
      italianRegion
      italianRegionId
      moroccanRegion
      moroccanRegionId
      migrants
      associations
      projects
      folded
    }
  }
`);
