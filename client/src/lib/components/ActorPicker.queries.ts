import { graphql } from '../../gql/index.js';

/** Ranked full-text matches for the search box, of the kinds the box picks. */
export const SearchActorsQuery = graphql(/* GraphQL */ `
  query SearchActors($text: String!, $limit: Int, $kinds: [NodeKind!]) {
    search(text: $text, limit: $limit, kinds: $kinds) {
      id
      name
      kind
      country
      city
      score
      matchedName
    }
  }
`);
