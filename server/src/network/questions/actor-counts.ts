import { cypherRecordKey, fingerprintOfKeySum } from '../../privacy/disclosure.js';
import { MEASURE, PEOPLE_KIND } from '../../privacy/published-stats.js';
import { read } from '../db.js';
import { ACTOR_KINDS } from '../input.js';
import type { StatisticsSession } from '../session.js';

/**
 * Actors per kind, every kind listed (0 when none). Below staff the migrant count is rounded
 * (privacy/disclosure.ts) with the same measure as networkStats' actorsByKind, so the two always
 * agree; organisations are counted exactly.
 */
export async function actorCounts(session: StatisticsSession) {
  const exact = session.exactCounts;
  // One count per kind label; only the people's count needs its records' keys (for the rounding),
  // the others come from the count store.
  const rows = await read<{ name: string; count: unknown; keys: unknown }>(
    session,
    ACTOR_KINDS.map((kind) =>
      kind === PEOPLE_KIND && !exact
        ? `MATCH (a:${kind}) RETURN '${kind}' AS name, count(a) AS count, sum(${cypherRecordKey('a')}) AS keys`
        : `MATCH (a:${kind}) RETURN '${kind}' AS name, count(a) AS count, 0 AS keys`,
    ).join(' UNION ALL '),
    {},
  );
  const byKind = new Map(
    rows.map((r) => [r.name, { count: Number(r.count), fingerprint: fingerprintOfKeySum(r.keys) }]),
  );
  return ACTOR_KINDS.map((name) => {
    const cell = byKind.get(name) ?? { count: 0, fingerprint: fingerprintOfKeySum(0) };
    return {
      name,
      count: name === PEOPLE_KIND ? session.disclosure.publish(MEASURE.migrants, cell, exact) : cell.count,
    };
  });
}
