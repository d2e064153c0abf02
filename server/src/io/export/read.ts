import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ErrorCode, PonteError } from '../../errors.js';
import { decodeEvidence } from '../../model/evidence.js';
import { nodePropertyNames, tiePropertyNames } from '../../seeds/seed-schema.js';
import {
  NODE_KINDS,
  PERSONAL_FIELDS,
  TIE_TYPES,
  type ExportFilter,
  type ExportNode,
  type ExportTie,
  type ExportValue,
  type ExportedGraph,
  type NodeKind,
  type TieType,
} from './model.js';

/**
 * Reads the exported part of the graph in one read transaction, so the files describe one moment
 * of the database even while staff keep writing. Labels and types come from the fixed lists of
 * seed-schema.ts (validated before they get here), which is why they may be interpolated.
 */
export async function readGraph(driver: Driver, database: string, filter: ExportFilter = {}): Promise<ExportedGraph> {
  const kinds = new Set<NodeKind>(filter.kinds?.length ? filter.kinds : NODE_KINDS);
  const types = (
    filter.types?.length ? TIE_TYPES.filter((t) => filter.types!.includes(t)) : [...TIE_TYPES]
  ) as TieType[];
  const personalFields = filter.personalFields ?? false;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const selection = filter.region ? await regionSelection(tx, filter.region, kinds, types) : undefined;
      const nodes: ExportNode[] = [];
      for (const kind of NODE_KINDS) {
        if (!kinds.has(kind)) continue;
        const ids = selection ? [...(selection.ids.get(kind) ?? [])] : null;
        if (ids && ids.length === 0) continue;
        const result = await tx.run(
          `MATCH (n:${kind}) WHERE $ids IS NULL OR n.id IN $ids RETURN n.id AS id, properties(n) AS p`,
          { ids },
        );
        const fields = nodePropertyNames(kind).filter(
          (name) => personalFields || kind !== 'Migrant' || !PERSONAL_FIELDS.has(name),
        );
        const rows = result.records.map((r) => ({
          kind,
          id: r.get('id') as string,
          props: pick(r.get('p') as Record<string, unknown>, fields),
        }));
        nodes.push(...rows.sort((a, b) => compare(a.id, b.id)));
      }
      const exported = new Set(nodes.map((n) => n.id));
      const ties: ExportTie[] = [];
      for (const type of types) {
        // A region's ties start from its actors (an index seek each); otherwise every tie of the type.
        const result = selection
          ? await tx.run(
              `UNWIND $core AS id MATCH (:Actor {id: id})-[t:${type}]-() WITH DISTINCT t RETURN startNode(t).id AS from, endNode(t).id AS to, properties(t) AS p`,
              { core: [...selection.core] },
            )
          : await tx.run(`MATCH (a)-[t:${type}]->(b) RETURN a.id AS from, b.id AS to, properties(t) AS p`);
        const fields = tiePropertyNames(type);
        const rows = result.records
          .map((r) => ({
            type,
            from: r.get('from') as string,
            to: r.get('to') as string,
            props: pick(r.get('p') as Record<string, unknown>, fields),
          }))
          // Both ends must be exported nodes: a tie to an account or anything outside the model stays.
          .filter((t) => exported.has(t.from) && exported.has(t.to))
          // A region's export holds its actors' ties, not the ties among their neighbours.
          .filter((t) => !selection || selection.core.has(t.from) || selection.core.has(t.to));
        ties.push(...rows.sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to)));
      }
      return { nodes, ties, personalFields };
    });
  } finally {
    await session.close();
  }
}

/**
 * "Export a region": the region, the actors BASED_IN it, and for every tie of an exported type
 * with an end among those actors, the node at the other end — so the files load on their own.
 * Returns the ids to export per kind, and the region's own actors (`core`).
 */
async function regionSelection(
  tx: ManagedTransaction,
  region: string,
  kinds: ReadonlySet<NodeKind>,
  types: readonly TieType[],
): Promise<{ ids: Map<NodeKind, Set<string>>; core: Set<string> }> {
  const found = await tx.run('MATCH (r:Region) WHERE r.id = $region OR r.code = $region RETURN r.id AS id', { region });
  const regionId = found.records[0]?.get('id') as string | undefined;
  if (!regionId) {
    throw new PonteError(
      ErrorCode.NotFound,
      `no region with id or code "${region}"; use an id such as region-piemonte or an ISO code such as IT-21`,
    );
  }
  const selection = new Map<NodeKind, Set<string>>();
  const add = (kind: NodeKind, id: string) => {
    if (!kinds.has(kind)) return;
    const set = selection.get(kind) ?? new Set<string>();
    set.add(id);
    selection.set(kind, set);
  };
  add('Region', regionId);
  const actors = await tx.run(
    'MATCH (a:Actor)-[:BASED_IN]->(:Region {id: $regionId}) RETURN a.id AS id, labels(a) AS labels',
    { regionId },
  );
  const core = new Set<string>();
  for (const r of actors.records) {
    const kind = kindOf(r.get('labels') as string[]);
    if (kind && kinds.has(kind)) {
      core.add(r.get('id') as string);
      add(kind, r.get('id') as string);
    }
  }
  const others = await tx.run(
    `UNWIND $core AS id
     MATCH (a:Actor {id: id})-[t]-(b)
     WHERE type(t) IN $types
     RETURN DISTINCT b.id AS id, labels(b) AS labels`,
    { core: [...core], types: [...types] },
  );
  for (const r of others.records) {
    const kind = kindOf(r.get('labels') as string[]);
    if (kind) add(kind, r.get('id') as string);
  }
  return { ids: selection, core };
}

function kindOf(labels: readonly string[]): NodeKind | undefined {
  return NODE_KINDS.find((kind) => labels.includes(kind));
}

/** The known properties, in name order, as the seed format writes them; nulls left out. */
function pick(props: Record<string, unknown>, fields: readonly string[]): Record<string, ExportValue> {
  const out: Record<string, ExportValue> = {};
  for (const name of [...fields].sort()) {
    const value = name === 'evidence' ? evidenceText(props[name]) : toExportValue(props[name]);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/**
 * The stored records (a list of JSON strings) as one JSON array text, the same in every format's
 * cell or attribute (a `;`-joined list would split inside a quote); absent when there are none.
 */
function evidenceText(value: unknown): string | undefined {
  const records = decodeEvidence(value);
  return records.length > 0 ? JSON.stringify(records) : undefined;
}

/** Neo4j value → seed value: Date → YYYY-MM-DD, Integer → number; other types are not in the model. */
export function toExportValue(value: unknown): ExportValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => String(v));
  return undefined;
}

/** Code-point order, the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
