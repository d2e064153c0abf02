import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { upsertNodes, upsertTies } from '../db/upsert.js';
import { type NodeBatch, type TieBatch, nodeBatches, tieBatches } from './rows.js';
import { type NodeKind, isActorKind } from './seed-schema.js';
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
export function countSeedSet(
  seeds: Pick<SeedSet, 'nodes' | 'ties'>,
): Pick<SeedLoadSummary, 'nodes' | 'relationships' | 'totals'> {
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
  const result = await driver.executeQuery(
    'RETURN NOT EXISTS { MATCH (n) WHERE NOT n:User AND NOT n:AuditEvent } AS empty',
    {},
    { database, routing: neo4j.routing.READ },
  );
  return result.records[0]?.get('empty') === true;
}

// ---------------------------------------------------------------------------------------------

// One upsert for every writer (docs/architecture.md#one-copy-of-each): `updatedAt` moves only when
// a value really changes, which keeps re-loading a no-op; a short write rolls the whole load back.
async function writeNodes(tx: ManagedTransaction, batch: NodeBatch): Promise<number> {
  return upsertNodes(tx, batch.kind, batch.rows, {
    short: (written, sent) => `seed load wrote ${written} of ${sent} ${batch.kind} nodes; rolled back`,
  });
}

async function writeTies(tx: ManagedTransaction, batch: TieBatch): Promise<number> {
  return upsertTies(tx, batch.type, batch.fromLabel, batch.toLabel, batch.rows, {
    short: (written, sent) =>
      `seed load wrote ${written} of ${sent} ${batch.type} ties from ${batch.fromLabel} to ${batch.toLabel}; rolled back`,
  });
}
