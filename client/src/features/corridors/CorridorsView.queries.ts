import { graphql } from '../../gql/index.js';

export const CorridorsQuery = graphql(/* GraphQL */ `
  query Corridors($asOf: Date) {
    corridors(asOf: $asOf) {
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
