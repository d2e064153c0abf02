/**
 * Gould and Fernandez's brokerage roles (1989) between the Italian, Moroccan and international
 * groups of actors (docs/analytics.md#brokerage-roles). Pure.
 *
 * For every directed two-step A → B → C with A ≠ C and no arc A → C, B brokers; by the groups of A,
 * B and C it is a coordinator (all in one group), an itinerant (A and C in one group, B in another;
 * also called consultant), a representative (A with B, C in another), a gatekeeper (B with C, A in
 * another) or a liaison (all three different).
 */

/** The groups brokerage is counted between: Italy, Morocco, and every other country. */
export type BrokerageGroup = 'IT' | 'MA' | 'INTL';

export const ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const;
export type Role = (typeof ROLES)[number];

export interface BrokerageRoles {
  readonly group: BrokerageGroup;
  /** Each role's count of two-steps. */
  readonly counts: Readonly<Record<Role, number>>;
  /** Two-steps through the actor (the sum of the counts). */
  readonly twoSteps: number;
  /** Each role's count divided by what random groups would give (null when that is 0). */
  readonly normalised: Readonly<Record<Role, number | null>>;
  /** The share of the actor's two-steps that join different groups (every role but coordinator); 0 without two-steps. */
  readonly crossGroupShare: number;
}

/** An actor's group: IT, MA, or INTL for any other country; actors without a country have none. */
export function groupOf(country: string | null): BrokerageGroup | null {
  if (country === null || country === '') return null;
  return country === 'IT' || country === 'MA' ? country : 'INTL';
}

function role(a: BrokerageGroup, b: BrokerageGroup, c: BrokerageGroup): Role {
  if (a === b) return b === c ? 'coordinator' : 'representative';
  if (b === c) return 'gatekeeper';
  return a === c ? 'itinerant' : 'liaison';
}

/**
 * Expected share of each role for a broker of group g when A's and C's groups are drawn at random
 * with the groups' shares p among the actors counted: coordinator p_g², itinerant Σ_{h≠g} p_h²,
 * representative and gatekeeper p_g(1 − p_g), liaison (1 − p_g)² − Σ_{h≠g} p_h².
 */
export function expectedShares(
  g: BrokerageGroup,
  shares: Readonly<Record<BrokerageGroup, number>>,
): Record<Role, number> {
  const pg = shares[g];
  const others = (Object.keys(shares) as BrokerageGroup[]).filter((h) => h !== g);
  const sameOther = others.reduce((s, h) => s + shares[h] ** 2, 0);
  return {
    coordinator: pg ** 2,
    itinerant: sameOther,
    representative: pg * (1 - pg),
    gatekeeper: pg * (1 - pg),
    liaison: Math.max(0, (1 - pg) ** 2 - sameOther),
  };
}

/**
 * The roles of every actor with a group, from the arcs between actors. The cost is Σ over arcs
 * A → B of |out(B)| (each candidate C checked against A's arcs by a set lookup), the number of
 * two-steps.
 */
export function brokerageRoles(
  actors: ReadonlyArray<{ readonly id: string; readonly country: string | null }>,
  arcs: ReadonlyArray<readonly [string, string]>,
): Map<string, BrokerageRoles> {
  const group = new Map<string, BrokerageGroup>();
  for (const a of actors) {
    const g = groupOf(a.country);
    if (g) group.set(a.id, g);
  }
  const out = new Map<string, Set<string>>();
  const into = new Map<string, string[]>();
  for (const [a, b] of arcs) {
    if (!group.has(a) || !group.has(b) || a === b) continue;
    let targets = out.get(a);
    if (!targets) out.set(a, (targets = new Set()));
    targets.add(b);
    let sources = into.get(b);
    if (!sources) into.set(b, (sources = []));
    sources.push(a);
  }
  const size = group.size;
  const shares: Record<BrokerageGroup, number> = { IT: 0, MA: 0, INTL: 0 };
  for (const g of group.values()) shares[g] += 1 / size;
  const result = new Map<string, BrokerageRoles>();
  for (const [b, gb] of group) {
    const counts: Record<Role, number> = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0 };
    const targets = out.get(b);
    for (const a of into.get(b) ?? []) {
      if (!targets) break;
      const ga = group.get(a)!;
      const fromA = out.get(a);
      for (const c of targets) {
        if (c === a || fromA?.has(c)) continue;
        counts[role(ga, gb, group.get(c)!)]++;
      }
    }
    const twoSteps = ROLES.reduce((s, r) => s + counts[r], 0);
    const expected = expectedShares(gb, shares);
    const normalised = Object.fromEntries(
      ROLES.map((r) => [r, twoSteps > 0 && expected[r] > 0 ? counts[r] / (twoSteps * expected[r]) : null]),
    ) as Record<Role, number | null>;
    result.set(b, {
      group: gb,
      counts,
      twoSteps,
      normalised,
      crossGroupShare: twoSteps > 0 ? (twoSteps - counts.coordinator) / twoSteps : 0,
    });
  }
  return result;
}
