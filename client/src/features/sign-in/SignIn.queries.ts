import { graphql } from '../../gql/index.js';

/** Signs in and returns the token the client then sends as `Authorization: Bearer …`. */
export const SignInMutation = graphql(/* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        email
        role
      }
    }
  }
`);
