import { graphql } from '../../gql/index.js';

/**
 * One page of the directory: the generated `actorsConnection` (cursor pagination, `totalCount`,
 * sorting, `where` built by directory.ts). Migrants come back only as the viewer's role allows.
 */
export const DirectoryPageQuery = graphql(/* GraphQL */ `
  query DirectoryPage($where: ActorWhere, $sort: [ActorSort!], $first: Int!, $after: String) {
    actorsConnection(where: $where, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          __typename
          id
          name
          country
          city
          tags
          basedIn {
            id
            name
          }
        }
      }
    }
  }
`);

/** The ids the full-text index finds for the directory's search words (accent-folding, fuzzy). */
export const DirectorySearchQuery = graphql(/* GraphQL */ `
  query DirectorySearch($text: String!, $kinds: [NodeKind!], $limit: Int) {
    search(text: $text, kinds: $kinds, limit: $limit) {
      id
    }
  }
`);

/** The regions for the region filter, Italian then Moroccan. */
export const DirectoryRegionsQuery = graphql(/* GraphQL */ `
  query DirectoryRegions {
    regions(sort: [{ country: ASC }, { name: ASC }]) {
      id
      name
      country
    }
  }
`);
