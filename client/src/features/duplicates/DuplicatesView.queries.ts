import { graphql } from '../../gql/index.js';

export const DuplicateCandidatesQuery = graphql(/* GraphQL */ `
  query DuplicateCandidates($kinds: [ActorKind!], $minScore: Float, $limit: Int) {
    duplicateCandidates(kinds: $kinds, minScore: $minScore, limit: $limit) {
      a {
        id
        name
        kind
        country
        city
        altNames
        ties
      }
      b {
        id
        name
        kind
        country
        city
        altNames
        ties
      }
      score
      reasons
      reasonParts {
        ...ReasonFields # Reasons.queries.ts
      }
    }
  }
`);

export const DismissDuplicateMutation = graphql(/* GraphQL */ `
  mutation DismissDuplicate($a: ID!, $b: ID!) {
    dismissDuplicate(a: $a, b: $b) {
      a
      b
      at
    }
  }
`);

export const MergeActorsMutation = graphql(/* GraphQL */ `
  mutation MergeActors($keep: ID!, $drop: ID!) {
    mergeActors(keep: $keep, drop: $drop) {
      kept
      dropped
      tiesMoved
      tiesMerged
      tiesDropped
      fieldsCopied
    }
  }
`);
