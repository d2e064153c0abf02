/**
 * Merging two actors that are the same (issue #7): every tie of `drop` moves to `keep`, fields
 * `keep` lacks are copied, `drop` is deleted, all in the caller's transaction. Plain Cypher with
 * explicit per-type handling rather than apoc.refactor.mergeNodes: the rules for folding a tie into
 * an existing one (earliest since, latest until, highest confidence, sources joined) are ours, and
 * they are pure functions here, unit-tested in merge.test.ts.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ErrorCode, PonteError } from '../errors.js';
import { ACTOR_KINDS, MUTUAL_TIE_TYPES, TIE_TYPES } from '../../../schema/generated/model.js';

// TIE_TYPES (docs/architecture.md#tie-types) are the only types a merge may recreate (they go into Cypher text).
export { TIE_TYPES };
/** Read as mutual: an existing tie in either direction is the same tie. */
const UNDIRECTED: ReadonlySet<string> = new Set(MUTUAL_TIE_TYPES);

type Props = Record<string, unknown>;

const absent = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
/** Neo4j Dates print as YYYY-MM-DD, so their text orders them. */
const dateText = (v: unknown) => (absent(v) ? undefined : String(v));

function joinText(a: unknown, b: unknown): string | undefined {
  const parts = [a, b]
    .filter((v) => !absent(v))
    .flatMap((v) => String(v).split('; '))
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length ? [...new Set(parts)].join('; ') : undefined;
}

/**
 * One tie from two that say the same thing (same type, same ends): the earliest `since`, the latest
 * `until` (none = still active, so none wins), the highest `confidence`, both `source`s and `note`s;
 * for any other property the existing tie's value, else the incoming one's.
 */
export function mergeTieProperties(existing: Props, incoming: Props): Props {
  const out: Props = {};
  for (const key of new Set([...Object.keys(existing), ...Object.keys(incoming)])) {
    const e = existing[key];
    const i = incoming[key];
    switch (key) {
      case 'since': {
        const [de, di] = [dateText(e), dateText(i)];
        out[key] = de === undefined ? i : di === undefined ? e : de <= di ? e : i;
        break;
      }
      case 'until': {
        const [de, di] = [dateText(e), dateText(i)];
        out[key] = de === undefined || di === undefined ? null : de >= di ? e : i;
        break;
      }
      case 'confidence':
        out[key] = Math.max(...[e, i].filter((v): v is number => typeof v === 'number'));
        break;
      case 'source':
      case 'note':
        out[key] = joinText(e, i);
        break;
      default:
        out[key] = absent(e) ? i : e;
    }
  }
  for (const key of Object.keys(out))
    if (out[key] === undefined || out[key] === null || out[key] === -Infinity) delete out[key];
  return out;
}

/** Properties only the merge writes or that describe the record rather than the actor. */
const NOT_COPIED = new Set(['id', 'name', 'createdAt', 'updatedAt', 'mergedIds', 'synthetic']);

/**
 * What `keep` takes from `drop`: every field it lacks; lists joined (keep's items first); `drop`'s
 * name (when different) and alternative names into `altNames`; `drop`'s id and its own merged ids
 * into `mergedIds`. Returns the properties to SET and the names of the fields that changed.
 */
export function mergeActorProperties(keep: Props, drop: Props): { set: Props; copied: string[] } {
  const set: Props = {};
  const copied: string[] = [];
  for (const [key, value] of Object.entries(drop)) {
    if (NOT_COPIED.has(key) || absent(value)) continue;
    const current = keep[key];
    if (Array.isArray(value) && (Array.isArray(current) || absent(current))) {
      const joined = [...new Set([...((current as unknown[] | undefined) ?? []), ...value])];
      if (joined.length > ((current as unknown[] | undefined)?.length ?? 0)) {
        set[key] = joined;
        copied.push(key);
      }
    } else if (absent(current)) {
      set[key] = value;
      copied.push(key);
    }
  }
  const altNames = [
    ...new Set([
      ...((set.altNames ?? keep.altNames ?? []) as string[]),
      ...(drop.name && drop.name !== keep.name ? [drop.name as string] : []),
    ]),
  ];
  if (altNames.length > ((keep.altNames as string[] | undefined)?.length ?? 0)) {
    set.altNames = altNames;
    if (!copied.includes('altNames')) copied.push('altNames');
  }
  set.mergedIds = [
    ...new Set([...((keep.mergedIds ?? []) as string[]), drop.id as string, ...((drop.mergedIds ?? []) as string[])]),
  ];
  return { set, copied: copied.sort() };
}

export interface MergeResult {
  readonly tiesMoved: number;
  readonly tiesMerged: number;
  readonly tiesDropped: number;
  readonly fieldsCopied: string[];
  readonly at: string;
}

const kindOf = (labels: string[]) => ACTOR_KINDS.find((k) => labels.includes(k));

interface TieRow {
  rid: string;
  type: string;
  outgoing: boolean;
  other: string;
  toKeep: boolean;
  props: Props;
}

/**
 * Merges `dropId` into `keepId` inside `tx`. Throws PonteError NOT_FOUND for an unknown id and
 * BAD_USER_INPUT for the same id twice or actors of different kinds; then nothing is written.
 */
export async function mergeActorsInTx(tx: ManagedTransaction, keepId: string, dropId: string): Promise<MergeResult> {
  if (keepId === dropId)
    throw new PonteError(
      ErrorCode.BadUserInput,
      `mergeActors: "keep" and "drop" are the same id ("${keepId}"); pass two different actors.`,
    );
  const found = await tx.run(
    `OPTIONAL MATCH (k:Actor {id: $keep}) OPTIONAL MATCH (d:Actor {id: $drop})
     RETURN k IS NOT NULL AS hasKeep, d IS NOT NULL AS hasDrop, labels(k) AS keepLabels, labels(d) AS dropLabels, properties(k) AS keep, properties(d) AS drop`,
    { keep: keepId, drop: dropId },
  );
  const row = found.records[0]!.toObject() as {
    hasKeep: boolean;
    hasDrop: boolean;
    keepLabels: string[] | null;
    dropLabels: string[] | null;
    keep: Props | null;
    drop: Props | null;
  };
  if (!row.hasKeep)
    throw new PonteError(ErrorCode.NotFound, `mergeActors: no actor with id "${keepId}" (argument "keep").`);
  if (!row.hasDrop)
    throw new PonteError(ErrorCode.NotFound, `mergeActors: no actor with id "${dropId}" (argument "drop").`);
  const keepKind = kindOf(row.keepLabels!);
  const dropKind = kindOf(row.dropLabels!);
  if (keepKind !== dropKind) {
    const a = (kind: string | undefined) =>
      `${/^[AEIOU]/.test(kind ?? '') ? 'an' : 'a'} ${kind ?? 'actor of no known kind'}`;
    throw new PonteError(
      ErrorCode.BadUserInput,
      `mergeActors: "${keepId}" is ${a(keepKind)} and "${dropId}" ${a(dropKind)}; only actors of the same kind can be merged (change the kind of one first, or dismiss the pair).`,
    );
  }

  const ties = await tx.run(
    `MATCH (d:Actor {id: $drop})-[r]-(o)
     RETURN DISTINCT elementId(r) AS rid, type(r) AS type, startNode(r) = d AS outgoing, elementId(o) AS other,
            o.id = $keep OR o = d AS toKeep, properties(r) AS props`,
    { drop: dropId, keep: keepId },
  );
  let tiesMoved = 0;
  let tiesMerged = 0;
  let tiesDropped = 0;
  for (const record of ties.records) {
    const tie = record.toObject() as TieRow;
    if (!(TIE_TYPES as readonly string[]).includes(tie.type)) {
      throw new PonteError(
        ErrorCode.BadUserInput,
        `mergeActors: "${dropId}" has a tie of unknown type ${tie.type}; fix it in the database before merging.`,
      );
    }
    if (tie.toKeep) {
      await tx.run('MATCH ()-[r]->() WHERE elementId(r) = $rid DELETE r', { rid: tie.rid });
      tiesDropped++;
      continue;
    }
    const pattern = UNDIRECTED.has(tie.type)
      ? `(k)-[e:${tie.type}]-(o)`
      : tie.outgoing
        ? `(k)-[e:${tie.type}]->(o)`
        : `(k)<-[e:${tie.type}]-(o)`;
    const existing = await tx.run(
      `MATCH (k:Actor {id: $keep}), (o) WHERE elementId(o) = $other
       MATCH ${pattern}
       RETURN elementId(e) AS eid, properties(e) AS props LIMIT 1`,
      { keep: keepId, other: tie.other },
    );
    const match = existing.records[0];
    if (match) {
      const merged = mergeTieProperties(match.get('props') as Props, tie.props);
      await tx.run('MATCH ()-[e]->() WHERE elementId(e) = $eid SET e = $props', {
        eid: match.get('eid') as string,
        props: merged,
      });
      tiesMerged++;
    } else {
      const create = tie.outgoing ? `CREATE (k)-[e:${tie.type}]->(o)` : `CREATE (k)<-[e:${tie.type}]-(o)`;
      await tx.run(`MATCH (k:Actor {id: $keep}), (o) WHERE elementId(o) = $other ${create} SET e = $props`, {
        keep: keepId,
        other: tie.other,
        props: tie.props,
      });
      tiesMoved++;
    }
    await tx.run('MATCH ()-[r]->() WHERE elementId(r) = $rid DELETE r', { rid: tie.rid });
  }

  const { set, copied } = mergeActorProperties(row.keep!, row.drop!);
  // Dismissals that named the dropped actor no longer mean anything.
  await tx.run('MATCH (x:DismissedDuplicate) WHERE x.a = $drop OR x.b = $drop DELETE x', { drop: dropId });
  await tx.run('MATCH (d:Actor {id: $drop}) DETACH DELETE d', { drop: dropId });
  const done = await tx.run(
    'MATCH (k:Actor {id: $keep}) SET k += $set, k.updatedAt = datetime() RETURN toString(k.updatedAt) AS at',
    { keep: keepId, set },
  );
  return { tiesMoved, tiesMerged, tiesDropped, fieldsCopied: copied, at: done.records[0]!.get('at') as string };
}
