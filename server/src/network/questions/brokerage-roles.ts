/**
 * Brokerage roles of a broker that `brokers` ranked (docs/analytics.md#brokerage-roles): the answer
 * carries, out of sight, the real id the roles are read for, so a masked broker's roles are found
 * without its id ever reaching the answer.
 */
import { brokerage } from '../analytics/analytics.js';
import type { BrokerageRoles } from '../analytics/brokerage.js';
import { ORIENTATIONS, type Orientation } from '../analytics/graph.js';
import { checkScope } from '../analytics/scope.js';
import { badInput } from '../../errors.js';
import { ACTOR_KINDS } from '../input.js';
import type { NetworkSession } from '../session.js';

/** The key under which a broker row keeps what its roles are read for (never serialised: not in the SDL). */
export const BROKER_REF = Symbol('broker');

export interface BrokerRef {
  readonly id: string;
  /** The day the broker was ranked on ('YYYY-MM-DD'). */
  readonly asOf: string;
}

/** The roles of the broker `ref` when ties are read by `orientation`; null when it has no group (no country). */
export async function brokerageRolesOf(
  session: NetworkSession,
  ref: BrokerRef,
  orientation: string | null | undefined,
): Promise<(BrokerageRoles & { orientation: Orientation }) | null> {
  const how = (orientation ?? 'TIE_DIRECTION') as Orientation;
  if (!ORIENTATIONS.includes(how)) {
    throw badInput(
      `brokers: "brokerage.orientation" must be one of ${ORIENTATIONS.join(', ')} (got ${how}).`,
      'orientation',
    );
  }
  // Every walkable type between actors, as the brokers score reads them.
  const scope = checkScope('brokers', { asOf: ref.asOf, kinds: ACTOR_KINDS }, ref.asOf);
  const roles = (await brokerage(session, scope, how)).get(ref.id);
  return roles ? { ...roles, orientation: how } : null;
}
