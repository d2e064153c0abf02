import { graphql } from '../../gql/index.js';

/** An explanation in parts (schema/typedefs/reasons.graphql), for i18n/reasons.ts to write in the interface language. */
export const ReasonFieldsFragment = graphql(/* GraphQL */ `
  fragment ReasonFields on Reason {
    code
    params {
      name
      type
      values
    }
  }
`);

/** One hop of a path in parts: the sentence and what is known of the tie. */
export const HopReasonFieldsFragment = graphql(/* GraphQL */ `
  fragment HopReasonFields on HopReason {
    code
    params {
      name
      type
      values
    }
    details {
      ...ReasonFields
    }
  }
`);
