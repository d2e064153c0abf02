/**
 * A generated graph (seeds/generator: nodes.ndjson, ties.ndjson) as CSV files with typed headers,
 * in the format of Neo4j's offline importer (`neo4j-admin database import full`), and the LOAD
 * CSV statements that load the very same files through Cypher. Used by the ingest benchmark
 * (bench/ingest.ts) to compare the bulk loader with both on the same data.
 *
 * One node file per label and one tie file per (type, label of the start, label of the end), as
 * the bulk loader batches them, so LOAD CSV can match tie ends through the unique-id indexes.
 * Two passes over the NDJSON: the first finds each file's columns and their types, the second
 * writes the rows, so memory stays flat at any size.
 */
import { ACTOR_KINDS as ACTOR_KIND_LIST } from '../../schema/generated/model.js';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { DATE_FIELDS, INTEGER_FIELDS } from '../src/seeds/seed-schema.js';
import { csvQuote } from '../../shared/csv.js';
import { eachLine, readManifest } from '../src/seeds/bulk-load.js';
import { isMatchLabel, isNodeKind, isTieType, nodeMergeClauses, tieMergeClauses } from '../src/db/upsert.js';

/** Between the elements of a list value: a control character no generated text contains (checked). */
export const ARRAY_DELIMITER = '\u001f';
/** The same, as the importer's `--array-delimiter` wants it. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]' | 'long[]' | 'double[]';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

export interface CsvFile {
  readonly file: string;
  readonly columns: Column[];
  rows: number;
}

export interface NodeCsv extends CsvFile {
  readonly label: string;
  /** Labels every row gets (the actor kinds also get Actor, as the loaders give them). */
  readonly labels: readonly string[];
}

export interface TieCsv extends CsvFile {
  readonly type: string;
  readonly fromLabel: string;
  readonly toLabel: string;
}

export interface CsvGraph {
  readonly dir: string;
  readonly nodes: NodeCsv[];
  readonly ties: TieCsv[];
  /** Whether any text holds a line break (the importer then needs --multiline-fields=true). */
  readonly multiline: boolean;
}

const ACTOR_KINDS: ReadonlySet<string> = new Set(ACTOR_KIND_LIST);

/** The CSV type of one property value; `where` names the line for the error. */
export function columnTypeOf(field: string, value: unknown, where: string): ColumnType | undefined {
  if (value === null || value === undefined) return undefined;
  if (DATE_FIELDS.has(field) && typeof value === 'string') return 'date';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return INTEGER_FIELDS.has(field) ? 'long' : 'double';
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined; // an empty list says nothing about its type
    if (value.every((v) => typeof v === 'string')) return 'string[]';
    if (value.every((v) => typeof v === 'number')) return INTEGER_FIELDS.has(field) ? 'long[]' : 'double[]';
  }
  throw new Error(
    `${where}: property "${field}" has a value the CSV formats cannot hold (${JSON.stringify(value).slice(0, 80)})`,
  );
}

/** One CSV field (RFC 4180: always quoted, inner quotes doubled); absent values and empty lists are empty. */
export function csvField(value: unknown, where: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    for (const v of value) {
      if (String(v).includes(ARRAY_DELIMITER))
        throw new Error(`${where}: a list element contains the array delimiter U+001F`);
    }
    return csvQuote(value.map(String).join(ARRAY_DELIMITER));
  }
  if (typeof value === 'string') return csvQuote(value);
  return String(value);
}

/** The importer's header of a node file: `id:ID,:LABEL,createdAt:datetime,updatedAt:datetime,name:string,…`. */
export function nodeHeader(columns: readonly Column[]): string {
  return [
    'id:ID',
    ':LABEL',
    'createdAt:datetime',
    'updatedAt:datetime',
    ...columns.map((c) => `${c.name}:${c.type}`),
  ].join(',');
}

/** The importer's header of a tie file: `:START_ID,:END_ID,:TYPE,since:date,…`. */
export function tieHeader(columns: readonly Column[]): string {
  return [':START_ID', ':END_ID', ':TYPE', ...columns.map((c) => `${c.name}:${c.type}`)].join(',');
}

/** Writes the CSV files of the generated graph in `sourceDir` into `outDir`. */
export async function writeCsvGraph(sourceDir: string, outDir: string, createdAt: string): Promise<CsvGraph> {
  const manifest = await readManifest(sourceDir);
  const nodesFile = path.join(sourceDir, manifest.files.nodes);
  const tiesFile = path.join(sourceDir, manifest.files.ties);

  // Pass 1: the columns of every file.
  const nodeColumns = new Map<string, Map<string, ColumnType>>();
  const tieColumns = new Map<string, Map<string, ColumnType>>();
  let multiline = false;
  const learn = (columns: Map<string, ColumnType>, props: Record<string, unknown>, where: string) => {
    for (const [field, value] of Object.entries(props)) {
      const type = columnTypeOf(field, value, where);
      if (typeof value === 'string' && /[\r\n]/.test(value)) multiline = true;
      if (!type) {
        if (!columns.has(field) && Array.isArray(value)) columns.set(field, 'string[]'); // refined by a non-empty value, if any
        continue;
      }
      const known = columns.get(field);
      if (known && known !== type && !(Array.isArray(value) && known === 'string[]')) {
        throw new Error(`${where}: property "${field}" is ${type} here and ${known} elsewhere in the same file`);
      }
      columns.set(field, type);
    }
  };
  await eachLine(nodesFile, (r, where) => {
    const { k, p } = r as { k: string; p: Record<string, unknown> };
    learn(
      getOrSet(nodeColumns, k, () => new Map()),
      p,
      where,
    );
  });
  await eachLine(tiesFile, (r, where) => {
    const { t, fl, tl, p } = r as { t: string; fl: string; tl: string; p: Record<string, unknown> };
    learn(
      getOrSet(tieColumns, `${t}|${fl}|${tl}`, () => new Map()),
      p,
      where,
    );
  });

  // Pass 2: the rows.
  await mkdir(outDir, { recursive: true });
  const asColumns = (m: Map<string, ColumnType>): Column[] => [...m].map(([name, type]) => ({ name, type }));
  const nodes = new Map<string, NodeCsv & { out: WriteStream }>();
  for (const [label, columns] of nodeColumns) {
    const file = path.join(outDir, `nodes-${label}.csv`);
    const csv = {
      file,
      label,
      labels: ACTOR_KINDS.has(label) ? [label, 'Actor'] : [label],
      columns: asColumns(columns),
      rows: 0,
      out: createWriteStream(file),
    };
    csv.out.write(`${nodeHeader(csv.columns)}\n`);
    nodes.set(label, csv);
  }
  const ties = new Map<string, TieCsv & { out: WriteStream }>();
  for (const [key, columns] of tieColumns) {
    const [type, fromLabel, toLabel] = key.split('|') as [string, string, string];
    const file = path.join(outDir, `ties-${type}-${fromLabel}-${toLabel}.csv`);
    const csv = { file, type, fromLabel, toLabel, columns: asColumns(columns), rows: 0, out: createWriteStream(file) };
    csv.out.write(`${tieHeader(csv.columns)}\n`);
    ties.set(key, csv);
  }
  const ids = new Set<string>();
  await eachLine(nodesFile, async (r, where) => {
    const { k, id, p } = r as { k: string; id: string; p: Record<string, unknown> };
    // The importer has one id space for all labels; the loaders have one per label.
    if (ids.has(id))
      throw new Error(`${where}: id "${id}" is used twice; the offline importer needs ids unique across labels`);
    ids.add(id);
    const csv = nodes.get(k)!;
    const fields = [
      csvField(id, where),
      csvQuote(csv.labels.join(ARRAY_DELIMITER)),
      createdAt,
      createdAt,
      ...csv.columns.map((c) => csvField(p[c.name], where)),
    ];
    csv.rows++;
    if (!csv.out.write(`${fields.join(',')}\n`)) await once(csv.out, 'drain');
  });
  await eachLine(tiesFile, async (r, where) => {
    const { t, f, fl, to, tl, p } = r as {
      t: string;
      f: string;
      fl: string;
      to: string;
      tl: string;
      p: Record<string, unknown>;
    };
    const csv = ties.get(`${t}|${fl}|${tl}`)!;
    const fields = [csvField(f, where), csvField(to, where), t, ...csv.columns.map((c) => csvField(p[c.name], where))];
    csv.rows++;
    if (!csv.out.write(`${fields.join(',')}\n`)) await once(csv.out, 'drain');
  });
  const close = async ({ out }: { out: WriteStream }) => {
    out.end();
    await once(out, 'finish');
  };
  await Promise.all([...nodes.values(), ...ties.values()].map(close));
  const strip = <T extends { out: WriteStream }>({ out: _out, ...rest }: T) => rest;
  return { dir: outDir, nodes: [...nodes.values()].map(strip), ties: [...ties.values()].map(strip), multiline };
}

/** A LOAD CSV expression turning the text of `row.<column>` back into the column's type. */
export function loadCsvValue(column: Column): string {
  const v = `row.\`${column.name}:${column.type}\``;
  const items = `split(${v}, '\\u001f')`;
  switch (column.type) {
    case 'string':
      return v;
    case 'long':
      return `toInteger(${v})`;
    case 'double':
      return `toFloat(${v})`;
    case 'boolean':
      return `toBoolean(${v})`;
    case 'date':
      return `date(${v})`;
    case 'string[]':
      return items;
    case 'long[]':
      return `[x IN ${items} | toInteger(x)]`;
    case 'double[]':
      return `[x IN ${items} | toFloat(x)]`;
  }
}

const props = (columns: readonly Column[]) => `{${columns.map((c) => `\`${c.name}\`: ${loadCsvValue(c)}`).join(', ')}}`;

/**
 * LOAD CSV of one node file from the database's import folder, doing what the bulk loader does
 * per row (the one upsert of server/src/db/upsert.ts), committed every `batch` rows.
 */
export function loadNodesCypher(csv: NodeCsv, batch: number): string {
  if (!isNodeKind(csv.label)) throw new Error(`${csv.file}: ${csv.label} is not a node label`);
  return `LOAD CSV WITH HEADERS FROM 'file:///${path.basename(csv.file)}' AS row
CALL (row) {
${nodeMergeClauses(csv.label, 'on-create', { id: 'row.`id:ID`', props: props(csv.columns) })}
} IN TRANSACTIONS OF ${batch} ROWS`;
}

/** LOAD CSV of one tie file: both ends matched on their label's unique id, MERGE of the tie. */
export function loadTiesCypher(csv: TieCsv, batch: number): string {
  const { type, fromLabel, toLabel } = csv;
  if (!isTieType(type) || !isMatchLabel(fromLabel) || !isMatchLabel(toLabel))
    throw new Error(`${csv.file}: ${type} from ${fromLabel} to ${toLabel} is not a tie of the model`);
  return `LOAD CSV WITH HEADERS FROM 'file:///${path.basename(csv.file)}' AS row
CALL (row) {
${tieMergeClauses(type, fromLabel, toLabel, { from: 'row.`:START_ID`', to: 'row.`:END_ID`', props: props(csv.columns) })}
} IN TRANSACTIONS OF ${batch} ROWS`;
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
