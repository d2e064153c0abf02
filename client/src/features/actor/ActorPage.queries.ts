import { graphql } from '../../gql/index.js';

/**
 * An actor's own fields, through the generated API so that its authorization rules apply: a
 * migrant the viewer may not see is simply absent. The personal fields are asked for only when the
 * viewer is staff (`$personal`): for anyone else the API refuses them, and the whole answer with them.
 */
export const ActorPageQuery = graphql(/* GraphQL */ `
  query ActorPage($id: ID!, $personal: Boolean!) {
    actors(where: { id: { eq: $id } }, limit: 1) {
      __typename
      id
      name
      altNames
      country
      city
      description
      website
      tags
      services
      evidence {
        ...SourceFields
      }
      synthetic
      updatedAt
      basedIn {
        id
        name
      }
      attended(sort: [{ date: DESC }], limit: 50) {
        id
        name
        type
        date
        city
      }
      supports(limit: 50) {
        id
        name
        stage
        sector
      }
      offers(limit: 50) {
        id
        name
        type
        closes
      }
      ... on Migrant {
        status
        education
        fieldOfStudy
        skills
        languages
        occupation
        underemployed
        consent
        fullName @include(if: $personal)
        email @include(if: $personal)
        phone @include(if: $personal)
        birthYear @include(if: $personal)
        originatesFrom {
          id
          name
        }
        leads {
          id
          name
          stage
          sector
        }
      }
      ... on Association {
        type
        foundedYear
        declaredMembers
      }
      ... on Firm {
        sector
        size
      }
      ... on PublicAdministration {
        level
      }
      ... on Funder {
        funderType
        instruments
      }
    }
  }
`);

/**
 * The actor's ties of every type, geographic ones included, with the nodes at their other end: the
 * ties list and the mini-graph. `neighbourhood` masks the people the viewer may not name.
 */
export const ActorTiesQuery = graphql(/* GraphQL */ `
  query ActorTies($id: ID!, $types: [TieType!]!) {
    neighbourhood(ids: [$id], depth: 1, limit: 300, filter: { relationshipTypes: $types }) {
      ...SubgraphFields # GraphWorkspace.queries.ts
      edges {
        id
        evidence {
          ...SourceFields
        }
      }
    }
  }
`);

/** A source as the actor page and the paths panel show it (lib/components/SourceList.svelte). */
export const SourceFields = graphql(/* GraphQL */ `
  fragment SourceFields on Source {
    title
    url
    reference
    publisher
    date
    quote
    page
  }
`);

/** Sets one field of a node or a tie back to its value before an audit entry (staff); audited itself. */
export const RevertChangeMutation = graphql(/* GraphQL */ `
  mutation RevertChange($auditId: ID!, $id: ID!, $field: String!, $tie: ChangedTieInput) {
    revertChange(auditId: $auditId, id: $id, field: $field, tie: $tie) {
      id
      field
      from
      to
    }
  }
`);
