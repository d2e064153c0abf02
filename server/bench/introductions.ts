// npm run bench:introductions [-- --concurrency 4 --duration 20 --warmup 2 --label NAME]
// `introductions` before and after the deepening search, in this one process, on the graph in the
// database (NEO4J_URI, or the local Neo4j of PONTE_NEO4J_HOME, as bench:api): the same questions
// from the same seeded askers, answered by the exhaustive search main used
// (graph/introductions-exhaustive.ts) and by what the resolver now runs
// (graph/introduction-search.ts), one after the other; then the candidates' read alone, both ways.
// Prints p50/p95/ops/s and old/new ratios, checks the answers are equal, and writes
// docs/benchmarks/NAME.{md,json}. Over HTTP, `npm run bench:api -- --only introductions` measures
// the field as served.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { viewerFor } from '../src/auth/roles.js';
import { openDatabase } from '../src/cli/database.js';
import { matchingActors } from '../src/network/introduction-candidates.js';
import type { Introduction } from '../src/network/introduction-ranking.js';
import { findIntroductions, type IntroductionQuestion } from '../src/network/introduction-search.js';
import { findIntroductionsExhaustively, matchingActorsByScan } from '../src/network/introductions-exhaustive.js';
import type { Wanted } from '../src/network/match.js';
import { networkSession } from '../src/network/session.js';
import { runLoad, seededRandom } from './load.js';
import { sampleGraph } from './operations.js';
import { benchArgs, graphScale, loadOptions, loadSummary, recordHead, writeRecord } from './record.js';
import { ratio, type LatencySummary } from './stats.js';

const { values: args } = parseArgs({
  options: benchArgs({ concurrency: '4', duration: '20', label: 'introductions' }),
});
const load = loadOptions(args, 100_000);

const db = await openDatabase();
const { driver, database } = db;
// Staff: every migrant may be named, as in bench:api; masking comes after the search anyway.
const context = networkSession(driver, database, viewerFor('staff'));

/** The questions measured: the harness's operation, and one with regions (the explorer's usual question). */
const QUESTIONS: Array<{ name: string; wanted: Wanted; maxHops: number; limit: number }> = [
  {
    name: 'funders in Morocco, ≤ 3 hops, 10 best (bench:api operation)',
    wanted: { kinds: ['Funder'], countries: ['MA'] },
    maxHops: 3,
    limit: 10,
  },
  {
    name: 'funders or firms in 2 Moroccan regions, ≤ 3 hops, 10 best',
    wanted: { kinds: ['Funder', 'Firm'], regions: ['region-souss-massa', 'region-oriental'] },
    maxHops: 3,
    limit: 10,
  },
];

interface Row {
  name: string;
  before: LatencySummary;
  after: LatencySummary;
  compared: number;
  same: number;
}

try {
  const scale = await graphScale(driver, database);
  const askers = (await sampleGraph(driver, database)).italianIds;
  const loadBefore = os.loadavg();
  const rows: Row[] = [];
  for (const question of QUESTIONS) {
    const ask = (asker: string): IntroductionQuestion => ({
      from: asker,
      wanted: question.wanted,
      maxHops: question.maxHops,
      limit: question.limit,
    });
    const answers = { before: new Map<string, string>(), after: new Map<string, string>() };
    const measure = (answer: (q: IntroductionQuestion) => Promise<Introduction[]>, into: Map<string, string>) => {
      const rand = seededRandom(Number(args.seed));
      return runLoad(async () => {
        const asker = askers[Math.floor(rand() * askers.length)]!;
        into.set(asker, essentials(await answer(ask(asker))));
      }, load);
    };
    const before = await measure((q) => findIntroductionsExhaustively(context, q), answers.before);
    console.error(`measured before: ${question.name}`);
    const after = await measure((q) => findIntroductions(context, q), answers.after);
    console.error(`measured after: ${question.name}`);
    const both = [...answers.before.keys()].filter((a) => answers.after.has(a));
    rows.push({
      name: question.name,
      before,
      after,
      compared: both.length,
      same: both.filter((a) => answers.before.get(a) === answers.after.get(a)).length,
    });

    // The candidates' read alone (the search's first step).
    const candidates = (read: typeof matchingActors, into: Map<string, string>) => {
      const rand = seededRandom(Number(args.seed));
      return runLoad(async () => {
        const asker = askers[Math.floor(rand() * askers.length)]!;
        into.set(asker, JSON.stringify([...(await read(context, asker, question.wanted)).entries()].sort()));
      }, load);
    };
    const matched = { before: new Map<string, string>(), after: new Map<string, string>() };
    const cBefore = await candidates(matchingActorsByScan, matched.before);
    const cAfter = await candidates(matchingActors, matched.after);
    const cBoth = [...matched.before.keys()].filter((a) => matched.after.has(a));
    rows.push({
      name: `↳ its candidates' read alone`,
      before: cBefore,
      after: cAfter,
      compared: cBoth.length,
      same: cBoth.filter((a) => matched.before.get(a) === matched.after.get(a)).length,
    });
  }
  const loadAfter = os.loadavg();

  const meta = {
    ...recordHead(args.label),
    scale,
    load: loadSummary(load),
    loadAverage: {
      before: loadBefore.map((x) => Number(x.toFixed(2))),
      after: loadAfter.map((x) => Number(x.toFixed(2))),
    },
  };
  const table = renderTable(rows);
  const header = `${meta.date}, commit ${meta.commit}; ${meta.machine}; ${scale.actors} actors, ${scale.ties} ties; ${load.concurrency} concurrent callers in this process, ${load.durationMs / 1000} s per row and side after ${load.warmupMs / 1000} s warm-up; load average (1, 5, 15 min) ${meta.loadAverage.before.join(', ')} before and ${meta.loadAverage.after.join(', ')} after.`;
  console.log(`\n${header}\n\n${table}`);
  await writeRecord(
    args.label,
    { ...meta, rows },
    `# ${args.label}\n\n${header}\n\nBefore: the exhaustive search main answered with (\`graph/introductions-exhaustive.ts\`); after: the deepening search the resolver runs (\`graph/introduction-search.ts\`). "Same answers" compares, for every asker both sides asked, the targets in order with their hops, scores and reasons (for the candidates' rows: every candidate with its quality and reasons).\n\n${table}\n\nReproduce: \`npm run bench:introductions -- --concurrency ${load.concurrency} --duration ${load.durationMs / 1000} --label ${args.label}\` on a graph loaded with \`npm run seeds:generate\` and \`npm run seeds:bulk-load\` (see docs/benchmarks.md).\n`,
  );
} finally {
  await db.close();
}

function essentials(answer: Introduction[]): string {
  return JSON.stringify(answer.map((i) => [i.match.node.id, i.path.ties.length, i.score, i.match.reasons]));
}

function renderTable(rows: Row[]): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const lines = [
    '| question | before p50 ms | p95 | ops/s | after p50 ms | p95 | ops/s | before/after p50 | after/before ops/s | same answers | errors before/after |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${f(r.before.p50)} | ${f(r.before.p95)} | ${f(r.before.throughput)} | ${f(r.after.p50)} | ${f(r.after.p95)} | ${f(r.after.throughput)} | ${ratio(r.before.p50, r.after.p50)} | ${ratio(r.after.throughput, r.before.throughput)} | ${r.same} of ${r.compared} askers | ${r.before.errors}/${r.after.errors} |`,
    );
  }
  return lines.join('\n');
}
