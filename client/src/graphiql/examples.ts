/** What GraphiQL shows first: a query that works on the seed data and shows the API's shape. */
export const EXAMPLE_QUERY = `# Welcome to Ponte's GraphQL API. Press the run button (or Ctrl-Enter).
# The Docs panel on the left describes every type and field.

query FindAnActor {
  search(text: "Hassan II", limit: 5) {
    id
    name
    kind
    country
    score
  }
}

query AssociationsInItaly {
  associations(where: { country: { eq: IT } }, limit: 10, sort: [{ name: ASC }]) {
    id
    name
    city
    type
    partnersConnection {
      edges {
        properties { since until source kind }
        node { id name country }
      }
    }
  }
}
`;
