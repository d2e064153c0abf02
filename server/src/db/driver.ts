import neo4j, { type Driver } from 'neo4j-driver';
import { ErrorCode } from '../errors.js';

export interface DriverSettings {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
}

/**
 * One driver per process. `neo4j://` URIs route (reads go to followers/read replicas of a cluster,
 * writes to the leader); `bolt://` talks to one server directly. Retries are capped low so that a
 * request during a database outage fails within seconds with DATABASE_UNAVAILABLE instead of
 * hanging for the driver's default 30 s.
 */
export function createDriver(settings: DriverSettings): Driver {
  const auth = settings.password ? neo4j.auth.basic(settings.username, settings.password) : undefined;
  return neo4j.driver(settings.uri, auth, {
    maxTransactionRetryTime: 5_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: 'ponte/0.1',
  });
}

const SOCKET_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'EPIPE', 'ECONNRESET']);

/** What a request the database could not serve is told, wherever it failed (HTTP, plugin, resolver). */
export const DATABASE_UNAVAILABLE_ERROR = {
  message: 'The database is unavailable right now; try again in a few seconds.',
  extensions: { code: ErrorCode.DatabaseUnavailable },
} as const;
/** The Retry-After of a 503 answered when the database is away (HTTP layer, audited writes). */
export const DATABASE_RETRY_AFTER_SECONDS = '5';

/** Neo4j error codes that mean "the database is not there right now", not "your query is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const code = (error as { code?: unknown }).code;
  const name = (error as { name?: unknown }).name;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return true;
  if (
    typeof code === 'string' &&
    (code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
      code === 'Neo.ClientError.Database.DatabaseNotFound' ||
      // The driver's "Failed to connect to server" carries the socket's code: refused while Neo4j
      // is down, EPIPE or ECONNRESET when it goes away under a request (seen in the soak,
      // docs/operations.md#reliability-soak).
      SOCKET_CODES.has(code))
  )
    return true;
  const cause = (error as { cause?: unknown }).cause;
  return name === 'Neo4jError' && cause !== undefined && cause !== error ? isDatabaseUnavailable(cause) : false;
}
