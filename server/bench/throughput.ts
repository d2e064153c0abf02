// npm run bench:throughput [-- --processes 1,2,3 --concurrency 16 --duration 20 --warmup 3 --rounds 2
//   --scheme bolt|neo4j --label throughput-10000]
// The ceiling (docs/benchmarks.md#throughput-ceiling): how many requests per second the API serves
// with 1, 2 (and 3) API processes in front of one Neo4j, at a fixed concurrency, for a
// representative mix (an association with its ties and a neighbourhood as an analyst, a search as
// anyone), sent through a client-side round-robin over the processes. Process counts run in
// alternating order (1,2,3 then 3,2,1 ...) so that none always gets the warmer cache; the figures
// are the mean over rounds. Beside each: the CPU the API processes and Neo4j burned per 1000
// requests and how busy the whole machine was, so that a CPU-bound ceiling shows as one.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/cli/database.js';
import { signedInHeaders, startApiProcess, type ApiProcess } from '../reliability/api-process.js';
import { RoundRobin } from '../reliability/soak.js';
import { runLoad, seededRandom } from './load.js';
import { operations, sampleGraph, type Operation, type Picker } from './operations.js';
import { benchArgs, graphScale, loadOptions, loadSummary, recordHead, writeRecord } from './record.js';
import { ratio, type LatencySummary } from './stats.js';

const parsed = parseArgs({
  options: {
    ...benchArgs({ concurrency: '16', duration: '20', label: 'throughput' }),
    processes: { type: 'string', default: '1,2,3' },
    rounds: { type: 'string', default: '2' },
    // neo4j:// makes the API processes use the routing driver (as against a cluster).
    scheme: { type: 'string', default: 'bolt' },
  },
});
const args = parsed.values;
const counts = args.processes.split(',').map((s) => Number(s.trim()));
if (!counts.every((n) => Number.isInteger(n) && n >= 1 && n <= 8))
  throw new Error(`--processes: a list of whole numbers from 1 to 8, like 1,2,3 (got "${args.processes}")`);
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: a whole number ≥ 1 (got "${args.rounds}")`);
if (args.scheme !== 'bolt' && args.scheme !== 'neo4j')
  throw new Error(`--scheme: bolt or neo4j (got "${args.scheme}")`);
const load = loadOptions(args, 10_000_000);

/** The mix: each worker cycles through these, as the role that would ask. */
const MIX: ReadonlyArray<{ readonly match: RegExp; readonly role: 'anonymous' | 'analyst' }> = [
  { match: /with its ties/, role: 'analyst' },
  { match: /^search/, role: 'anonymous' },
  { match: /^neighbourhood/, role: 'analyst' },
];

interface Run {
  readonly processes: number;
  readonly round: number;
  readonly summary: LatencySummary;
  /** CPU seconds per 1000 completed requests: all API processes together, and Neo4j. */
  readonly apiCpuPer1000: number;
  readonly neo4jCpuPer1000: number | null;
  /** Share of the machine's CPU time that was busy (any process, ours or not) during the run. */
  readonly machineBusy: number;
  readonly loadAverage: number;
}

const db = await openDatabase();
const apis: ApiProcess[] = [];
try {
  const scale = await graphScale(db.driver, db.database);
  const sample = await sampleGraph(db.driver, db.database);
  const all = operations(sample);
  const mix = MIX.map((m) => {
    const op = all.find((o) => m.match.test(o.name));
    if (!op) throw new Error(`bench/operations.ts has no operation matching ${m.match}: update MIX in throughput.ts`);
    return { op, role: m.role };
  });
  const apiUri = args.scheme === 'neo4j' ? db.uri.replace(/^bolt:/, 'neo4j:') : db.uri;
  // Every process must accept every token: a deployment shares the signing secret.
  const env = { PONTE_JWT_SECRET: randomBytes(48).toString('base64'), NODE_ENV: 'development' };
  const max = Math.max(...counts);
  for (let i = 0; i < max; i++) apis.push(await startApiProcess(apiUri, env, 180_000));
  const headers = {
    anonymous: {},
    analyst: await signedInHeaders(apis[0]!.base, db.uri, 'analyst', db.database),
  };
  const neo4jPid = findNeo4jPid();

  const runs: Run[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? counts : [...counts].reverse();
    for (const n of order) {
      const rr = new RoundRobin(apis.slice(0, n).map((a) => a.base));
      const rand = seededRandom(Number(args.seed) + round);
      const pick: Picker = (list) => list[Math.floor(rand() * list.length)]!;
      const before = cpuSnapshot(apis.slice(0, n), neo4jPid);
      const summary = await runLoad(async (i) => {
        const { op, role } = mix[i % mix.length]!;
        await send(rr.pick()!.base, op, pick, headers[role]);
      }, load);
      const after = cpuSnapshot(apis.slice(0, n), neo4jPid);
      const per1000 = (s: number) => (summary.count > 0 ? (s * 1000) / summary.count : Number.NaN);
      runs.push({
        processes: n,
        round,
        summary,
        apiCpuPer1000: per1000(after.api - before.api),
        neo4jCpuPer1000: neo4jPid === undefined ? null : per1000(after.neo4j - before.neo4j),
        machineBusy: busyShare(before.machine, after.machine),
        loadAverage: os.loadavg()[0]!,
      });
      console.error(`measured: ${n} API process(es), round ${round + 1}: ${summary.throughput.toFixed(1)} ops/s`);
    }
  }

  const rows = counts.map((n) => {
    const mine = runs.filter((r) => r.processes === n);
    const mean = (f: (r: Run) => number) => mine.reduce((a, r) => a + f(r), 0) / mine.length;
    return {
      processes: n,
      throughput: mean((r) => r.summary.throughput),
      p50: mean((r) => r.summary.p50),
      p95: mean((r) => r.summary.p95),
      errors: mine.reduce((a, r) => a + r.summary.errors, 0),
      apiCpuPer1000: mean((r) => r.apiCpuPer1000),
      neo4jCpuPer1000: neo4jPid === undefined ? null : mean((r) => r.neo4jCpuPer1000!),
      machineBusy: mean((r) => r.machineBusy),
      loadAverage: mean((r) => r.loadAverage),
    };
  });
  const one = rows.find((r) => r.processes === 1) ?? rows[0]!;
  const f = (x: number | null, d = 1) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(d));
  const table = [
    '| API processes | ops/s | × one process | p50 ms | p95 ms | errors | API CPU s / 1000 req | Neo4j CPU s / 1000 req | machine CPU busy | load average (1 min) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.processes} | ${f(r.throughput)} | ${ratio(r.throughput, one.throughput)} | ${f(r.p50)} | ${f(r.p95)} | ${r.errors} | ${f(r.apiCpuPer1000, 2)} | ${f(r.neo4jCpuPer1000, 2)} | ${f(r.machineBusy * 100, 0)} % | ${f(r.loadAverage, 2)} |`,
    ),
  ].join('\n');
  const head = recordHead(args.label);
  const mixText = mix.map((m) => `${m.op.name} as ${m.role}`).join('; ');
  const intro = `${head.date}, commit ${head.commit}; ${head.machine}; ${scale.actors} actors, ${scale.ties} ties; API processes on ${args.scheme}://; ${load.concurrency} concurrent clients round-robin over the processes, ${load.durationMs / 1000} s per run after ${load.warmupMs / 1000} s warm-up, ${rounds} round(s) in alternating order (figures are means over rounds). Mix, in turn: ${mixText}.`;
  console.log(`\nPonte API throughput — ${intro}\n\n${table}\n`);
  await writeRecord(
    args.label,
    { ...head, scale, scheme: args.scheme, load: loadSummary(load), rounds, mix: mixText, rows, runs },
    `# ${args.label}\n\n${intro}\n\n${table}\n\nCPU per 1000 requests is the CPU time the processes burned during the run divided by the requests completed; "machine CPU busy" counts every process on the machine, other work included. See docs/benchmarks.md#throughput-ceiling for what these numbers mean.\n`,
  );
} finally {
  await Promise.all(apis.map((a) => a.stop('SIGTERM')));
  await db.close();
}

async function send(base: string, op: Operation, pick: Picker, headers: Record<string, string>): Promise<void> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: op.graphql.query, variables: op.graphql.variables(pick) }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(JSON.stringify(body.errors ?? res.status));
}

/** The local Neo4j's pid (a java process whose --home-dir is PONTE_NEO4J_HOME), if it runs here. */
function findNeo4jPid(): number | undefined {
  if (process.env.NEO4J_URI) return undefined;
  const home = path.resolve(process.env.PONTE_NEO4J_HOME ?? '.neo4j/dev');
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes(`--home-dir=${home}\0`) || cmd.endsWith(`--home-dir=${home}`)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

/** CPU seconds (user + system) a process has used so far; 0 once it is gone. */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat; after "pid (comm) " they are at 11 and 12.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

interface MachineTicks {
  readonly busy: number;
  readonly total: number;
}

function machineTicks(): MachineTicks {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = cpu[3]! + (cpu[4] ?? 0);
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

function busyShare(a: MachineTicks, b: MachineTicks): number {
  return b.total > a.total ? (b.busy - a.busy) / (b.total - a.total) : Number.NaN;
}

function cpuSnapshot(
  running: readonly ApiProcess[],
  neo4jPid: number | undefined,
): { api: number; neo4j: number; machine: MachineTicks } {
  return {
    api: running.reduce((a, p) => a + cpuSeconds(p.child.pid), 0),
    neo4j: cpuSeconds(neo4jPid),
    machine: machineTicks(),
  };
}
