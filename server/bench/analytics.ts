// npm run bench:analytics [-- --label analytics-10000]: computes every network metric (docs/analytics.md)
// on the graph currently in the database (NEO4J_URI, or the local Neo4j), as staff and as an
// analyst would get it, timing each phase — the projection's read (Cypher through the driver),
// building the graphology graph, the centralities, Louvain, the brokerage roles both ways — and the
// process's peak memory, and writes docs/benchmarks/LABEL.{json,md} with the load average: the
// machine is shared, so the times say what this run saw, not what the code costs alone.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { computeAnalytics } from '../src/network/analytics/analytics.js';
import { brokerageRoles } from '../src/network/analytics/brokerage.js';
import { actorArcs } from '../src/network/analytics/graph.js';
import { readProjection } from '../src/network/analytics/projection.js';
import { checkScope } from '../src/network/analytics/scope.js';
import { utcToday } from '../src/network/session.js';
import { VIEWERS } from '../src/network/viewer.js';
import { openDatabase } from '../src/cli/database.js';
import { graphScale, recordHead, writeRecord } from './record.js';

const { values: args } = parseArgs({ options: { label: { type: 'string', default: 'analytics' } } });
const label = args.label!;

const db = await openDatabase();
let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 50);

const timed = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await f();
  return [value, performance.now() - start];
};

try {
  const scale = await graphScale(db.driver, db.database);
  const loadBefore = os.loadavg();
  const scope = checkScope('bench', {}, utcToday());
  const runs = [];
  for (const role of ['staff', 'analyst'] as const) {
    const session = { driver: db.driver, database: db.database, viewer: VIEWERS[role] };
    const [projection, readMs] = await timed(() => readProjection(session, scope));
    const [analytics, computeMs] = await timed(() => computeAnalytics(projection));
    const brokerageMs: Record<string, number> = {};
    for (const orientation of ['TIE_DIRECTION', 'BOTH_WAYS'] as const) {
      brokerageMs[orientation] = (
        await timed(() =>
          brokerageRoles(
            projection.nodes.filter((n) => n.actor),
            actorArcs(projection, orientation),
          ),
        )
      )[1];
    }
    const run = {
      role,
      nodes: projection.nodes.length,
      ties: projection.ties.length,
      tiedPairs: analytics.tieCount,
      communities: analytics.communities.length,
      modularity: analytics.modularity,
      betweenness: analytics.betweenness,
      ms: {
        graph: 0,
        centrality: 0,
        communities: 0,
        readProjection: readMs,
        ...analytics.timings,
        computeTotal: computeMs,
        brokerageTieDirection: brokerageMs.TIE_DIRECTION!,
        brokerageBothWays: brokerageMs.BOTH_WAYS!,
      },
    };
    runs.push(run);
    console.error(JSON.stringify(run));
  }
  const record = {
    ...recordHead(label),
    scale,
    loadAverage: { before: loadBefore, after: os.loadavg() },
    sharedMachine: true,
    peakMemoryMiB: { rss: Math.round(peakRss / 2 ** 20), heapUsed: Math.round(peakHeap / 2 ** 20) },
    runs,
  };
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const md = [
    `# ${label}`,
    '',
    `${record.date}, commit ${record.commit}, ${record.machine}. Graph: ${scale.actors} actors, ${scale.ties} ties.`,
    `Load average before ${loadBefore.map((l) => l.toFixed(1)).join(' / ')}, after ${record.loadAverage.after.map((l) => l.toFixed(1)).join(' / ')} (a shared machine: other work ran alongside).`,
    `Peak memory of the process: RSS ${record.peakMemoryMiB.rss} MiB, heap ${record.peakMemoryMiB.heapUsed} MiB.`,
    '',
    '| viewer | nodes | tied pairs | read (s) | graph (s) | centrality (s) | Louvain (s) | brokerage ×2 (s) | betweenness |',
    '|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.role} | ${r.nodes} | ${r.tiedPairs} | ${s(r.ms.readProjection)} | ${s(r.ms.graph)} | ${s(r.ms.centrality)} | ${s(r.ms.communities)} | ${s(r.ms.brokerageTieDirection + r.ms.brokerageBothWays)} | ${r.betweenness.exact ? 'exact' : `${r.betweenness.pivots} pivots, ±${r.betweenness.errorBound.toFixed(3)}`} |`,
    ),
    '',
  ].join('\n');
  await writeRecord(label, record, md);
  console.log(md);
} finally {
  clearInterval(sampler);
  await db.close();
}
