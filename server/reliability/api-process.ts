import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Role } from '../src/auth/roles.js';
import { freePort } from '../src/neo4j-runtime/ports.js';
import { repoRoot } from '../src/paths.js';

export interface ApiProcess {
  readonly base: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The API as its own OS process (what a deployment runs), on a Neo4j given by URI. */
export async function startApiProcess(
  neo4jUri: string,
  env: Record<string, string> = {},
  readyWithinMs = 60_000,
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server/src/cli/start.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      PONTE_SEED: 'never',
      PONTE_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API process exited with code ${child.exitCode} before it was ready`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API process did not become ready within ${readyWithinMs / 1000} s`);
    }
    try {
      if ((await fetch(`${base}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    child,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

export interface GqlOutcome {
  readonly status: number;
  readonly text: string;
  readonly body?: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

export async function postGraphql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlOutcome> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GqlOutcome['body'];
  try {
    body = JSON.parse(text) as GqlOutcome['body'];
  } catch {
    body = undefined;
  }
  return { status: res.status, text, ...(body ? { body } : {}) };
}

/** A staff account written straight into the database, signed in through the API: its bearer header. */
export function staffHeaders(base: string, neo4jUri: string, database = 'neo4j'): Promise<Record<string, string>> {
  return signedInHeaders(base, neo4jUri, 'staff', database);
}

/**
 * An account of `role` written straight into the database, signed in through the API: its bearer
 * header. Every API process that is to accept the token must share PONTE_JWT_SECRET.
 */
export async function signedInHeaders(
  base: string,
  neo4jUri: string,
  role: Role,
  database = 'neo4j',
): Promise<Record<string, string>> {
  const { createDriver } = await import('../src/db/driver.js');
  const { UserStore } = await import('../src/auth/users.js');
  const driver = createDriver({ uri: neo4jUri, username: 'neo4j', password: '' });
  const email = `reliability-${role}@ponte.example`;
  const password = `reliability ${role} password`;
  try {
    await new UserStore(driver, database).upsert({ email, password, role });
  } finally {
    await driver.close();
  }
  const res = await postGraphql(
    base,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  const token = (res.body?.data as { login?: { token?: string } } | undefined)?.login?.token;
  if (!token) throw new Error(`${role} login failed: ${res.text.slice(0, 200)}`);
  return { authorization: `Bearer ${token}` };
}
