/**
 * Likely duplicates in the database: reads the actors' names, runs the matcher (dedupe.ts) and
 * leaves out the pairs staff dismissed. Shared by `duplicateCandidates` and `ponte dedupe`.
 * Dismissed pairs are (:DismissedDuplicate {key, a, b, at, by}) nodes: no SDL type maps to the label,
 * so the generated API can neither read nor change them.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Reason } from '../explain/reason.js';
import { findDuplicates, pairKey, type DuplicateMatch, type NameRecord } from './dedupe.js';

import { ACTOR_KINDS } from '../../../schema/generated/model.js';

export { ACTOR_KINDS };

export interface ActorNameRecord extends NameRecord {
  /** The name shown (for a migrant: the display name; `name` holds what is matched). */
  readonly displayName: string;
  readonly altNames: readonly string[];
}

export interface CandidateActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string | null;
  readonly city: string | null;
  readonly altNames: readonly string[];
  readonly ties: number;
}

export interface CandidatePair {
  readonly a: CandidateActor;
  readonly b: CandidateActor;
  readonly score: number;
  readonly reasons: readonly string[];
  /** The same reasons in parts (reasons[i] is reasonParts[i] in English). */
  readonly reasonParts: readonly Reason[];
}

export interface CandidateOptions {
  readonly kinds?: readonly string[] | null;
  readonly minScore: number;
  readonly limit: number;
}

/**
 * Every actor of the kinds asked for, as the matcher needs it. A migrant is matched on the full name
 * when staff recorded one (the display name is only a first name and an initial); this runs for
 * staff and admin only.
 */
export async function readNameRecords(
  driver: Driver,
  database: string,
  kinds?: readonly string[] | null,
): Promise<ActorNameRecord[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor)
     WHERE $kinds IS NULL OR any(l IN labels(a) WHERE l IN $kinds)
     RETURN a.id AS id, a.name AS displayName,
            CASE WHEN a:Migrant THEN coalesce(a.fullName, a.name) ELSE a.name END AS name,
            [l IN labels(a) WHERE l IN $allKinds][0] AS kind, a.country AS country, a.city AS city,
            coalesce(a.altNames, []) AS altNames`,
    { kinds: kinds && kinds.length ? [...kinds] : null, allKinds: [...ACTOR_KINDS] },
    { database, routing: 'READ' },
  );
  return records
    .map((r) => r.toObject() as ActorNameRecord)
    .filter((r) => typeof r.name === 'string' && r.name.trim() !== '');
}

export async function readDismissedKeys(driver: Driver, database: string): Promise<Set<string>> {
  const { records } = await driver.executeQuery(
    'MATCH (x:DismissedDuplicate) RETURN x.key AS key',
    {},
    { database, routing: 'READ' },
  );
  return new Set(records.map((r) => r.get('key') as string));
}

/** The likely duplicates, best first, dismissed pairs left out, each actor with its tie count. */
export async function duplicateCandidates(
  driver: Driver,
  database: string,
  options: CandidateOptions,
): Promise<CandidatePair[]> {
  const [actors, dismissed] = await Promise.all([
    readNameRecords(driver, database, options.kinds),
    readDismissedKeys(driver, database),
  ]);
  const matches: DuplicateMatch<ActorNameRecord>[] = findDuplicates(actors, options.minScore)
    .filter((m) => !dismissed.has(pairKey(m.a.id, m.b.id)))
    .slice(0, options.limit);
  const ids = [...new Set(matches.flatMap((m) => [m.a.id, m.b.id]))];
  const { records } = await driver.executeQuery(
    'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN id, COUNT { (a)--() } AS ties',
    { ids },
    { database, routing: 'READ' },
  );
  const ties = new Map(records.map((r) => [r.get('id') as string, Number(r.get('ties'))]));
  const show = (r: ActorNameRecord): CandidateActor => ({
    id: r.id,
    name: r.displayName,
    kind: r.kind,
    country: r.country ?? null,
    city: r.city ?? null,
    altNames: r.altNames,
    ties: ties.get(r.id) ?? 0,
  });
  return matches.map((m) => ({
    a: show(m.a),
    b: show(m.b),
    score: m.score,
    reasons: m.reasons,
    reasonParts: m.reasonParts,
  }));
}

/** Records that staff said `a` and `b` are not the same actor. Idempotent. */
export async function dismissPair(
  tx: ManagedTransaction,
  a: string,
  b: string,
  userId: string,
): Promise<{ a: string; b: string; at: string }> {
  const [first, second] = a < b ? [a, b] : [b, a];
  const { records } = await tx.run(
    `MERGE (x:DismissedDuplicate {key: $key})
     ON CREATE SET x.a = $a, x.b = $b, x.at = datetime(), x.by = $userId
     RETURN x.a AS a, x.b AS b, toString(x.at) AS at`,
    { key: pairKey(first, second), a: first, b: second, userId },
  );
  return records[0]!.toObject() as { a: string; b: string; at: string };
}
