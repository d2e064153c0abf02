// npm run bench:api [-- --concurrency 8 --duration 10 --warmup 2 --rounds 2 --cap 20 --label NAME
//                      --only WORD[,WORD] --roles anonymous,analyst,staff]
// Measures the API against the graph currently in the database (NEO4J_URI, or the local Neo4j of
// PONTE_NEO4J_HOME), for every operation and role (docs/benchmarks.md#honest-baselines):
// - api: over HTTP through a separate API process whose answer cache is off (every call computed);
// - sameWork: the statements that very request sends, recorded once per argument set (capture.ts)
//   and replayed through the driver with the same parameters;
// - floor: a cheaper plain-Cypher query, labelled as such;
// in rounds that alternate which side goes first, each call capped (`--cap` s: "did not finish").
// Answer-cached questions also get a `cached` row from a second API process with the cache on.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { permissionsOf } from '../src/auth/roles.js';
import { bootPonte, type BootedPonte } from '../src/boot.js';
import { openDatabase } from '../src/cli/database.js';
import { parseConfig } from '../src/config/config.js';
import { requestContext, type RequestAuth } from '../src/graphql/context.js';
import { ErrorCode } from '../src/errors.js';
import { createLogger } from '../src/logger.js';
import { gql, rssOf, signInRoles, startApiProcess } from './api-process.js';
import {
  alternationOrder,
  combineSegments,
  measureSegment,
  type Segment,
  type SegmentOptions,
  type SideSummary,
} from './alternate.js';
import { walkIndexFor } from '../src/network/walks/walk-index.js';
import { record, recordingDriver, recordingSize, replay, type Recording } from './capture.js';
import { seededRandom } from './load.js';
import { operations, sampleGraph, TYPENAME, type Operation, type Picker } from './operations.js';
import {
  apiRecordSchema,
  benchArgs,
  graphScale,
  loadAverage,
  recordHead,
  ROLES_MEASURED,
  writeRecord,
  type ApiRecord,
  type ApiRow,
} from './record.js';
import { jsonSafe, ratioOf } from './stats.js';
import { renderApiTables } from './table.js';

type Role = (typeof ROLES_MEASURED)[number];
/** A request the capturing API answered with an error, with the error's code. */
class CaptureError extends Error {
  constructor(
    message: string,
    readonly code: unknown,
  ) {
    super(message);
  }
}

type Side = 'api' | 'sameWork' | 'floor';

const { values: args } = parseArgs({
  options: {
    ...benchArgs({ concurrency: '8', duration: '10', label: 'api' }),
    // Only the operations whose name contains one of these words (`{ __typename }` always runs).
    only: { type: 'string' },
    roles: { type: 'string', default: ROLES_MEASURED.join(',') },
    rounds: { type: 'string', default: '2' },
    cap: { type: 'string', default: '20' },
    // Distinct argument sets per operation and role, each captured once (fewer when capturing is slow).
    sets: { type: 'string', default: '24' },
  },
});
const only = args.only
  ?.split(',')
  .map((w) => w.trim().toLowerCase())
  .filter((w) => w !== '');
const roles = args.roles.split(',').map((r) => r.trim()) as Role[];
for (const r of roles)
  if (!ROLES_MEASURED.includes(r)) throw new Error(`--roles: "${r}" is not one of ${ROLES_MEASURED.join(', ')}`);
const concurrency = Number(args.concurrency);
const durationMs = Number(args.duration) * 1000;
const warmupMs = Number(args.warmup) * 1000;
const rounds = Math.max(1, Number(args.rounds));
const capMs = Number(args.cap) * 1000;
const maxSets = Math.max(1, Number(args.sets));
// Capturing stops after this long per operation and role (at least one set is always captured).
const CAPTURE_BUDGET_MS = 4000;

const db = await openDatabase();
const { driver, database, uri } = db;
// One signing key for the measured API and the capturing one, so that one token per role serves both.
const jwtSecret = randomBytes(32).toString('base64');
const apiEnv = (answerCache: 'on' | 'off') => ({
  ...process.env,
  NEO4J_URI: uri,
  PONTE_SEED: 'never',
  PONTE_RATE_LIMIT: '0',
  PONTE_JWT_SECRET: jwtSecret,
  PONTE_ANSWER_CACHE: answerCache,
  LOG_LEVEL: 'warn',
  NODE_ENV: 'development',
});

const loads: number[] = [loadAverage()];
const children: ChildProcess[] = [];
let capturing: BootedPonte | undefined;
try {
  const sample = await sampleGraph(driver, database);
  const selected = operations(sample).filter(
    (o) => !only || o === TYPENAME || only.some((w) => o.name.toLowerCase().includes(w)),
  );
  const uncached = await startApi('off');
  const cached = selected.some((o) => o.answerCached) ? await startApi('on') : undefined;
  // The capturing API: the same code in this process, its driver recording what each request sends.
  capturing = await bootPonte({
    config: parseConfig({ ...apiEnv('off'), PORT: '0' }),
    log: createLogger('warn'),
    uri,
    instrumentDriver: recordingDriver,
  });
  const tokens = await signInRoles(driver, database, uncached.base);
  // Path questions are timed as they run in service once the graph is read after the last write
  // (the sign-ins above write): walking it in memory (docs/graph-questions.md#the-walk-index). The
  // capturing API reads it now, outside any recording, so that what it records is the walk's reads.
  for (let attempt = 0; attempt < 3; attempt++) if (await walkIndexFor(capturing.driver, database)?.build()) break;
  for (const api of [uncached, ...(cached ? [cached] : [])]) await awaitWalkGraph(api.base, sample.italianIds);
  const scale = await graphScale(driver, database);
  const rssAtRest = rssOf(uncached.pid);
  let rssUnderLoad = 0;
  const sampler = setInterval(() => (rssUnderLoad = Math.max(rssUnderLoad, rssOf(uncached.pid))), 500);

  const rows: ApiRow[] = [];
  const head = recordHead(args.label);
  // Written after every row, so that a run cut short still leaves what it measured.
  const write = async (done: boolean) => {
    loads.push(loadAverage());
    const result: ApiRecord = apiRecordSchema.parse({
      ...head,
      scale,
      load: {
        concurrency,
        seconds: durationMs / 1000,
        warmupSeconds: warmupMs / 1000,
        rounds,
        capSeconds: capMs / 1000,
      },
      loadAverage: { atStart: loads[0]!, atEnd: loads.at(-1)!, min: Math.min(...loads), max: Math.max(...loads) },
      memory: { apiRssAtRestMb: mb(rssAtRest), apiRssUnderLoadMb: mb(rssUnderLoad), neo4j: await neo4jMemory() },
      rows,
    });
    const tables = renderApiTables(result);
    const intro = `${head.date}, commit ${head.commit}; ${head.machine}; ${scale.actors} actors, ${scale.ties} ties; ${concurrency} concurrent clients, ${durationMs / 1000} s per side in ${rounds} alternating rounds after ${warmupMs / 1000} s warm-up, each call capped at ${capMs / 1000} s; load average ${result.loadAverage.atStart} at the start, ${result.loadAverage.atEnd} at the end (min ${result.loadAverage.min}, max ${result.loadAverage.max})${done ? '' : '; **incomplete: the run is still going or was cut short**'}.`;
    if (done) console.log(`\n${intro}\n\n${tables}`);
    await writeRecord(
      args.label,
      result,
      `# ${args.label}\n\n${intro}\n\n${tables}\n\nAPI process RSS: ${mb(rssAtRest)} MB at rest, ${mb(rssUnderLoad)} MB under load. What the columns mean: docs/benchmarks.md#honest-baselines.\n`,
    );
  };
  for (const op of selected) {
    for (const role of roles) {
      rows.push(await measureRow(op, role, uncached.base, tokens[role]));
      if (op.answerCached && cached) rows.push(await measureCachedRow(op, role, cached.base, tokens[role]));
      console.error(`measured: ${op.name} as ${role} (load ${loads.at(-1)})`);
      await write(false);
    }
  }
  clearInterval(sampler);
  await write(true);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await capturing?.shutdown();
  await db.close();
}

/**
 * Runs one request in the capturing API as `role`, with the context the HTTP layer would build
 * (the account re-read of the HTTP layer is not part of it: it is the API's overhead), and returns
 * what it sent to the database.
 */
async function capture(op: Operation, role: Role, token: string | undefined, variables: Record<string, unknown>) {
  const booted = capturing!;
  const principal = token ? await booted.tokens.verify(token) : undefined;
  const auth: RequestAuth = { principal, role: principal?.role ?? 'anonymous', address: '127.0.0.1' };
  const server = permissionsOf(auth.role).exactCounts ? booted.server.apollo : booted.server.restrictedApollo;
  const contextValue = requestContext(booted.driver, database, createLogger('warn'), auth, booted.services);
  const { result, recording } = await record(() =>
    server.executeOperation({ query: op.graphql.query, variables }, { contextValue }),
  );
  const body = result.body.kind === 'single' ? result.body.singleResult : undefined;
  if (!body || body.errors?.length) {
    const first = body?.errors?.[0];
    throw new CaptureError(first?.message ?? 'no single result', first?.extensions?.code);
  }
  return recording;
}

function capped<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not finish within ${capMs / 1000} s`)), capMs);
    }),
  ]);
}

function emptyRow(op: Operation, role: Role, cached: boolean, status: ApiRow['status'], note?: string): ApiRow {
  return {
    operation: op.name,
    role,
    cached,
    status,
    ...(note ? { note } : {}),
    perCall: null,
    argumentSets: 0,
    api: null,
    sameWork: null,
    floor: null,
    ratios: { apiOverSameWorkP50: null, apiOverSameWorkP95: null, apiOverFloorP50: null, sameWorkOverFloorP50: null },
    loadAverage: loads.at(-1)!,
  };
}

async function measureRow(op: Operation, role: Role, base: string, token: string | undefined): Promise<ApiRow> {
  loads.push(loadAverage());
  const rand = seededRandom(Number(args.seed));
  const pick: Picker = (list) => list[Math.floor(rand() * list.length)]!;
  const randFloor = seededRandom(Number(args.seed));
  const pickFloor: Picker = (list) => list[Math.floor(randFloor() * list.length)]!;

  // The argument sets, each run once in the capturing API to record its statements.
  const sets: Array<{ variables: Record<string, unknown>; recording: Recording }> = [];
  // An argument set the role may not ask about (a migrant hidden from it: "no migrant with id …")
  // is skipped and counted; the row fails only when no set is left.
  let skipped = 0;
  let lastRefusal = '';
  let lastCode: unknown;
  const captureStart = performance.now();
  while (
    sets.length < maxSets &&
    skipped < 3 * maxSets &&
    (sets.length === 0 || performance.now() - captureStart < CAPTURE_BUDGET_MS)
  ) {
    const variables = op.graphql.variables(pick);
    try {
      sets.push({ variables, recording: await capped(capture(op, role, token, variables)) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.startsWith('did not finish')) return emptyRow(op, role, false, 'did not finish', message);
      if (/not in your role's schema|may not|Cannot query field|Sign in/i.test(message))
        return emptyRow(op, role, false, 'refused', message.slice(0, 300));
      skipped++;
      lastRefusal = message;
      lastCode = error instanceof CaptureError ? error.code : undefined;
    }
    if (op === TYPENAME && sets.length > 0) break;
  }
  // Every sampled set unknown to the role (visitors see no migrant at all, docs/privacy.md): the
  // question cannot be asked by it, which is the right answer, not a failure of the API.
  if (sets.length === 0)
    return emptyRow(op, role, false, lastCode === ErrorCode.NotFound ? 'refused' : 'failed', lastRefusal.slice(0, 300));
  const floorParams = op.floor ? Array.from({ length: sets.length }, () => op.floor!.params(pickFloor)) : [];

  const calls: Partial<Record<Side, (i: number, signal: AbortSignal) => Promise<void>>> = {
    api: async (i, signal) => {
      await gql(base, token, op.graphql.query, sets[i % sets.length]!.variables, signal);
    },
  };
  if (op !== TYPENAME) calls.sameWork = async (i) => replay(driver, database, sets[i % sets.length]!.recording, capMs);
  if (op.floor) {
    const floor = op.floor;
    calls.floor = async (i) => {
      await driver.executeQuery(floor.query, floorParams[i % floorParams.length]!, {
        database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: capMs },
      });
    };
  }
  const sides = (['api', 'sameWork', 'floor'] as const).filter((s) => calls[s]);
  const segments: Record<Side, Segment[]> = { api: [], sameWork: [], floor: [] };
  const counters: Record<Side, number> = { api: 0, sameWork: 0, floor: 0 };
  const segmentOf = (side: Side, ms: number) =>
    measureSegment(
      calls[side]!,
      { concurrency, durationMs: ms, capMs } satisfies SegmentOptions,
      () => counters[side]++,
    );
  // Warm-up: every side, untimed, so that neither meets a cold plan cache.
  for (const side of sides) await segmentOf(side, warmupMs / sides.length);
  for (const order of alternationOrder(sides, rounds))
    for (const side of order) segments[side].push(await segmentOf(side, durationMs / rounds));

  const summary = (side: Side): SideSummary | null => (calls[side] ? combineSegments(segments[side]) : null);
  const api = summary('api');
  const sameWork = summary('sameWork');
  const floor = summary('floor');
  const sizes = sets.map((s) => recordingSize(s.recording));
  const mean = (f: (x: (typeof sizes)[number]) => number) =>
    Math.round((sizes.reduce((n, x) => n + f(x), 0) / sizes.length) * 100) / 100;
  const apiFailed = api && api.count === 0 && api.errors > 0;
  const firstError = segments.api.find((s) => s.firstError)?.firstError;
  return {
    operation: op.name,
    role,
    cached: false,
    status: api && api.count === 0 && api.didNotFinish > 0 ? 'did not finish' : apiFailed ? 'failed' : 'measured',
    ...(firstError || skipped
      ? {
          note: [
            firstError ? `API error: ${firstError.slice(0, 200)}` : '',
            skipped ? `${skipped} argument sets skipped, e.g. ${lastRefusal.slice(0, 120)}` : '',
          ]
            .filter(Boolean)
            .join('; '),
        }
      : {}),
    perCall:
      op === TYPENAME
        ? null
        : {
            transactions: mean((x) => x.transactions),
            statements: mean((x) => x.statements),
            waves: mean((x) => x.waves),
          },
    argumentSets: sets.length,
    api: api && jsonSafe(api),
    sameWork: sameWork && jsonSafe(sameWork),
    floor: floor && jsonSafe(floor),
    ratios: {
      apiOverSameWorkP50: ratioOf(api?.p50, sameWork?.p50),
      apiOverSameWorkP95: ratioOf(api?.p95, sameWork?.p95),
      apiOverFloorP50: ratioOf(api?.p50, floor?.p50),
      sameWorkOverFloorP50: ratioOf(sameWork?.p50, floor?.p50),
    },
    loadAverage: loads.at(-1)!,
  };
}

/** An answer-cached question as it is served: from the cache, after the first computation (in the warm-up). */
async function measureCachedRow(op: Operation, role: Role, base: string, token: string | undefined): Promise<ApiRow> {
  loads.push(loadAverage());
  const call = async (_i: number, signal: AbortSignal) => {
    await gql(
      base,
      token,
      op.graphql.query,
      op.graphql.variables(() => undefined as never),
      signal,
    );
  };
  const options = { concurrency, durationMs: warmupMs, capMs };
  const warm = await measureSegment(call, options, () => 0);
  if (warm.samples.length === 0 && warm.errors > 0)
    return emptyRow(op, role, true, 'failed', warm.firstError?.slice(0, 300));
  const api = combineSegments([await measureSegment(call, { ...options, durationMs }, () => 0)]);
  return {
    ...emptyRow(op, role, true, 'measured', 'served from the answer cache'),
    argumentSets: 1,
    api: jsonSafe(api),
  };
}

async function startApi(answerCache: 'on' | 'off'): Promise<{ base: string; pid: number }> {
  const api = await startApiProcess(apiEnv(answerCache));
  children.push(api.child);
  return { base: api.base, pid: api.child.pid! };
}

/**
 * Waits until the API at `base` walks the graph of the current version: a stale graph is read again
 * when a path question finds it so (at most once per 30 s), so one is asked until /ready says so.
 */
async function awaitWalkGraph(base: string, askers: readonly string[]): Promise<void> {
  const started = Date.now();
  for (let i = 0; Date.now() - started < 180_000; i++) {
    const { walkGraph } = (await (await fetch(`${base}/ready`)).json()) as { walkGraph?: string };
    if (walkGraph === 'current' || walkGraph === 'off') return;
    // An introduction searches paths, so it finds the graph stale and has it read again; each from
    // another asker, since with the answer cache on a repeated question searches nothing.
    const ask =
      'query($from: ID!) { introductions(from: $from, target: { kinds: [Funder] }, maxHops: 1, limit: 1) { score } }';
    await gql(base, undefined, ask, { from: askers[i % askers.length] }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`bench: the API at ${base} did not read the walk graph within 180 s`);
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
