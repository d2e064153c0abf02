import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { permissionsOf } from '../auth/roles.js';
import { ErrorCode } from '../errors.js';
import type { PonteContext } from '../graphql/context.js';

/** Whether an operation asks for the schema (`__schema` or `__type`; `__typename` is fine). */
export function isIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Two request-wide rules of docs/architecture.md#who-sees-what that no resolver sees:
 * - in production, introspection (so GraphiQL's schema and docs) needs a signed-in user;
 * - @neo4j/graphql says "Unauthenticated" for every refused rule; a signed-in user whose role
 *   lacks the right gets FORBIDDEN instead, which tells the client that signing in again is useless.
 */
export function authPlugin(env: string): ApolloServerPlugin<PonteContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (env === 'production' && !permissionsOf(contextValue.auth.role).introspect && isIntrospection(document)) {
            throw new GraphQLError('Sign in to read the schema.', {
              extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
            });
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.auth.principal || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code === ErrorCode.Unauthenticated
              ? {
                  ...e,
                  message: `Your role (${contextValue.auth.role}) may not read or change this.`,
                  extensions: { ...e.extensions, code: ErrorCode.Forbidden },
                }
              : e,
          );
        },
      };
    },
  };
}
