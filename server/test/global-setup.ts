// Owns the test database for a vitest run: NEO4J_TEST_URI when set, otherwise a throwaway local
// Neo4j with its own free port and its own data folder (.neo4j/test-<pid>), so tests never touch
// the development database. It is destroyed when the run ends.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { LocalNeo4j } from '../src/neo4j-runtime/local-neo4j.js';
import { freePort } from '../src/neo4j-runtime/ports.js';
import { repoRoot } from '../src/paths.js';

interface SharedState {
  local?: LocalNeo4j;
  uri?: Promise<string>;
  users: number;
}

// On globalThis: each vitest project may load this module afresh (and run it concurrently), but
// all of them share one instance.
const holder = globalThis as typeof globalThis & { __ponteTestNeo4j?: SharedState };
const state: SharedState = (holder.__ponteTestNeo4j ??= { users: 0 });

async function startLocal(): Promise<string> {
  const started = Date.now();
  // Up to 5 minutes to start: on the shared machine several Neo4j and test runs compete for CPU.
  const local = new LocalNeo4j(
    {
      home: path.join(repoRoot, '.neo4j', `test-${process.pid}`),
      boltPort: await freePort(),
      heap: process.env.PONTE_TEST_NEO4J_HEAP ?? '768m',
      pageCache: '128m',
    },
    undefined,
    { startTimeoutMs: 300_000 },
  );
  state.local = local;
  process.once('exit', () => local.killSync());
  await local.start();
  console.log(`[tests] throwaway Neo4j on ${local.uri} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return local.uri;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  state.users += 1;
  const uri = process.env.NEO4J_TEST_URI ?? (await (state.uri ??= startLocal()));
  project.provide('neo4jUri', uri);
  project.provide('neo4jDatabase', process.env.NEO4J_TEST_DATABASE ?? 'neo4j');
  return async () => {
    state.users -= 1;
    if (state.users === 0 && state.local) {
      await state.local.destroy();
      state.local = undefined;
      state.uri = undefined;
    }
  };
}
