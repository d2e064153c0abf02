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
  InternalError = 'INTERNAL_SERVER_ERROR',
}

export class PonteError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PonteError';
    this.code = code;
  }
}

export function isPonteError(error: unknown): error is PonteError {
  return error instanceof PonteError;
}
