import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { RoleOrAnonymous } from '../auth/roles.js';
import { ErrorCode } from '../errors.js';
import type { PonteContext } from '../graphql/context.js';
import { ROUNDING_BASE } from '../privacy/disclosure.js';
import { staffOnlyFields } from '../graphql/restricted-schema.js';

// graphql-js words an unknown input field (in a literal, a variable default or a variable's value)
// and an unknown selection like this; only the type and field names are read from the message.
const UNKNOWN_INPUT_FIELD = /Field "(\w+)" is not defined by type "(\w+)"/;
const UNKNOWN_SELECTION = /Cannot query field "(\w+)" on type "(\w+)"/;

/** `Type.field` when `message` refuses a field that exists only in the staff's schema. */
export function staffOnlyFieldIn(full: GraphQLSchema, message: string): string | undefined {
  const { inputFields, outputFields } = staffOnlyFields(full);
  const input = UNKNOWN_INPUT_FIELD.exec(message);
  if (input && inputFields.get(input[2]!)?.has(input[1]!)) return `${input[2]}.${input[1]}`;
  const selection = UNKNOWN_SELECTION.exec(message);
  if (selection && outputFields.get(selection[2]!)?.has(selection[1]!)) return `${selection[2]}.${selection[1]}`;
  return undefined;
}

export function staffOnlyRefusal(
  role: RoleOrAnonymous,
  field: string,
  original: GraphQLFormattedError,
): GraphQLFormattedError {
  const what = field.endsWith('.aggregate')
    ? 'Aggregates over connections whose nodes can be migrants'
    : 'Filters through relationships to migrants';
  return {
    message:
      `${field} is not in your role's schema: ${what} are staff-only, because their answers could depend on people hidden from you (docs/privacy.md). ` +
      `Count with networkStats, corridors or actorCounts (their figures are rounded to multiples of ${ROUNDING_BASE}), or read the rows you may see and their totalCount.`,
    ...(original.locations ? { locations: original.locations } : {}),
    extensions: { code: role === 'anonymous' ? ErrorCode.Unauthenticated : ErrorCode.Forbidden, field },
  };
}

/**
 * On the restricted schema a staff-only field is simply unknown, which says nothing about why.
 * This recognises those refusals by the full schema's names and answers with the reason and what
 * to use instead, coded like any other refusal by role (403).
 */
export function staffOnlyRefusalPlugin(full: GraphQLSchema): ApolloServerPlugin<PonteContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          let refused = 0;
          response.body.singleResult.errors = errors.map((e) => {
            const field = staffOnlyFieldIn(full, e.message);
            if (!field) return e;
            refused += 1;
            return staffOnlyRefusal(contextValue.auth.role, field, e);
          });
          if (refused === errors.length) response.http.status = 403;
        },
      };
    },
  };
}
