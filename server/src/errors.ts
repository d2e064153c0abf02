/**
 * Every error Ponte raises on purpose carries one of these codes. GraphQL answers put it in
 * `extensions.code`; the CLI prints it beside the message. Messages name where the problem is
 * (config key, file and record, GraphQL argument) and what to do about it.
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  /** The write would duplicate what exists: a taken id, a tie that is already recorded. */
  Conflict = 'CONFLICT',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  RateLimited = 'RATE_LIMITED',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  ConfigInvalid = 'CONFIG_INVALID',
  RuntimeMissing = 'RUNTIME_MISSING',
  RuntimeFailed = 'RUNTIME_FAILED',
  PortInUse = 'PORT_IN_USE',
  SeedInvalid = 'SEED_INVALID',
  ImportInvalid = 'IMPORT_INVALID',
  /** A whole-graph computation (network analytics) failed in its worker; asking again retries. */
  AnalyticsFailed = 'ANALYTICS_FAILED',
  InternalError = 'INTERNAL_SERVER_ERROR',
}

export class PonteError extends Error {
  readonly code: ErrorCode;
  /**
   * The path of the argument at fault (`limit`, `filter.asOf`, `target.regions`), when the error
   * is about one: GraphQL answers carry it as `extensions.argument` (graphql/errors.ts).
   */
  readonly argument: string | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; argument?: string }) {
    super(message, options);
    this.name = 'PonteError';
    this.code = code;
    this.argument = options?.argument;
  }
}

/** Bad input to a question, naming the argument: `throw badInput('limit must be 1–100', 'limit')`. */
export function badInput(message: string, argument?: string, code: ErrorCode = ErrorCode.BadUserInput): PonteError {
  return new PonteError(code, message, argument ? { argument } : {});
}

export function isPonteError(error: unknown): error is PonteError {
  return error instanceof PonteError;
}
