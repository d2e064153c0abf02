import type { Config } from '../config/config.js';
import { LocalNeo4j } from './local-neo4j.js';

export function localNeo4jFromConfig(config: Config, log?: (msg: string) => void): LocalNeo4j {
  return new LocalNeo4j(config.localNeo4j, log);
}
