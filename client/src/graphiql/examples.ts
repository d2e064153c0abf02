/** What GraphiQL shows first: one operation that works on the seed data and shows the API's shape. */
export const EXAMPLE_QUERY = `# Welcome to Ponte's GraphQL API. Press the run button (or Ctrl-Enter).
# The Docs panel describes every type and field.

query Welcome {
  # Full-text search: accents optional, prefixes and one typo per word allowed.
  search(text: "Hassan II", limit: 5) {
    id
    name
    kind
    country
    score
  }
  # Generated queries: filters, sorting, relationships with their properties.
  associations(where: { country: { eq: IT } }, limit: 5, sort: [{ name: ASC }]) {
    id
    name
    city
    type
    partnersConnection {
      edges {
        properties { ... on PartnersWithTie { since until source kind } }
        node { id name country }
      }
    }
  }
}
`;
