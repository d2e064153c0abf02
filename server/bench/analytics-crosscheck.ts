// npm run analytics:crosscheck [-- --as-of 2025-06-30]: Ponte's network metrics against NetworkX
// on the curated seed graph (docs/analytics.md#reference-check). Builds the projection from
// seeds/data by the rule of time (network/time.ts, the TypeScript twins) as staff see it, computes
// every metric, then runs server/bench/analytics_crosscheck.py, which recomputes PageRank,
// betweenness, the modularity of Ponte's communities and the brokerage roles with NetworkX and
// plain Python and fails beyond the tolerances it states. Needs python3 with networkx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PATH_TIE_TYPES } from '../../schema/generated/model.js';
import { computeAnalytics } from '../src/network/analytics/analytics.js';
import { brokerageRoles } from '../src/network/analytics/brokerage.js';
import { actorArcs, canonical, UNKNOWN_CONFIDENCE, type ProjectedNode } from '../src/network/analytics/graph.js';
import { ANALYTICS_KINDS } from '../src/network/analytics/scope.js';
import { isNodeActiveOn, isTieActiveOn, type Lifetime } from '../src/network/time.js';
import { paths } from '../src/paths.js';
import { isActorKind } from '../src/seeds/seed-schema.js';
import { validateSeedDir } from '../src/seeds/validate.js';

const { values: args } = parseArgs({ options: { 'as-of': { type: 'string', default: '2025-06-30' } } });
const day = args['as-of']!;
const seed = await validateSeedDir(paths.seedData);
const kinds = new Set<string>(ANALYTICS_KINDS);
const types = new Set<string>(PATH_TIE_TYPES);
const byId = new Map(seed.nodes.map((n) => [n.id, n]));
const nodes: ProjectedNode[] = seed.nodes
  .filter((n) => kinds.has(n.kind) && isNodeActiveOn(n as Lifetime, day))
  .map((n) => ({
    id: n.id,
    kind: n.kind,
    country: 'country' in n && typeof n.country === 'string' ? n.country : null,
    actor: isActorKind(n.kind),
  }));
const active = new Set(nodes.map((n) => n.id));
const ties = seed.ties
  .filter((t) => types.has(t.type) && active.has(t.from) && active.has(t.to))
  .filter((t) => isTieActiveOn(t, byId.get(t.from) as Lifetime, byId.get(t.to) as Lifetime, day))
  .map((t) => ({ from: t.from, to: t.to, type: t.type, weight: t.confidence ?? UNKNOWN_CONFIDENCE }));
const projection = canonical(nodes, ties);
const analytics = computeAnalytics(projection);
const arcs = actorArcs(projection, 'TIE_DIRECTION');
const roles = brokerageRoles(
  projection.nodes.filter((n) => n.actor),
  arcs,
);

const dir = mkdtempSync(path.join(os.tmpdir(), 'ponte-crosscheck-'));
const file = path.join(dir, 'analytics.json');
writeFileSync(
  file,
  JSON.stringify({
    asOf: day,
    nodes: projection.nodes,
    ties: projection.ties,
    arcs,
    metrics: analytics.nodes,
    modularity: analytics.modularity,
    betweenness: analytics.betweenness,
    roles: Object.fromEntries([...roles].map(([id, r]) => [id, r.counts])),
  }),
);
console.log(
  `seed graph on ${day}: ${projection.nodes.length} nodes, ${analytics.tieCount} tied pairs, ${analytics.communities.length} communities`,
);
const python = spawnSync('python3', [path.join(import.meta.dirname, 'analytics_crosscheck.py'), file], {
  stdio: 'inherit',
});
process.exit(python.status ?? 1);
