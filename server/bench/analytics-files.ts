// npm run bench:analytics-files -- DIR [--label NAME]: the in-process part of network analytics
// (docs/analytics.md#cost-and-caching) on a generated graph read straight from its NDJSON files
// (seeds:generate), without Neo4j: the projection is built by the rule of time for today (the
// TypeScript twins of network/time.ts), as staff and as an analyst (migrants with consent NONE
// left out) see it, then every metric and both brokerage orientations are timed, with the peak
// memory and the load average. The Neo4j read of the projection is measured by bench:analytics.
import { createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { PATH_TIE_TYPES } from '../../schema/generated/model.js';
import { computeAnalytics } from '../src/network/analytics/analytics.js';
import { brokerageRoles } from '../src/network/analytics/brokerage.js';
import {
  actorArcs,
  canonical,
  UNKNOWN_CONFIDENCE,
  type ProjectedNode,
  type ProjectedTie,
} from '../src/network/analytics/graph.js';
import { ANALYTICS_KINDS } from '../src/network/analytics/scope.js';
import { utcToday } from '../src/network/session.js';
import { isNodeActiveOn, isTieActiveOn, type Lifetime } from '../src/network/time.js';
import { isActorKind, type NodeKind } from '../src/seeds/seed-schema.js';
import { recordHead, writeRecord } from './record.js';

const { values: args, positionals } = parseArgs({
  options: { label: { type: 'string', default: 'analytics-files' } },
  allowPositionals: true,
});
const dir = path.resolve(positionals[0] ?? '.data/generated');
const day = utcToday();
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

async function* lines(file: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity }))
    if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
}

const started = performance.now();
const kinds = new Set<string>(ANALYTICS_KINDS);
const types = new Set<string>(PATH_TIE_TYPES);
const life = new Map<string, Lifetime & { consent?: string; kind: string; country: string | null }>();
for await (const n of lines(path.join(dir, 'nodes.ndjson'))) {
  const p = n.p as Record<string, unknown>;
  if (!kinds.has(n.k as string)) continue;
  life.set(n.id as string, {
    ...(p as Lifetime),
    kind: n.k as string,
    country: (p.country as string) ?? null,
    consent: p.consent as string,
  });
}
const rawTies: Array<ProjectedTie & { since?: string; until?: string }> = [];
for await (const t of lines(path.join(dir, 'ties.ndjson'))) {
  if (!types.has(t.t as string)) continue;
  const p = t.p as { since?: string; until?: string; confidence?: number };
  rawTies.push({
    from: t.f as string,
    to: t.to as string,
    type: t.t as string,
    weight: p.confidence ?? UNKNOWN_CONFIDENCE,
    since: p.since,
    until: p.until,
  });
}
const parseMs = performance.now() - started;

const runs = [];
for (const role of ['staff', 'analyst'] as const) {
  const t0 = performance.now();
  const visible = (id: string) => {
    const n = life.get(id);
    return (
      n !== undefined &&
      isNodeActiveOn(n, day) &&
      (role === 'staff' || n.kind !== 'Migrant' || n.consent === 'NETWORK' || n.consent === 'PUBLIC')
    );
  };
  const nodes: ProjectedNode[] = [...life]
    .filter(([id]) => visible(id))
    .map(([id, n]) => ({ id, kind: n.kind, country: n.country, actor: isActorKind(n.kind as NodeKind) }));
  const ties = rawTies.filter(
    (t) => visible(t.from) && visible(t.to) && isTieActiveOn(t, life.get(t.from)!, life.get(t.to)!, day),
  );
  const projection = canonical(nodes, ties);
  const projectMs = performance.now() - t0;
  const t1 = performance.now();
  const analytics = computeAnalytics(projection);
  const computeMs = performance.now() - t1;
  const brokerage: Record<string, number> = {};
  for (const orientation of ['TIE_DIRECTION', 'BOTH_WAYS'] as const) {
    const t2 = performance.now();
    brokerageRoles(
      projection.nodes.filter((n) => n.actor),
      actorArcs(projection, orientation),
    );
    brokerage[orientation] = performance.now() - t2;
  }
  const run = {
    role,
    nodes: projection.nodes.length,
    tiedPairs: analytics.tieCount,
    communities: analytics.communities.length,
    modularity: analytics.modularity,
    betweenness: analytics.betweenness,
    ms: {
      graph: 0,
      centrality: 0,
      communities: 0,
      project: projectMs,
      ...analytics.timings,
      computeTotal: computeMs,
      brokerageTieDirection: brokerage.TIE_DIRECTION!,
      brokerageBothWays: brokerage.BOTH_WAYS!,
    },
  };
  console.error(JSON.stringify(run));
  runs.push(run);
}
clearInterval(sampler);
const record = {
  ...recordHead(args.label!),
  source: dir,
  asOf: day,
  parseMs,
  loadAverage: os.loadavg(),
  sharedMachine: true,
  peakRssMiB: Math.round(peakRss / 2 ** 20),
  runs,
};
const s = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);
const md = [
  `# ${args.label}`,
  '',
  `${record.date}, commit ${record.commit}, ${record.machine}. Projection built from ${path.basename(dir)} (NDJSON, no Neo4j) for ${day}.`,
  `Load average at the end ${record.loadAverage.map((l) => l.toFixed(1)).join(' / ')} on 2 cores (a shared machine: other work ran alongside). Peak RSS ${record.peakRssMiB} MiB (the files' records included).`,
  '',
  '| viewer | nodes | tied pairs | graph (s) | centrality (s) | Louvain (s) | all metrics (s) | brokerage ×2 (s) | betweenness |',
  '|---|---|---|---|---|---|---|---|---|',
  ...runs.map(
    (r) =>
      `| ${r.role} | ${r.nodes} | ${r.tiedPairs} | ${s(r.ms.graph)} | ${s(r.ms.centrality)} | ${s(r.ms.communities)} | ${s(r.ms.computeTotal)} | ${s(r.ms.brokerageTieDirection + r.ms.brokerageBothWays)} | ${r.betweenness.exact ? 'exact' : `${r.betweenness.pivots} pivots, ±${r.betweenness.errorBound.toFixed(3)}`} |`,
  ),
  '',
].join('\n');
await writeRecord(args.label!, record, md);
console.log(md);
