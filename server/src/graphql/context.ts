import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';

/** What every resolver receives: the generated ones read executionContext/sessionConfig. */
export interface PonteContext extends Neo4jGraphQLContext {
  readonly driver: Driver;
  readonly database: string;
  readonly log: Logger;
}

export function createContext(driver: Driver, database: string, log: Logger): PonteContext {
  return { driver, database, log, executionContext: driver, sessionConfig: { database } };
}
