import neo4j, { type Driver } from 'neo4j-driver';
import { ErrorCode } from '../../errors.js';
import { isActorKind } from '../../seeds/seed-schema.js';
import type { WritePlan, WriteProblem } from './inspect.js';

/** At most this many connects per call are checked one by one; larger batches belong in an import. */
export const MAX_CHECKED_CONNECTS = 500;

/**
 * What only the database can say about a planned write, read in one read transaction before the
 * write runs: an id that is taken, a node to connect that does not exist, a tie that is already
 * recorded (same type and ends). Labels come from the fixed lists of seed-schema.ts and the SDL,
 * never from the request, which is why they may be interpolated.
 */
export async function checkAgainstDatabase(driver: Driver, database: string, plan: WritePlan): Promise<WriteProblem[]> {
  const problems: WriteProblem[] = [];
  const connects = plan.connections.reduce((n, c) => n + c.targetIds.length, 0);
  if (connects > MAX_CHECKED_CONNECTS) {
    return [
      {
        path: plan.connections[0]!.path,
        message: `${connects} connects in one call; at most ${MAX_CHECKED_CONNECTS} (split the call, or load a file with npm run seed)`,
        code: ErrorCode.BadUserInput,
      },
    ];
  }
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead(async (tx) => {
      for (const ref of plan.newIds) {
        // Actor ids are unique across the five kinds (the Actor constraint), so look on Actor.
        const label = isActorKind(ref.kind) ? 'Actor' : ref.kind;
        const found = await tx.run(`MATCH (n:${label} {id: $id}) RETURN labels(n) AS labels LIMIT 1`, { id: ref.id });
        if (found.records.length > 0) {
          const labels = (found.records[0]!.get('labels') as string[]).filter((l) => l !== 'Actor');
          problems.push({
            path: ref.path,
            message: `id "${ref.id}" is already taken by ${withArticle(labels[0] ?? label)}; choose another id, or update that one`,
            code: ErrorCode.Conflict,
          });
        }
      }
      for (const c of plan.connections) {
        const labels = c.relationship.targetLabels;
        for (const id of c.targetIds) {
          const found = await tx.run(
            `MATCH (n) WHERE n.id = $id AND (${labels.map((l) => `n:${l}`).join(' OR ')}) RETURN count(n) AS n`,
            { id },
          );
          if (Number(found.records[0]?.get('n')) === 0) {
            problems.push({
              path: c.path,
              message: `no ${labels.join(' or ')} with id "${id}" to connect (${c.relationship.type}); fix the id or create it first`,
              code: ErrorCode.NotFound,
            });
            continue;
          }
          if (!c.owner || c.owner.isNew) continue;
          const [from, to] = c.relationship.direction === 'OUT' ? [c.owner.id, id] : [id, c.owner.id];
          const pattern = c.relationship.undirected
            ? `(a {id: $from})-[r:${c.relationship.type}]-(b {id: $to})`
            : `(a {id: $from})-[r:${c.relationship.type}]->(b {id: $to})`;
          const ownerLabel = c.owner.labels.length === 1 ? `:${c.owner.labels[0]}` : '';
          const tie = await tx.run(
            `MATCH (o${ownerLabel} {id: $owner}) MATCH ${pattern} WHERE o = a OR o = b RETURN count(r) AS n`,
            { owner: c.owner.id, from, to },
          );
          if (Number(tie.records[0]?.get('n')) > 0) {
            problems.push({
              path: c.path,
              message: `the ${c.relationship.type} tie from "${from}" to "${to}" is already recorded; update its properties instead of connecting again`,
              code: ErrorCode.Conflict,
            });
          }
        }
      }
    });
  } finally {
    await session.close();
  }
  return problems;
}

function withArticle(label: string): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}
