import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';

/**
 * A document whose operation cannot be chosen (several operations and no `operationName`, or an
 * `operationName` it does not hold) is the client's mistake: answer 400 with a message naming the
 * operations it holds. Apollo would go on to execution, whose error passes through every plugin's
 * hooks without an operation (a 500 from any hook that reads it). Must come first in the plugin list.
 */
export function operationChoicePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          throw operationChoiceError(document, request.operationName ?? undefined);
        },
      };
    },
  };
}

export function operationChoiceError(document: DocumentNode, operationName: string | undefined): GraphQLError {
  const names = document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? '(anonymous)'] : [],
  );
  const held = names.length ? `it holds ${names.join(', ')}` : 'it holds no operation';
  const message =
    operationName === undefined
      ? `The document holds ${names.length} operations: pass "operationName" with the one to run (${held}).`
      : `No operation named "${operationName}" in the document (${held}): fix "operationName".`;
  return new GraphQLError(message, {
    extensions: { code: 'OPERATION_RESOLUTION_FAILURE', argument: 'operationName', http: { status: 400 } },
  });
}
