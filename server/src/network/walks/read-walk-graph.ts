/**
 * Reads the walk graph (walk-graph.ts) from Neo4j: every node of NODE_KINDS and every tie of
 * PATH_TIE_TYPES, with the properties the path rules read, streamed record by record so that the
 * 100,000-actor graph never sits in memory twice as driver records.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { NODE_KINDS, PATH_TIE_TYPES } from '../../../../schema/generated/model.js';
import { lifetimeEnd, lifetimeStart } from '../time.js';
import {
  buildWalkGraph,
  NOT_A_COUNTRY,
  type Bound,
  type WalkGraph,
  type WalkNodeRow,
  type WalkTieRow,
} from './walk-graph.js';

/** A bound as stored: absent, a Neo4j Date, or anything else (which a date comparison never keeps). */
function bound(value: unknown): Bound {
  if (value === null || value === undefined) return null;
  return neo4j.isDate(value as object) ? { day: String(value) } : 'not-a-day';
}

function confidenceOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : null;
}

export async function readWalkGraph(driver: Driver, database: string): Promise<WalkGraph> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const nodes: WalkNodeRow[] = [];
      // Kinds and types are the SDL's (schema/generated/model.ts), so they may be written as labels.
      const nodeRows = tx.run(
        `MATCH (n:${NODE_KINDS.join('|')})
         RETURN elementId(n) AS eid, n.id AS id, labels(n) AS labels, n.consent AS consent, n.country AS country,
                ${lifetimeStart('n')} AS from, ${lifetimeEnd('n')} AS to`,
      );
      for await (const r of nodeRows) {
        const consent: unknown = r.get('consent');
        const country: unknown = r.get('country');
        nodes.push({
          eid: r.get('eid') as string,
          id: String(r.get('id') ?? ''),
          labels: r.get('labels') as string[],
          consent: typeof consent === 'string' ? consent : null,
          country:
            country === null || country === undefined ? null : typeof country === 'string' ? country : NOT_A_COUNTRY,
          from: bound(r.get('from')),
          to: bound(r.get('to')),
        });
      }
      const ties: WalkTieRow[] = [];
      const tieRows = tx.run(
        `MATCH (a)-[r:${PATH_TIE_TYPES.join('|')}]->(b)
         RETURN elementId(r) AS eid, elementId(a) AS from, elementId(b) AS to, type(r) AS type, r.since AS since, r.until AS until,
                r.confidence AS confidence`,
      );
      for await (const r of tieRows) {
        ties.push({
          eid: r.get('eid') as string,
          from: r.get('from') as string,
          to: r.get('to') as string,
          type: r.get('type') as string,
          since: bound(r.get('since')),
          until: bound(r.get('until')),
          confidence: confidenceOf(r.get('confidence')),
        });
      }
      return buildWalkGraph(nodes, ties);
    });
  } finally {
    await session.close();
  }
}
