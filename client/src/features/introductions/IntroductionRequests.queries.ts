import { graphql } from '../../gql/index.js';

/** A partner asks the staff for an introduction (its one write, docs/architecture.md#writes-and-audit). */
export const RequestIntroductionMutation = graphql(/* GraphQL */ `
  mutation RequestIntroduction($to: ID!, $message: String, $path: [ID!]) {
    requestIntroduction(to: $to, message: $message, path: $path) {
      id
      status
    }
  }
`);

/** The signed-in partner's organisation's requests, newest first. */
export const MyIntroductionRequestsQuery = graphql(/* GraphQL */ `
  query MyIntroductionRequests {
    myIntroductionRequests {
      id
      createdAt
      to
      toName
      message
      status
      path {
        id
        name
        masked
      }
    }
  }
`);
