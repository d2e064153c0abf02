import { graphql } from '../../gql/index.js';

/** Ponte's regions with their ISO code (to find their boundary) and centroid (where corridors start and end). */
export const MapRegionsQuery = graphql(/* GraphQL */ `
  query MapRegions {
    regions {
      id
      code
      name
      country
      lat
      lon
    }
  }
`);
