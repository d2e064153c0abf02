/**
 * What every benchmark script shares: its load options, the commit and machine it ran on, and
 * the record it leaves in docs/benchmarks/ (NAME.json and NAME.md). One copy
 * (docs/architecture.md#one-copy-of-each); the measuring itself is load.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { repoRoot } from '../src/paths.js';
import type { LoadOptions } from './load.js';

/** The command-line options every benchmark takes (parseArgs form), with its own defaults. */
export function benchArgs(defaults: {
  readonly concurrency: string;
  readonly duration: string;
  readonly label: string;
}) {
  return {
    concurrency: { type: 'string', default: defaults.concurrency },
    duration: { type: 'string', default: defaults.duration },
    warmup: { type: 'string', default: '2' },
    label: { type: 'string', default: defaults.label },
    seed: { type: 'string', default: '42' },
  } as const;
}

/** `--concurrency`, `--duration` and `--warmup` (seconds) as runLoad takes them. */
export function loadOptions(
  args: { readonly concurrency: string; readonly duration: string; readonly warmup: string },
  maxOps: number,
): LoadOptions {
  return {
    concurrency: Number(args.concurrency),
    durationMs: Number(args.duration) * 1000,
    warmupMs: Number(args.warmup) * 1000,
    maxOps,
  };
}

/** The short commit measured, or `unknown` outside a git checkout. */
export function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** Cores × model, memory and Node, in one line. */
export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** The head of every record: what ran, when, at which commit, on which machine. */
export function recordHead(label: string): { label: string; date: string; commit: string; machine: string } {
  return { label, date: new Date().toISOString(), commit: gitCommit(), machine: machine() };
}

/** The load options as a record states them (seconds). */
export function loadSummary(load: LoadOptions): { concurrency: number; seconds: number; warmupSeconds: number } {
  return { concurrency: load.concurrency, seconds: load.durationMs / 1000, warmupSeconds: load.warmupMs / 1000 };
}

/** Writes docs/benchmarks/LABEL.json (the record) and LABEL.md (the page). */
export async function writeRecord(label: string, record: object, markdown: string): Promise<void> {
  const outDir = path.join(repoRoot, 'docs', 'benchmarks');
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, `${label}.json`), `${JSON.stringify(record, null, 2)}\n`);
  await writeFile(path.join(outDir, `${label}.md`), markdown);
}

/** How many actors and ties the benchmarked graph holds (the scale each record states). */
export async function graphScale(driver: Driver, database: string): Promise<{ actors: number; ties: number }> {
  const counts = await driver.executeQuery(
    'MATCH (a:Actor) WITH count(a) AS actors MATCH ()-[r]->() RETURN actors, count(r) AS ties',
    {},
    { database, routing: 'READ' },
  );
  return {
    actors: counts.records[0]!.get('actors').toNumber() as number,
    ties: counts.records[0]!.get('ties').toNumber() as number,
  };
}

/** The 1-minute load average now (what every figure of a loaded machine must be read with). */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

const finite = z.number().nullable();

/** One side of an operation: latencies of the calls that finished within the cap. */
export const sideSchema = z.object({
  count: z.number().int().min(0),
  errors: z.number().int().min(0),
  didNotFinish: z.number().int().min(0),
  p50: finite,
  p95: finite,
  p99: finite,
  mean: finite,
  throughput: z.number().min(0),
});

export const ROLES_MEASURED = ['anonymous', 'analyst', 'staff'] as const;

/** One operation as one role asks it (docs/benchmarks.md#honest-baselines). */
export const apiRowSchema = z.object({
  operation: z.string().min(1),
  role: z.enum(ROLES_MEASURED),
  /** false: computed at every call (the answer cache off); true: the cached row of an answer-cached question. */
  cached: z.boolean(),
  /** "refused": the role may not ask it (the reason in `note`); "failed": the capture failed. */
  status: z.enum(['measured', 'refused', 'failed', 'did not finish']),
  note: z.string().optional(),
  /** What one call sends to the database, as recorded: mean transactions, statements, waves. */
  perCall: z.object({ transactions: z.number(), statements: z.number(), waves: z.number() }).nullable(),
  /** How many distinct argument sets the calls cycled through (each captured once). */
  argumentSets: z.number().int().min(0),
  api: sideSchema.nullable(),
  sameWork: sideSchema.nullable(),
  floor: sideSchema.nullable(),
  ratios: z.object({
    apiOverSameWorkP50: finite,
    apiOverSameWorkP95: finite,
    apiOverFloorP50: finite,
    sameWorkOverFloorP50: finite,
  }),
  /** 1-minute load average when the row started. */
  loadAverage: z.number().min(0),
});

export const apiRecordSchema = z.object({
  label: z.string(),
  date: z.string(),
  commit: z.string(),
  machine: z.string(),
  scale: z.object({ actors: z.number().int(), ties: z.number().int() }),
  load: z.object({
    concurrency: z.number().int().min(1),
    seconds: z.number().positive(),
    warmupSeconds: z.number().min(0),
    rounds: z.number().int().min(1),
    capSeconds: z.number().positive(),
  }),
  loadAverage: z.object({ atStart: z.number(), atEnd: z.number(), min: z.number(), max: z.number() }),
  memory: z.record(z.string(), z.unknown()),
  rows: z.array(apiRowSchema),
});

export type ApiRow = z.infer<typeof apiRowSchema>;
export type ApiRecord = z.infer<typeof apiRecordSchema>;
