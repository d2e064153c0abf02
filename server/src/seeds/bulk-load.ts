import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  type MatchLabel,
  type NodeRow,
  type TieRow,
  isMatchLabel,
  isNodeKind,
  isTieType,
  upsertNodes,
  upsertTies,
} from '../db/upsert.js';
import { type NodeKind, type TieType } from './seed-schema.js';
import { toNeo4jValue } from './rows.js';

/**
 * Loads a generated graph (seeds/generator/scale.ts: nodes.ndjson, ties.ndjson, manifest.json)
 * in batches of `UNWIND $rows` — one transaction per batch, so memory stays flat at any size.
 * Nodes merge on id and ties on (type, from, to), exactly like the curated loader, so a second
 * run creates nothing and changes no value: an interrupted load is finished by running it again.
 */
export interface BulkLoadOptions {
  readonly database: string;
  readonly dir: string;
  /** Rows per transaction (default 10,000). */
  readonly batchSize?: number;
  /** Called after every batch with the rows done so far (nodes and ties together). */
  readonly onProgress?: (progress: BulkProgress) => void;
}

export interface BulkProgress {
  readonly phase: 'nodes' | 'ties';
  readonly done: number;
  readonly total: number;
}

export interface BulkLoadSummary {
  readonly nodes: number;
  readonly ties: number;
  readonly created: { readonly nodes: number; readonly ties: number };
  readonly ms: { readonly nodes: number; readonly ties: number };
  /** Rows per second of each phase. */
  readonly rate: { readonly nodes: number; readonly ties: number };
}

interface Manifest {
  readonly format: string;
  readonly nodes: number;
  readonly ties: number;
  readonly files: { readonly nodes: string; readonly ties: string };
}

export async function readManifest(dir: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(
      `${path.join(dir, 'manifest.json')}: cannot read the manifest (${error instanceof Error ? error.message : String(error)}); generate a graph first with npm run seeds:generate`,
    );
  }
  if (manifest.format !== 'ponte-ndjson-1')
    throw new Error(`${dir}: unknown format "${manifest.format}", expected ponte-ndjson-1`);
  return manifest;
}

export async function bulkLoad(driver: Driver, options: BulkLoadOptions): Promise<BulkLoadSummary> {
  const batchSize = options.batchSize ?? 10_000;
  const manifest = await readManifest(options.dir);
  const total = manifest.nodes + manifest.ties;
  let done = 0;
  const report = (phase: BulkProgress['phase'], rows: number) => {
    done += rows;
    options.onProgress?.({ phase, done, total });
  };

  // One transaction per batch, with the one upsert (server/src/db/upsert.ts); a short write means
  // a tie end is missing and fails the batch.
  const short = (written: number, sent: number) =>
    `wrote ${written} of ${sent} rows; an end of a tie is missing (load nodes.ndjson first)`;
  const run = async (write: (tx: ManagedTransaction) => Promise<number>): Promise<number> => {
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(write);
    } finally {
      await session.close();
    }
  };

  // Nodes, batched per label.
  const nodesStarted = Date.now();
  let nodesCreated = 0;
  const nodeBuffers = new Map<NodeKind, NodeRow[]>();
  const flushNodes = async (label: NodeKind) => {
    const rows = nodeBuffers.get(label) ?? [];
    if (rows.length === 0) return;
    nodeBuffers.set(label, []);
    nodesCreated += await run((tx) => upsertNodes(tx, label, rows, { short, updatedAt: 'on-create' }));
    report('nodes', rows.length);
  };
  await eachLine(path.join(options.dir, manifest.files.nodes), async (record, where) => {
    const { k, id, p } = record as { k: string; id: string; p: Record<string, unknown> };
    if (!isNodeKind(k) || typeof id !== 'string')
      throw new Error(`${where}: expected {"k": <node label>, "id": …, "p": {…}}`);
    let rows = nodeBuffers.get(k);
    if (!rows) nodeBuffers.set(k, (rows = []));
    rows.push({ id, props: convert(p) });
    if (rows.length >= batchSize) await flushNodes(k);
  });
  for (const label of nodeBuffers.keys()) await flushNodes(label);
  const nodesMs = Date.now() - nodesStarted;

  // Ties, batched per (type, from label, to label).
  const tiesStarted = Date.now();
  let tiesCreated = 0;
  const tieBuffers = new Map<string, TieRow[]>();
  const flushTies = async (key: string) => {
    const rows = tieBuffers.get(key) ?? [];
    if (rows.length === 0) return;
    tieBuffers.set(key, []);
    const [type, fromLabel, toLabel] = key.split('|') as [TieType, MatchLabel, MatchLabel];
    tiesCreated += await run((tx) => upsertTies(tx, type, fromLabel, toLabel, rows, { short }));
    report('ties', rows.length);
  };
  await eachLine(path.join(options.dir, manifest.files.ties), async (record, where) => {
    const { t, f, fl, to, tl, p } = record as {
      t: string;
      f: string;
      fl: string;
      to: string;
      tl: string;
      p: Record<string, unknown>;
    };
    if (!isTieType(t) || !isMatchLabel(fl) || !isMatchLabel(tl))
      throw new Error(
        `${where}: expected {"t": <relationship type>, "f", "fl", "to", "tl", "p"} with known type and labels`,
      );
    const key = `${t}|${fl}|${tl}`;
    let rows = tieBuffers.get(key);
    if (!rows) tieBuffers.set(key, (rows = []));
    rows.push({ from: f, to, props: convert(p) });
    if (rows.length >= batchSize) await flushTies(key);
  });
  for (const key of tieBuffers.keys()) await flushTies(key);
  const tiesMs = Date.now() - tiesStarted;

  const perSecond = (rows: number, ms: number) => Math.round((rows * 1000) / Math.max(1, ms));
  return {
    nodes: manifest.nodes,
    ties: manifest.ties,
    created: { nodes: nodesCreated, ties: tiesCreated },
    ms: { nodes: nodesMs, ties: tiesMs },
    rate: { nodes: perSecond(manifest.nodes, nodesMs), ties: perSecond(manifest.ties, tiesMs) },
  };
}

/** Dates become Neo4j Date and whole-number fields Integer, as the curated loader stores them. */
function convert(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = toNeo4jValue(key, value);
  return out;
}

/** Each JSON record of an NDJSON file, with `file, line N` for messages; blank lines are skipped. */
export async function eachLine(
  file: string,
  handle: (record: unknown, where: string) => void | Promise<void>,
): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}, line ${n}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    await handle(record, `${file}, line ${n}`);
  }
}
