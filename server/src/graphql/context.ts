import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { networkViewer, type Viewer } from './viewer.js';

/** What every resolver receives: the generated ones read executionContext/sessionConfig. */
export interface PonteContext extends Neo4jGraphQLContext {
  readonly driver: Driver;
  readonly database: string;
  readonly log: Logger;
  /** Who is asking: decides which migrants graph answers may name (DESIGN §5). */
  readonly viewer: Viewer;
}

export function createContext(driver: Driver, database: string, log: Logger, viewer: Viewer = networkViewer): PonteContext {
  return { driver, database, log, viewer, executionContext: driver, sessionConfig: { database } };
}
