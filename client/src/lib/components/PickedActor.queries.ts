import { graphql } from '../../gql/index.js';

/** The name of an actor picked earlier (a reloaded URL holds only its id). */
export const ActorNameQuery = graphql(/* GraphQL */ `
  query ActorName($id: ID!) {
    actors(where: { id: { eq: $id } }, limit: 1) {
      id
      name
    }
  }
`);
