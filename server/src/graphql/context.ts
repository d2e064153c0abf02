import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { Driver, Transaction } from 'neo4j-driver';
import type { LoginLimiter } from '../auth/login-limiter.js';
import type { SignInThrottle } from '../auth/sign-in-throttle.js';
import { viewerFor, type RoleOrAnonymous } from '../auth/roles.js';
import type { Principal, TokenService } from '../auth/tokens.js';
import type { UserStore } from '../auth/users.js';
import type { Logger } from '../logger.js';
import { processDisclosure, type DisclosureControl } from '../privacy/disclosure.js';
import { networkViewer, type Viewer } from '../network/viewer.js';

/** Who sent the request: the verified token's principal (none when anonymous) and the client address. */
export interface RequestAuth {
  readonly principal: Principal | undefined;
  readonly role: RoleOrAnonymous;
  readonly address: string;
}

/**
 * The process's services that depend on who is asking: the account resolvers' and the statistics'
 * rounding (it travels here so the HTTP layer passes one object for both).
 */
export interface AuthServices {
  readonly tokens: TokenService;
  readonly users: UserStore;
  /** Sign-in throttling per address, per (address, account) and per account (auth/sign-in-throttle.ts). */
  readonly signInThrottle: SignInThrottle;
  /** Introduction requests per organisation and per user (same sliding window as logins). */
  readonly introductionLimiter: LoginLimiter;
  /** Rounds the statistics shown below staff (privacy/disclosure.ts), with PONTE_DISCLOSURE_KEY. */
  readonly disclosure?: DisclosureControl;
}

/**
 * The write transaction of a signed-in mutation, opened by the audit plugin before execution and
 * committed together with the audit entry (auth/audit.ts). Custom write resolvers run their Cypher
 * in it through graphql/write.ts `write`, so the data and its audit record commit or roll back together.
 */
export interface RequestTransaction {
  current: Transaction | undefined;
  /**
   * Set by the audit plugin during a signed-in mutation: names more nodes whose changes the
   * write's record must hold, read as they are now (graphql/writes/attribute.ts, auth/audit.ts).
   */
  attribute?: (ids: readonly string[]) => Promise<void>;
}

export const ANONYMOUS: RequestAuth = { principal: undefined, role: 'anonymous', address: 'unknown' };

/** What every resolver receives: the generated ones read executionContext/sessionConfig and jwt. */
export interface PonteContext extends Neo4jGraphQLContext {
  readonly driver: Driver;
  readonly database: string;
  readonly log: Logger;
  /** Who is asking: decides which migrants graph answers may name (docs/architecture.md#who-sees-what). */
  readonly viewer: Viewer;
  readonly auth: RequestAuth;
  readonly services: AuthServices | undefined;
  readonly writeTx: RequestTransaction;
}

/**
 * The context of one request. With `auth`, the viewer follows the role and the verified claims go
 * to @neo4j/graphql as the trusted `jwt` (the library never sees the raw token).
 */
export function createContext(
  driver: Driver,
  database: string,
  log: Logger,
  viewer?: Viewer,
  auth: RequestAuth = ANONYMOUS,
  services?: AuthServices,
): PonteContext {
  return {
    driver,
    database,
    log,
    viewer: viewer ?? (auth === ANONYMOUS ? networkViewer : viewerFor(auth.role)),
    auth,
    services,
    writeTx: { current: undefined },
    executionContext: driver,
    sessionConfig: { database },
    ...(auth.principal ? { jwt: auth.principal.jwt } : {}),
  };
}

/** The context of a request as the HTTP layer builds it: the viewer always follows the role. */
export function requestContext(
  driver: Driver,
  database: string,
  log: Logger,
  auth: RequestAuth,
  services: AuthServices,
): PonteContext {
  return createContext(driver, database, log, viewerFor(auth.role), auth, services);
}

/** The rounding of statistics for this request: the process's, or a random-keyed one (never none). */
export function disclosureOf(context: PonteContext): DisclosureControl {
  return context.services?.disclosure ?? processDisclosure;
}
