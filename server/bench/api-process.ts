/** The API as the benchmarks drive it: its own process, signed-in roles, one GraphQL call. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { UserStore } from '../src/auth/users.js';
import { freePort } from '../src/neo4j-runtime/ports.js';
import { repoRoot } from '../src/paths.js';
import type { ROLES_MEASURED } from './record.js';

export type MeasuredRole = (typeof ROLES_MEASURED)[number];

export interface ApiProcess {
  readonly base: string;
  readonly child: ChildProcess;
}

/** `npm start`'s entry point on a free port with `env`, resolved once /ready answers. */
export async function startApiProcess(env: NodeJS.ProcessEnv, nodeArgs: readonly string[] = []): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', path.join(repoRoot, 'server/src/cli/start.ts')],
    { cwd: repoRoot, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/ready`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error('the API did not become ready within 90 s');
}

/** One GraphQL request; throws the first GraphQL error's message (or the HTTP status). */
export async function gql(
  base: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<unknown> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  const body = (await res.json()) as { errors?: Array<{ message: string }> };
  if (!res.ok || body.errors) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body;
}

/** One token per measured role (none for anonymous); the accounts are made as the tests make them. */
export async function signInRoles(
  driver: Driver,
  database: string,
  base: string,
): Promise<Record<MeasuredRole, string | undefined>> {
  const users = new UserStore(driver, database);
  const out: Record<MeasuredRole, string | undefined> = { anonymous: undefined, analyst: undefined, staff: undefined };
  for (const role of ['analyst', 'staff'] as const) {
    const email = `bench-${role}@ponte.example`;
    const password = `bench ${role} password`;
    await users.upsert({ email, password, role });
    const body = (await gql(
      base,
      undefined,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    )) as { data?: { login?: { token?: string } } };
    out[role] = body.data?.login?.token;
    if (!out[role]) throw new Error(`the benchmark could not sign in as ${role}: ${JSON.stringify(body)}`);
  }
  return out;
}

/** A process's resident memory in bytes (0 when it is gone). */
export function rssOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}
