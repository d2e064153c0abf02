// npm run bench:ingest [-- DIR] [--batch 10000] [--label NAME]
// The ingest baseline of issue 8: one generated graph (npm run seeds:generate; default
// .data/generated) loaded three ways, each into its own fresh throwaway local Neo4j 5.26 with the
// same memory, one after the other in the same run:
//   1. Ponte's bulk loader (bulkLoad: batched UNWIND … MERGE transactions over Bolt);
//   2. LOAD CSV from the instance's import folder (CALL { … } IN TRANSACTIONS, the same MERGEs);
//   3. Neo4j's offline importer, `neo4j-admin database import full`, run from the same Maven
//      Central jars as the server (org.neo4j.cli.AdminTool, neo4j-import-tool) into the stopped
//      instance's empty data folder; then the server starts (not counted, as for the others) and
//      builds Ponte's constraints and indexes (counted: the two online loads maintain them as they go).
// The CSV files (typed headers, bench/ingest-csv.ts) are written once, from the same NDJSON, and
// serve both 2 and 3. Every load is checked: the node and tie counts must equal the manifest's.
// Prints a table and writes docs/benchmarks/<label>.{md,json}.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { config } from '../src/config/config.js';
import { applyMigrations } from '../src/db/migrations.js';
import { layoutOf, renderNeo4jConf } from '../src/neo4j-runtime/conf.js';
import { LocalNeo4j } from '../src/neo4j-runtime/local-neo4j.js';
import { freePort } from '../src/neo4j-runtime/ports.js';
import { resolveRuntime } from '../src/neo4j-runtime/resolve.js';
import { repoRoot } from '../src/paths.js';
import { bulkLoad, readManifest } from '../src/seeds/bulk-load.js';
import { machine, recordHead, writeRecord } from './record.js';
import { ARRAY_DELIMITER_OPTION, loadNodesCypher, loadTiesCypher, writeCsvGraph, type CsvGraph } from './ingest-csv.js';

const run = promisify(execFile);

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    batch: { type: 'string', default: '10000' },
    label: { type: 'string', default: 'ingest' },
  },
});
const dir = path.resolve(positionals[0] ?? path.join(repoRoot, '.data', 'generated'));
const batch = Number(args.batch);
if (!Number.isInteger(batch) || batch < 1) throw new Error('--batch must be a positive whole number of rows');
const cfg = config();
// The same memory for all three: the instance's heap and page cache, and the importer's heap.
const heap = cfg.localNeo4j.heap;
const pageCache = cfg.localNeo4j.pageCache;
const database = 'neo4j';
const base = path.join(repoRoot, '.neo4j', `bench-ingest-${process.pid}`);

interface Row {
  readonly method: string;
  /** Loading the data (the online loads maintain constraints and indexes as they go). */
  readonly loadMs: number;
  /** The online loads' split of loadMs between nodes and ties. */
  readonly nodesMs?: number;
  readonly tiesMs?: number;
  /** Building constraints and indexes after the data (the offline import only). */
  readonly indexMs: number;
  readonly totalMs: number;
}

const manifest = await readManifest(dir);
const log = (m: string) => console.error(m);
log(
  `Ingest benchmark: ${manifest.nodes.toLocaleString('en')} nodes and ${manifest.ties.toLocaleString('en')} ties from ${dir}; heap ${heap}, page cache ${pageCache}.`,
);

const csvStarted = Date.now();
const csv = await writeCsvGraph(dir, path.join(base, 'csv'), new Date().toISOString());
const csvMs = Date.now() - csvStarted;
log(`CSV written in ${(csvMs / 1000).toFixed(1)} s: ${csv.nodes.length} node files, ${csv.ties.length} tie files.`);

const rows: Row[] = [];
try {
  rows.push(
    await withInstance('bulk', async (driver) => {
      await applyMigrations(driver, database);
      const summary = await bulkLoad(driver, { database, dir, batchSize: batch });
      const loadMs = summary.ms.nodes + summary.ms.ties;
      return {
        method: `bulkLoad (UNWIND batches of ${batch.toLocaleString('en')}, Bolt)`,
        loadMs,
        nodesMs: summary.ms.nodes,
        tiesMs: summary.ms.ties,
        indexMs: 0,
        totalMs: loadMs,
      };
    }),
  );
  log(describe(rows.at(-1)!));

  rows.push(
    await withInstance('load-csv', async (driver, instance) => {
      await applyMigrations(driver, database);
      const importDir = layoutOf(instance.settings.home).import;
      await mkdir(importDir, { recursive: true });
      for (const f of [...csv.nodes, ...csv.ties]) await copyFile(f.file, path.join(importDir, path.basename(f.file)));
      const nodesMs = await timed(async () => {
        for (const f of csv.nodes) await autoCommit(driver, loadNodesCypher(f, batch));
      });
      const tiesMs = await timed(async () => {
        for (const f of csv.ties) await autoCommit(driver, loadTiesCypher(f, batch));
      });
      return {
        method: `LOAD CSV (IN TRANSACTIONS OF ${batch.toLocaleString('en')} ROWS, same MERGEs)`,
        loadMs: nodesMs + tiesMs,
        nodesMs,
        tiesMs,
        indexMs: 0,
        totalMs: nodesMs + tiesMs,
      };
    }),
  );
  log(describe(rows.at(-1)!));

  rows.push(await offlineImport(csv));
  log(describe(rows.at(-1)!));
} finally {
  await rm(base, { recursive: true, force: true });
}

const bulk = rows[0]!;
const perSecond = (n: number, ms: number) => Math.round((n * 1000) / Math.max(ms, 1));
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const table = [
  '| method | load s (nodes + ties) | constraints and indexes after s | total s | ties/s over the total | nodes + ties/s over the total | vs bulkLoad |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.method} | ${seconds(r.loadMs)}${r.nodesMs !== undefined ? ` (${seconds(r.nodesMs)} + ${seconds(r.tiesMs)})` : ''} | ${r.indexMs ? seconds(r.indexMs) : '–'} | ${seconds(r.totalMs)} | ${perSecond(manifest.ties, r.totalMs).toLocaleString('en')} | ${perSecond(manifest.nodes + manifest.ties, r.totalMs).toLocaleString('en')} | ${r === bulk ? '1' : `${(bulk.totalMs / r.totalMs).toFixed(2)}× as fast`} |`,
  ),
].join('\n');
const meta = {
  ...recordHead(args.label),
  machine: `${machine()}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
  scale: { nodes: manifest.nodes, ties: manifest.ties },
  memory: { heap, pageCache },
  csvSeconds: csvMs / 1000,
};
console.log(
  `\nIngest benchmark — ${meta.date}, commit ${meta.commit}\n${meta.machine}\n${manifest.nodes} nodes, ${manifest.ties} ties; heap ${heap}, page cache ${pageCache}\n\n${table}`,
);
await writeRecord(
  args.label,
  { ...meta, rows },
  `# ${args.label}\n\n${meta.date}, commit ${meta.commit}; ${meta.machine}; ${manifest.nodes} nodes, ${manifest.ties} ties; heap ${heap}, page cache ${pageCache}; CSV written in ${meta.csvSeconds.toFixed(1)} s (not counted).\n\n${table}\n`,
);

/** A fresh local Neo4j in its own folder for one load; stopped and deleted afterwards. */
async function withInstance(name: string, load: (driver: Driver, instance: LocalNeo4j) => Promise<Row>): Promise<Row> {
  const instance = new LocalNeo4j({ home: path.join(base, name), boltPort: await freePort(), heap, pageCache }, log);
  const running = await instance.start();
  const driver = neo4j.driver(running.uri);
  try {
    const row = await load(driver, instance);
    await checkCounts(driver, row.method);
    return row;
  } finally {
    await driver.close();
    await instance.destroy();
  }
}

/**
 * neo4j-admin database import full, from the server's own classpath, into the empty data folder of
 * an instance that has never started; then the first start, and Ponte's migrations on the data.
 */
async function offlineImport(graph: CsvGraph): Promise<Row> {
  const runtime = await resolveRuntime(log);
  const settings = { home: path.join(base, 'admin-import'), boltPort: await freePort(), heap, pageCache };
  const layout = layoutOf(settings.home);
  await Promise.all(
    [layout.conf, layout.data, layout.logs, layout.run, layout.import].map((d) => mkdir(d, { recursive: true })),
  );
  await writeFile(path.join(layout.conf, 'neo4j.conf'), renderNeo4jConf(settings, runtime.pluginsDir));
  const importArgs = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-cp',
    runtime.classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    database, // first: --nodes and --relationships take every argument that follows them
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    `--multiline-fields=${graph.multiline}`,
    // Its off-heap structures: the same budget as the page cache the other two get.
    `--max-off-heap-memory=${pageCache}`,
    `--report-file=${path.join(layout.logs, 'import.report')}`,
    ...graph.nodes.map((f) => `--nodes=${f.file}`),
    ...graph.ties.map((f) => `--relationships=${f.file}`),
  ];
  let importMs: number;
  const started = Date.now();
  try {
    const { stdout } = await run(runtime.java, importArgs, {
      env: { ...process.env, NEO4J_HOME: settings.home, NEO4J_CONF: layout.conf },
      maxBuffer: 64 * 1024 * 1024,
    });
    importMs = Date.now() - started;
    log(
      stdout
        .split('\n')
        .filter((l) => /IMPORT DONE|Imported:/.test(l) || /^\s+\d+ (nodes|relationships)/.test(l))
        .join('\n'),
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = (error ?? {}) as { stdout?: string; stderr?: string };
    throw new Error(
      `neo4j-admin database import failed (its report: ${path.join(layout.logs, 'import.report')}):\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n')}`,
    );
  }
  const instance = new LocalNeo4j(settings, log);
  try {
    // The start is not counted (nor is it for the two online loads); building the constraints and
    // indexes is: the online loads pay for them row by row.
    const running = await instance.start();
    const driver = neo4j.driver(running.uri);
    try {
      const indexMs = await timed(async () => {
        await applyMigrations(driver, database);
      });
      const row = {
        method: 'neo4j-admin database import full (offline), then constraints and indexes',
        loadMs: importMs,
        indexMs,
        totalMs: importMs + indexMs,
      };
      await checkCounts(driver, row.method);
      return row;
    } finally {
      await driver.close();
    }
  } finally {
    await instance.destroy();
  }
}

async function checkCounts(driver: Driver, method: string): Promise<void> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) WHERE NOT n:User AND NOT n:AuditEvent RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS ties } RETURN nodes, ties',
    {},
    { database },
  );
  const nodes = records[0]!.get('nodes').toNumber() as number;
  const ties = records[0]!.get('ties').toNumber() as number;
  if (nodes !== manifest.nodes || ties !== manifest.ties) {
    throw new Error(
      `${method}: loaded ${nodes} nodes and ${ties} ties, the manifest says ${manifest.nodes} and ${manifest.ties}`,
    );
  }
}

/** LOAD CSV … IN TRANSACTIONS runs only in an auto-commit transaction (session.run). */
async function autoCommit(driver: Driver, cypher: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(cypher);
  } finally {
    await session.close();
  }
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = Date.now();
  await work();
  return Date.now() - started;
}

function describe(r: Row): string {
  return `${r.method}: ${(r.totalMs / 1000).toFixed(1)} s`;
}
