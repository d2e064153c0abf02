// npm run bench:api [-- --concurrency 8 --duration 10 --warmup 2 --label NAME --only WORD[,WORD]]
// Measures the API against the graph currently in the database (NEO4J_URI, or the local Neo4j of
// PONTE_NEO4J_HOME): each operation over HTTP through a separate API process, next to the same
// work as plain Cypher through the driver and to `{ __typename }`, in the same run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/cli/database.js';
import { freePort } from '../src/neo4j-runtime/ports.js';
import { repoRoot } from '../src/paths.js';
import { runLoad, seededRandom } from './load.js';
import { operations, sampleGraph, TYPENAME, type Picker } from './operations.js';
import { benchArgs, graphScale, loadOptions, loadSummary, recordHead, writeRecord } from './record.js';
import { ratio, type LatencySummary } from './stats.js';

const { values: args } = parseArgs({
  options: {
    ...benchArgs({ concurrency: '8', duration: '10', label: 'api' }),
    // Only the operations whose name contains one of these words (`{ __typename }` always runs:
    // the table's last column is relative to it).
    only: { type: 'string' },
  },
});
const only = args.only
  ?.split(',')
  .map((w) => w.trim().toLowerCase())
  .filter((w) => w !== '');
const load = loadOptions(args, 200_000);

const db = await openDatabase();
const { driver, database, uri } = db;

const port = await freePort();
const api = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server/src/cli/start.ts')], {
  cwd: repoRoot,
  env: {
    ...process.env,
    NEO4J_URI: uri,
    PORT: String(port),
    PONTE_SEED: 'never',
    PONTE_RATE_LIMIT: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  await waitReady(base);
  const scale = await graphScale(driver, database);
  const sample = await sampleGraph(driver, database);
  // Staff, as the people who query GraphQL directly are: every field answers, migrants unmasked.
  const { UserStore } = await import('../src/auth/users.js');
  await new UserStore(driver, database).upsert({
    email: 'bench-staff@ponte.example',
    password: 'bench staff password',
    role: 'staff',
  });
  const loginRes = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(email: "bench-staff@ponte.example", password: "bench staff password") { token } }',
    }),
  });
  const token = ((await loginRes.json()) as { data?: { login?: { token?: string } } }).data?.login?.token;
  if (!token) throw new Error('the benchmark could not sign in as staff');
  const rssAtRest = rssOf(api.pid!);

  const rows: Array<{ name: string; api: LatencySummary; cypher?: LatencySummary }> = [];
  let rssUnderLoad = 0;
  for (const op of operations(sample).filter(
    (o) => !only || o === TYPENAME || only.some((w) => o.name.toLowerCase().includes(w)),
  )) {
    const rand = seededRandom(Number(args.seed));
    const pick: Picker = (list) => list[Math.floor(rand() * list.length)]!;
    const sampler = setInterval(() => (rssUnderLoad = Math.max(rssUnderLoad, rssOf(api.pid!))), 500);
    const apiSummary = await runLoad(async () => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: op.graphql.query, variables: op.graphql.variables(pick) }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (!res.ok || body.errors) throw new Error(JSON.stringify(body.errors ?? res.status));
    }, load);
    clearInterval(sampler);
    let cypherSummary: LatencySummary | undefined;
    if (op.cypher) {
      const cypher = op.cypher;
      const rand2 = seededRandom(Number(args.seed));
      const pick2: Picker = (list) => list[Math.floor(rand2() * list.length)]!;
      cypherSummary = await runLoad(async () => {
        await driver.executeQuery(cypher.query, cypher.params(pick2), { database, routing: 'READ' });
      }, load);
    }
    rows.push({ name: op.name, api: apiSummary, ...(cypherSummary ? { cypher: cypherSummary } : {}) });
    console.error(`measured: ${op.name}`);
  }

  const heap = await neo4jMemory();
  const typename = rows.find((r) => r.name === TYPENAME.name)!.api;
  const meta = {
    ...recordHead(args.label),
    scale,
    load: loadSummary(load),
    memory: { apiRssAtRestMb: mb(rssAtRest), apiRssUnderLoadMb: mb(rssUnderLoad), neo4j: heap },
  };
  const table = renderTable(rows, typename);
  console.log(
    `\nPonte API benchmark — ${meta.date}, commit ${meta.commit}\n${meta.machine}\nscale: ${scale.actors} actors, ${scale.ties} ties; ${load.concurrency} concurrent clients, ${load.durationMs / 1000} s per operation\n`,
  );
  console.log(table);
  console.log(
    `\nAPI RSS: ${meta.memory.apiRssAtRestMb} MB at rest, ${meta.memory.apiRssUnderLoadMb} MB under load; Neo4j: ${JSON.stringify(heap)}`,
  );
  await writeRecord(
    args.label,
    { ...meta, rows },
    `# ${args.label}\n\n${meta.date}, commit ${meta.commit}; ${meta.machine}; ${scale.actors} actors, ${scale.ties} ties; ${load.concurrency} concurrent clients, ${load.durationMs / 1000} s per operation after ${load.warmupMs / 1000} s warm-up.\n\n${table}\n\nAPI process RSS: ${meta.memory.apiRssAtRestMb} MB at rest, ${meta.memory.apiRssUnderLoadMb} MB under load. Neo4j: ${JSON.stringify(heap)}.\n`,
  );
} finally {
  api.kill('SIGTERM');
  await db.close();
}

function renderTable(
  rows: Array<{ name: string; api: LatencySummary; cypher?: LatencySummary }>,
  typename: LatencySummary,
): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const lines = [
    '| operation | API p50 ms | p95 | p99 | API ops/s | errors | Cypher p50 ms | p95 | Cypher ops/s | API/Cypher p50 | ops/s vs `{ __typename }` |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${f(r.api.p50)} | ${f(r.api.p95)} | ${f(r.api.p99)} | ${f(r.api.throughput)} | ${r.api.errors} | ${r.cypher ? f(r.cypher.p50) : '–'} | ${r.cypher ? f(r.cypher.p95) : '–'} | ${r.cypher ? f(r.cypher.throughput) : '–'} | ${r.cypher ? ratio(r.api.p50, r.cypher.p50) : '–'} | ${ratio(r.api.throughput, typename.throughput)} |`,
    );
  }
  return lines.join('\n');
}

async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not become ready within 60 s');
}

function rssOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

async function neo4jMemory(): Promise<Record<string, number | string>> {
  try {
    const heap = await driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
      {},
      { database, routing: 'READ' },
    );
    const h = heap.records[0]?.get('heap') as
      { used?: { toNumber(): number } | number; committed?: { toNumber(): number } | number } | undefined;
    const num = (v: unknown) =>
      typeof v === 'number'
        ? v
        : v && typeof v === 'object' && 'toNumber' in v
          ? (v as { toNumber(): number }).toNumber()
          : 0;
    return { heapUsedMb: mb(num(h?.used)), heapCommittedMb: mb(num(h?.committed)) };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 80) : 'unknown' };
  }
}
