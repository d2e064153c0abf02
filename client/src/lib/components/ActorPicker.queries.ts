import { graphql } from '../../gql/index.js';

/** Ranked full-text matches for the search box. */
export const SearchActorsQuery = graphql(/* GraphQL */ `
  query SearchActors($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      id
      name
      kind
      country
      city
      score
    }
  }
`);
