import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place (server/src/paths.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const paths = {
  schemaTypeDefs: path.join(repoRoot, 'schema', 'typedefs'),
  schemaGenerated: path.join(repoRoot, 'schema', 'generated', 'schema.graphql'),
  modelGenerated: path.join(repoRoot, 'schema', 'generated', 'model.ts'),
  /** What anonymous visitors, analysts and partners are served (graphql/restricted-schema.ts). */
  schemaGeneratedRestricted: path.join(repoRoot, 'schema', 'generated', 'schema-restricted.graphql'),
  seedData: path.join(repoRoot, 'seeds', 'data'),
  clientDist: path.join(repoRoot, 'client', 'dist'),
  clientRoot: path.join(repoRoot, 'client'),
  runtimePom: path.join(repoRoot, 'server', 'neo4j', 'pom.xml'),
  runtimeCache: path.join(repoRoot, '.neo4j', 'runtime'),
} as const;
