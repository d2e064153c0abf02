import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DATABASE_UNAVAILABLE_ERROR, isDatabaseUnavailable } from '../db/driver.js';
import { ErrorCode, isPonteError } from '../errors.js';
import type { Logger } from '../logger.js';

/** A GraphQL error with a code, for resolvers: `throw userError('limit must be 1–100', 'limit')`. */
export function userError(message: string, argument?: string, code: ErrorCode = ErrorCode.BadUserInput): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(argument ? { argument } : {}) } });
}

/** Codes whose messages were written for users and can be shown as they are. */
const SAFE_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  ErrorCode.Forbidden,
  ErrorCode.Unauthenticated,
  ErrorCode.RateLimited,
  ErrorCode.DatabaseUnavailable,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo's formatError: database outages become DATABASE_UNAVAILABLE, errors we raised keep their
 * message and code, and anything else is logged in full and answered without internals (no stack
 * traces, no Cypher, no driver messages).
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (isDatabaseUnavailable(original)) {
      return { ...base, ...DATABASE_UNAVAILABLE_ERROR };
    }
    if (isPonteError(original)) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...(original.argument ? { argument: original.argument } : {}) },
      };
    }
    // @neo4j/graphql's authentication and authorization refusals (@authentication, @authorization
    // validate): a coded answer that names no rule. The auth plugin turns UNAUTHENTICATED into
    // FORBIDDEN when the request was signed in.
    const libraryError = libraryAuthError(original);
    if (libraryError) {
      return {
        ...base,
        message:
          libraryError === ErrorCode.Forbidden
            ? 'Your role may not read or change this.'
            : 'Sign in with a role that may read or change this.',
        extensions: { code: libraryError },
      };
    }
    const code = String(formatted.extensions?.code ?? '');
    if (SAFE_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions };
    }
    // The library's own input checks (e.g. a bad enum in a `where`) arrive as plain GraphQLErrors
    // without a code: keep their message, which names the field, and call them bad input. So do
    // graphql-js's and Apollo's refusals of a request (a subscription, which Ponte has none of; a
    // persisted-query hash that does not match). Compared by name, not instanceof: the process
    // holds two copies of graphql-js (the schema's CommonJS one and the ES module one).
    if (isGraphQLError(original) && original.originalError === undefined) {
      return { ...base, extensions: { code: ErrorCode.BadUserInput } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return { ...base, message: 'Internal error; it has been logged.', extensions: { code: ErrorCode.InternalError } };
  };
}

function libraryAuthError(error: unknown): ErrorCode | undefined {
  // The library does not export its error classes; their constructors' names are stable.
  if (!(error instanceof Error)) return undefined;
  const name = error.constructor.name;
  if (name === 'Neo4jGraphQLForbiddenError') return ErrorCode.Forbidden;
  if (name === 'Neo4jGraphQLAuthenticationError') return ErrorCode.Unauthenticated;
  if (name === 'Neo4jGraphQLError' && error.message === 'Unauthenticated') return ErrorCode.Unauthenticated;
  return undefined;
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');
}
