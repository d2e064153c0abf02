import { graphql } from '../../gql/index.js';

/** How many actors of each kind the graph holds (generated connection aggregates). */
export const ActorCountsQuery = graphql(/* GraphQL */ `
  query ActorCounts {
    actors: actorsConnection {
      aggregate {
        count {
          nodes
        }
      }
    }
    migrants: migrantsConnection {
      aggregate {
        count {
          nodes
        }
      }
    }
    associations: associationsConnection {
      aggregate {
        count {
          nodes
        }
      }
    }
    firms: firmsConnection {
      aggregate {
        count {
          nodes
        }
      }
    }
    publicAdministrations: publicAdministrationsConnection {
      aggregate {
        count {
          nodes
        }
      }
    }
    funders: fundersConnection {
      aggregate {
        count {
          nodes
        }
      }
    }
  }
`);
