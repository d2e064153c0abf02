// npm run bench:profile [-- --only WORD --role staff --duration 10 --concurrency 4]
// Where an API request's CPU goes: the API process (as bench:api starts it, answer cache off) runs
// under V8's sampling profiler (--cpu-prof) while one operation is asked back to back; the samples'
// self time is then summed by who owns the code (a package, a folder of server/src, Node's HTTP
// internals, the garbage collector). The database's own time is not in it: compare with the
// sameWork column of bench:api (docs/benchmarks.md#where-a-request-spends-its-time).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/cli/database.js';
import { gql, signInRoles, startApiProcess, type MeasuredRole } from './api-process.js';
import { measureSegment } from './alternate.js';
import { seededRandom } from './load.js';
import { operations, sampleGraph, type Picker } from './operations.js';
import { profileByOwner, topFunctions, type CpuProfile } from './profile-owners.js';
import { loadAverage } from './record.js';
import { summarise } from './stats.js';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'neighbourhood' },
    role: { type: 'string', default: 'staff' },
    duration: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '4' },
    // Also print the functions with the most self time (the owners' detail).
    functions: { type: 'string', default: '0' },
  },
});
const db = await openDatabase();
const dir = await mkdtemp(path.join(os.tmpdir(), 'ponte-profile-'));
try {
  const op = operations(await sampleGraph(db.driver, db.database)).find((o) =>
    o.name.toLowerCase().includes(args.only.toLowerCase()),
  );
  if (!op) throw new Error(`--only: no operation's name contains "${args.only}"`);
  const api = await startApiProcess(
    {
      ...process.env,
      NEO4J_URI: db.uri,
      PONTE_SEED: 'never',
      PONTE_RATE_LIMIT: '0',
      PONTE_ANSWER_CACHE: 'off',
      LOG_LEVEL: 'warn',
    },
    ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  );
  const token = (await signInRoles(db.driver, db.database, api.base))[args.role as MeasuredRole];
  const rand = seededRandom(42);
  const pick: Picker = (list) => list[Math.floor(rand() * list.length)]!;
  const call = async (_i: number, signal: AbortSignal) => {
    await gql(api.base, token, op.graphql.query, op.graphql.variables(pick), signal);
  };
  const load0 = loadAverage();
  await measureSegment(call, { concurrency: Number(args.concurrency), durationMs: 2000, capMs: 20_000 }, () => 0);
  const seg = await measureSegment(
    call,
    { concurrency: Number(args.concurrency), durationMs: Number(args.duration) * 1000, capMs: 20_000 },
    () => 0,
  );
  const measuredMs = seg.wallMs;
  const exited = new Promise((r) => api.child.once('exit', r));
  api.child.kill('SIGTERM');
  await exited;
  const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the API process wrote no CPU profile');
  const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
  const s = summarise(seg.samples, seg.errors, seg.wallMs);
  if (seg.firstError) console.log(`${seg.errors} calls failed; the first: ${seg.firstError}`);
  console.log(
    `${op.name} as ${args.role}: ${s.count} calls, p50 ${s.p50.toFixed(1)} ms, ${s.throughput.toFixed(1)} calls/s; load average ${load0} → ${loadAverage()}\n`,
  );
  console.log('| owner of the code | CPU ms | share of busy CPU | per call ms |\n|---|---:|---:|---:|');
  const owners = profileByOwner(profile, measuredMs);
  const busy = owners.filter((o) => o.owner !== '(idle)').reduce((n, o) => n + o.ms, 0);
  const calls = s.count;
  for (const o of owners.slice(0, 25))
    console.log(
      `| ${o.owner} | ${o.ms.toFixed(0)} | ${o.owner === '(idle)' ? '–' : `${((100 * o.ms) / busy).toFixed(1)} %`} | ${(o.ms / calls).toFixed(2)} |`,
    );
  const top = topFunctions(profile, measuredMs, Number(args.functions));
  if (top.length) {
    console.log('\n| function | where | CPU ms |\n|---|---|---:|');
    for (const f of top) console.log(`| ${f.name} | ${f.where} | ${f.ms.toFixed(0)} |`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
  await db.close();
}
