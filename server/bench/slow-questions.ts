// npm run bench:slow-questions -- --reference DIR [--calls 15 --label NAME --only corridors,paths]
// The slow questions (introductions, corridors, supportMatches, paths, and opportunityMatches, whose
// path search they share) answered by this checkout and by a reference checkout (DIR: e.g.
// `git worktree add --detach /tmp/ref <commit>` with its node_modules linked), in this one process,
// on the graph in the database (NEO4J_URI, or the local Neo4j of PONTE_NEO4J_HOME, as bench:api).
// The question functions are called directly (no HTTP), one call at a time, alternating reference
// and current (which goes first alternates too), for the same seeded arguments, as anonymous,
// analyst and staff. Prints p50/p95 per side and their ratio, checks every answer is equal (the
// whole answer, as JSON), and writes docs/benchmarks/NAME.{md,json} with the load average.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { viewerFor } from '../src/auth/roles.js';
import { openDatabase } from '../src/cli/database.js';
import { DisclosureControl } from '../src/privacy/disclosure.js';
import { AnswerCache, databaseVersion } from '../src/network/answer-cache.js';
import { networkSession, type StatisticsSession } from '../src/network/session.js';
import { walkIndexFor } from '../src/network/walks/walk-index.js';
import { seededRandom } from './load.js';
import { sampleGraph, type Sample } from './operations.js';
import { graphScale, recordHead, writeRecord } from './record.js';
import { percentile, ratio } from './stats.js';

const { values: args } = parseArgs({
  options: {
    reference: { type: 'string' },
    calls: { type: 'string', default: '15' },
    label: { type: 'string', default: 'slow-questions' },
    seed: { type: 'string', default: '42' },
    only: { type: 'string' },
    roles: { type: 'string', default: 'anonymous,analyst,staff' },
  },
});
if (!args.reference)
  throw new Error('bench:slow-questions: --reference DIR (a checkout of the commit to compare with) is required.');

type Question = (session: StatisticsSession, a: Record<string, unknown>) => Promise<unknown>;
interface Implementation {
  readonly introductions: Question;
  readonly corridors: Question;
  readonly supportMatches: Question;
  readonly paths: Question;
  readonly opportunityMatches: Question;
}

/** The question functions of the checkout at `root`. */
async function implementation(root: string): Promise<Implementation> {
  const q = (name: string) => import(path.join(root, 'server/src/network/questions', `${name}.ts`));
  return {
    introductions: (await q('introductions')).introductions,
    corridors: (await q('corridors')).corridors,
    supportMatches: (await q('support-matches')).supportMatches,
    paths: (await q('paths')).paths,
    opportunityMatches: (await q('opportunity-matches')).opportunityMatches,
  };
}

/** The questions measured, each with its seeded arguments. */
const QUESTIONS: Array<{
  name: string;
  key: keyof Implementation;
  args: (s: Sample, rand: () => number) => Record<string, unknown>;
}> = [
  {
    name: 'introductions (funders in Morocco, ≤ 3 hops, 10 best)',
    key: 'introductions',
    args: (s, rand) => ({ from: pick(s.italianIds, rand), target: { kinds: ['Funder'], countries: ['MA'] } }),
  },
  {
    name: 'introductions (funders or firms in 2 Moroccan regions, on a day)',
    key: 'introductions',
    args: (s, rand) => ({
      from: pick(s.italianIds, rand),
      asOf: pick(['2012-06-30', '2018-03-01', '2024-12-31'], rand),
      target: { kinds: ['Funder', 'Firm'], regions: ['region-souss-massa', 'region-oriental'] },
    }),
  },
  {
    name: 'corridors (today or a day)',
    key: 'corridors',
    args: (_s, rand) => {
      const asOf = pick([undefined, '2010-06-30', '2016-01-15', '2022-09-01'], rand);
      return asOf ? { asOf } : {};
    },
  },
  {
    name: 'supportMatches (a return project)',
    key: 'supportMatches',
    args: (s, rand) => ({ projectId: pick(s.projectIds, rand) }),
  },
  {
    name: 'paths (IT → MA actor, 3 best, ≤ 4 hops)',
    key: 'paths',
    args: (s, rand) => ({ from: pick(s.italianIds, rand), to: pick(s.moroccanIds, rand) }),
  },
  {
    name: 'paths (IT → MA actor on a day, transnational)',
    key: 'paths',
    args: (s, rand) => ({
      from: pick(s.italianIds, rand),
      to: pick(s.moroccanIds, rand),
      filter: { asOf: pick(['2012-06-30', '2020-01-01'], rand), transnationalOnly: true },
    }),
  },
  {
    // On a day of the programme years: on the generated graphs every call has closed by today.
    name: 'opportunityMatches (a migrant, on a day)',
    key: 'opportunityMatches',
    args: (s, rand) => ({
      migrantId: pick(s.migrantIds, rand),
      asOf: pick(['2012-06-30', '2018-03-01', '2022-09-01'], rand),
    }),
  },
];

function pick<T>(list: readonly T[], rand: () => number): T {
  return list[Math.floor(rand() * list.length)]!;
}

interface Side {
  readonly ms: number[];
  errors: number;
}
interface Row {
  name: string;
  role: string;
  reference: { p50: number; p95: number; errors: number };
  current: { p50: number; p95: number; errors: number };
  again: { p50: number; p95: number; errors: number };
  compared: number;
  same: number;
}

const db = await openDatabase();
const { driver, database } = db;
try {
  const reference = await implementation(path.resolve(args.reference));
  const current = await implementation(path.resolve(import.meta.dirname, '../..'));
  const scale = await graphScale(driver, database);
  const sample = await sampleGraph(driver, database);
  const disclosure = new DisclosureControl();
  const only = args.only?.split(',');
  const roles = args.roles.split(',') as Array<'anonymous' | 'analyst' | 'staff'>;
  const calls = Number(args.calls);
  // The current side's path searches walk the graph in memory (network/walks/walk-index.ts): it is
  // read once per version of the graph, here before timing, and what that read costs is recorded.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStarted = performance.now();
  const built = await walkIndexFor(driver, database)?.build();
  const walkGraph = built
    ? {
        readMs: Math.round(performance.now() - buildStarted),
        nodes: built.graph.size,
        ties: built.graph.tieFrom.length,
        // Only with node --expose-gc (NODE_OPTIONS): otherwise the figure would count garbage.
        heapMb: gc ? (gc(), Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6)) : null,
      }
    : null;
  console.error(`walk graph: ${JSON.stringify(walkGraph)}`);
  const loadBefore = os.loadavg();
  const record = async (rows: Row[], loadBefore: number[]) => {
    const twoDecimals = (loads: number[]) => loads.map((x) => Math.round(x * 100) / 100);
    const meta = { ...recordHead(args.label), scale, calls, walkGraph };
    const loadAverage = { before: twoDecimals(loadBefore), after: twoDecimals(os.loadavg()) };
    const table = renderTable(rows);
    const header = `${meta.date}, commit ${meta.commit}; ${meta.machine}; ${scale.actors} actors, ${scale.ties} ties; ${calls} calls per question, role and side, one at a time, alternating; load average (1, 5, 15 min) ${loadAverage.before.join(', ')} before and ${loadAverage.after.join(', ')} after. ${walkGraph ? `The walk graph (current side only) was read before timing: ${walkGraph.nodes} nodes, ${walkGraph.ties} ties in ${(walkGraph.readMs / 1000).toFixed(1)} s${walkGraph.heapMb !== null ? `, ${walkGraph.heapMb} MB of heap retained` : ''}.` : 'No walk graph (PONTE_WALK_INDEX=off, or a write landed while it was read): the current side asked Neo4j.'}`;
    console.log(`\n${header}\n\n${table}`);
    await writeRecord(
      args.label,
      { ...meta, loadAverage, rows },
      `# ${args.label}\n\n${header}\n\nReference: the question functions of the reference checkout; current: this commit's; both asked for the first time (each call on answer caches of its own, empty; the current side's path searches walk the graph of this version in memory, read once before timing: docs/graph-questions.md#the-walk-index); asked again: the same question right after (the answer remembered for this version of the graph, network/question-cache.ts; an error there means a different answer). "Same" compares the whole answers as JSON.\n\n${table}\n\nReproduce: \`NODE_OPTIONS=--expose-gc npm run bench:slow-questions -- --reference DIR --calls ${calls} --label ${args.label}\` on a graph loaded with \`npm run seeds:generate\` and \`npm run seeds:bulk-load\` (see docs/benchmarks.md).\n`,
    );
  };
  const rows: Row[] = [];
  for (const question of QUESTIONS.filter((q) => !only || only.includes(q.key))) {
    for (const role of roles) {
      const session: StatisticsSession = {
        ...networkSession(driver, database, viewerFor(role)),
        exactCounts: role === 'staff',
        disclosure,
      };
      // Each side's call gets caches of its own, empty: sharing the process's would let whichever
      // side asks second be served the first's answer (the same key), not measure its query.
      // A session per question, as the API builds one per field (its view of the walk index is one question's).
      const fresh = (): StatisticsSession => {
        const cache = () => new AnswerCache({ version: () => databaseVersion(driver, database) });
        return {
          ...session,
          ...networkSession(driver, database, viewerFor(role)),
          answers: cache(),
          questionAnswers: cache(),
        };
      };
      const rand = seededRandom(Number(args.seed));
      const sides = {
        reference: { ms: [], errors: 0 } as Side,
        current: { ms: [], errors: 0 } as Side,
        again: { ms: [], errors: 0 } as Side,
      };
      let same = 0;
      let compared = 0;
      // One untimed call each way first (plans compiled, pages warm for both).
      const warm = question.args(sample, seededRandom(Number(args.seed) + 1));
      await Promise.allSettled([reference[question.key](fresh(), warm), current[question.key](fresh(), warm)]);
      for (let i = 0; i < calls; i++) {
        const a = question.args(sample, rand);
        const answers: Record<string, string | undefined> = {};
        const order: Array<'reference' | 'current'> = i % 2 === 0 ? ['reference', 'current'] : ['current', 'reference'];
        const sessions = { reference: fresh(), current: fresh() };
        for (const side of order) {
          const impl = side === 'reference' ? reference : current;
          const t0 = performance.now();
          try {
            answers[side] = JSON.stringify(await impl[question.key](sessions[side], a));
            sides[side].ms.push(performance.now() - t0);
          } catch (e) {
            sides[side].errors++;
            answers[side] = `error: ${(e as Error).message}`;
          }
        }
        // The same question again: what a second asker of the same class pays (network/question-cache.ts).
        const t0 = performance.now();
        try {
          const again = JSON.stringify(await current[question.key](sessions.current, a));
          sides.again.ms.push(performance.now() - t0);
          if (again !== answers.current) sides.again.errors++;
        } catch {
          sides.again.errors++;
        }
        compared++;
        if (answers.reference === answers.current) same++;
        else console.error(`DIFFERENT: ${question.name} as ${role} ${JSON.stringify(a)}`);
      }
      const summary = (s: Side) => {
        const sorted = [...s.ms].sort((x, y) => x - y);
        return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), errors: s.errors };
      };
      const row = {
        name: question.name,
        role,
        reference: summary(sides.reference),
        current: summary(sides.current),
        again: summary(sides.again),
        compared,
        same,
      };
      console.error(
        `${row.name} as ${role}: reference p50 ${row.reference.p50.toFixed(1)} p95 ${row.reference.p95.toFixed(1)}; current p50 ${row.current.p50.toFixed(1)} p95 ${row.current.p95.toFixed(1)}; again p50 ${row.again.p50.toFixed(1)} p95 ${row.again.p95.toFixed(1)}; same ${same}/${compared}; load ${os.loadavg()[0]!.toFixed(2)}`,
      );
      rows.push(row);
      // Written after every row, so that a run cut short still leaves what it measured.
      await record(rows, loadBefore);
    }
  }
  await record(rows, loadBefore);
} finally {
  await db.close();
}

function renderTable(rows: Row[]): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const lines = [
    '| question | as | reference p50 ms | p95 | current p50 ms | p95 | reference/current p50 | current p95/p50 | asked again p50 ms | p95 | same answers | errors ref/cur/again |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.role} | ${f(r.reference.p50)} | ${f(r.reference.p95)} | ${f(r.current.p50)} | ${f(r.current.p95)} | ${ratio(r.reference.p50, r.current.p50)} | ${ratio(r.current.p95, r.current.p50)} | ${f(r.again.p50)} | ${f(r.again.p95)} | ${r.same} of ${r.compared} | ${r.reference.errors}/${r.current.errors}/${r.again.errors} |`,
    );
  }
  return lines.join('\n');
}
