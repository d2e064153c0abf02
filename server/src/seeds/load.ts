import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { type MatchLabel, type NodeBatch, type TieBatch, nodeBatches, tieBatches } from './rows.js';
import { type NodeKind, type TieType, isActorKind } from './seed-schema.js';
import { type SeedSet, validateSeedDir } from './validate.js';

export interface SeedLoadOptions {
  readonly database: string;
  /** A directory of `*.json` seed files (see seeds/README.md). */
  readonly dir: string;
}

export interface SeedLoadSummary {
  /** The files loaded, relative to the repository root when inside it. */
  readonly files: readonly string[];
  /** Nodes written per label; `Actor` counts all actor kinds together. */
  readonly nodes: Readonly<Record<string, number>>;
  /** Relationships written per type. */
  readonly relationships: Readonly<Record<string, number>>;
  readonly totals: { readonly nodes: number; readonly relationships: number };
  /** What did not exist before this load: all of it on an empty database, zero on a re-load. */
  readonly created: { readonly nodes: number; readonly relationships: number };
  readonly ms: number;
}

/**
 * Validates every seed file of `dir`, then writes all of it in one write transaction: either the
 * whole seed set is in the database afterwards or nothing changed. Nodes are merged on `id`, ties
 * on (type, from id, to id), so loading twice leaves the graph (and `updatedAt`) as it was.
 * Throws SeedValidationError (code SEED_INVALID) before touching the database when a file is wrong.
 */
export async function loadSeeds(driver: Driver, options: SeedLoadOptions): Promise<SeedLoadSummary> {
  const started = Date.now();
  const seeds = await validateSeedDir(options.dir);
  const nodeWork = nodeBatches(seeds.nodes);
  const kinds = new Map<string, NodeKind>(seeds.nodes.map((node) => [node.id, node.kind]));
  const tieWork = tieBatches(seeds.ties, (id) => {
    const kind = kinds.get(id);
    if (!kind) throw new Error(`validated tie end ${id} has no node`); // validation rules this out
    return kind;
  });

  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const created = await session.executeWrite(async (tx) => {
      // executeWrite may retry the whole function, so counts start from zero in each attempt.
      let nodesCreated = 0;
      let relationshipsCreated = 0;
      for (const batch of nodeWork) nodesCreated += await writeNodes(tx, batch);
      for (const batch of tieWork) relationshipsCreated += await writeTies(tx, batch);
      return { nodes: nodesCreated, relationships: relationshipsCreated };
    });
    return { files: seeds.files, ...countSeedSet(seeds), created, ms: Date.now() - started };
  } finally {
    await session.close();
  }
}

/** What a seed set puts in the graph, per label and relationship type (no database needed). */
export function countSeedSet(seeds: Pick<SeedSet, 'nodes' | 'ties'>): Pick<SeedLoadSummary, 'nodes' | 'relationships' | 'totals'> {
  const nodes: Record<string, number> = {};
  for (const node of seeds.nodes) {
    nodes[node.kind] = (nodes[node.kind] ?? 0) + 1;
    if (isActorKind(node.kind)) nodes.Actor = (nodes.Actor ?? 0) + 1;
  }
  const relationships: Record<string, number> = {};
  for (const tie of seeds.ties) relationships[tie.type] = (relationships[tie.type] ?? 0) + 1;
  return { nodes, relationships, totals: { nodes: seeds.nodes.length, relationships: seeds.ties.length } };
}

/** True when the database holds no node at all (indexes and constraints do not count). */
export async function isDatabaseEmpty(driver: Driver, database: string): Promise<boolean> {
  const result = await driver.executeQuery('RETURN NOT EXISTS { MATCH (n) WHERE NOT n:User AND NOT n:AuditEvent } AS empty', {}, { database, routing: neo4j.routing.READ });
  return result.records[0]?.get('empty') === true;
}

// ---------------------------------------------------------------------------------------------

/**
 * Labels and types are interpolated into the query text because Cypher cannot take a label as a
 * parameter and still use its index; they are safe because validation has already narrowed every
 * `kind` and `type` to the fixed lists of seed-schema.ts.
 *
 * `updatedAt` moves only when a property really changed: `before` is the node as found, and a
 * re-load that sets the same values leaves it equal, which keeps re-loading a no-op.
 */
function nodeCypher(kind: NodeKind, isActorLabel: boolean): string {
  return `
    UNWIND $rows AS row
    MERGE (n:${kind} {id: row.id})
      ON CREATE SET n.createdAt = datetime.transaction()
    WITH n, row, properties(n) AS before
    SET n += row.props${isActorLabel ? ', n:Actor' : ''}
    WITH n, before
    SET n.updatedAt = CASE WHEN n.updatedAt IS NULL OR before <> properties(n) THEN datetime.transaction() ELSE n.updatedAt END
    RETURN count(n) AS written`;
}

function tieCypher(type: TieType, fromLabel: MatchLabel, toLabel: MatchLabel): string {
  return `
    UNWIND $rows AS row
    MATCH (a:${fromLabel} {id: row.from})
    MATCH (b:${toLabel} {id: row.to})
    MERGE (a)-[r:${type}]->(b)
    SET r += row.props
    RETURN count(r) AS written`;
}

async function writeNodes(tx: ManagedTransaction, batch: NodeBatch): Promise<number> {
  const result = await tx.run(nodeCypher(batch.kind, batch.isActor), { rows: batch.rows });
  assertWritten(result.records[0]?.get('written'), batch.rows.length, `${batch.kind} nodes`);
  return result.summary.counters.updates().nodesCreated;
}

async function writeTies(tx: ManagedTransaction, batch: TieBatch): Promise<number> {
  const result = await tx.run(tieCypher(batch.type, batch.fromLabel, batch.toLabel), { rows: batch.rows });
  // Fewer rows than sent means an end was not found; throwing rolls the whole load back.
  assertWritten(result.records[0]?.get('written'), batch.rows.length, `${batch.type} ties from ${batch.fromLabel} to ${batch.toLabel}`);
  return result.summary.counters.updates().relationshipsCreated;
}

function assertWritten(written: unknown, expected: number, what: string): void {
  const count = neo4j.isInt(written) ? written.toNumber() : written;
  if (count !== expected) throw new Error(`seed load wrote ${String(count)} of ${expected} ${what}; rolled back`);
}
