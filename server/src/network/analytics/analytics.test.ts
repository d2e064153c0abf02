import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../seeds/generator/prng.js';
import { computeAnalytics } from './analytics.js';
import { brokerageRoles, expectedShares, ROLES, type BrokerageGroup } from './brokerage.js';
import { betweenness, betweennessErrorBound, centrality } from './centrality.js';
import { actorArcs, canonical, metricsGraph, type ProjectedNode, type ProjectedTie } from './graph.js';

const node = (id: string, country: string | null = 'IT', kind = 'Association'): ProjectedNode => ({
  id,
  kind,
  country,
  actor: true,
});
const tie = (from: string, to: string, type = 'PARTNERS_WITH', weight = 1): ProjectedTie => ({
  from,
  to,
  type,
  weight,
});
const graphOf = (ids: string[], pairs: Array<[string, string]>) =>
  metricsGraph(
    canonical(
      ids.map((id) => node(id)),
      pairs.map(([a, b]) => tie(a, b)),
    ),
  );
const valuesById = (ids: readonly string[], values: ArrayLike<number>) =>
  Object.fromEntries(ids.map((id, i) => [id, values[i]!]));

/** A random graph of n nodes and about n × perNode ties, from a seed. */
function randomProjection(seed: number, n: number, perNode: number) {
  const rand = mulberry32(seed);
  const countries = ['IT', 'MA', 'FR', null];
  const nodes = Array.from({ length: n }, (_, i) =>
    node(
      `n${String(i).padStart(4, '0')}`,
      countries[Math.floor(rand() * 4)]!,
      rand() < 0.3 ? 'Migrant' : 'Association',
    ),
  );
  const types = ['PARTNERS_WITH', 'MEMBER_OF', 'FUNDS', 'MENTORS'];
  const ties = Array.from({ length: Math.floor(n * perNode) }, () =>
    tie(
      nodes[Math.floor(rand() * n)]!.id,
      nodes[Math.floor(rand() * n)]!.id,
      types[Math.floor(rand() * 4)]!,
      Math.round(rand() * 10) / 10,
    ),
  );
  return { nodes, ties };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('centrality on hand-computed graphs (tolerance 1e-6)', () => {
  it('PageRank of a star: centre 0.47973, leaves 0.17342 (α = 0.85; solved by hand)', () => {
    // Leaves x, centre y: x = 0.15/4 + 0.85·y/3, y = 0.15/4 + 0.85·3x, so y = 0.133125 / 0.2775.
    const c = centrality(
      graphOf(
        ['c', 'l1', 'l2', 'l3'],
        [
          ['c', 'l1'],
          ['c', 'l2'],
          ['c', 'l3'],
        ],
      ),
    );
    const y = 0.133125 / 0.2775;
    const x = 0.0375 + (0.85 * y) / 3;
    const pr = valuesById(c.ids, c.pageRank);
    expect(pr.c).toBeCloseTo(y, 6);
    for (const leaf of ['l1', 'l2', 'l3']) expect(pr[leaf]).toBeCloseTo(x, 6);
    expect([...c.pageRank].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });

  it('betweenness of a path a–b–c–d is 2/3 for the inner nodes, of a star 1 for the centre', () => {
    const path = centrality(
      graphOf(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
        ],
      ),
    );
    expect(valuesById(path.ids, path.betweenness)).toEqual({ a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
    const star = centrality(
      graphOf(
        ['c', 'l1', 'l2', 'l3'],
        [
          ['c', 'l1'],
          ['c', 'l2'],
          ['c', 'l3'],
        ],
      ),
    );
    expect(valuesById(star.ids, star.betweenness)).toEqual({ c: 1, l1: 0, l2: 0, l3: 0 });
    expect(path.betweennessEstimate).toEqual({ pivots: 4, exact: true, errorBound: 0 });
  });

  it('betweenness splits over equally short paths: a square a–b–c–d–a gives each node 1/6', () => {
    // a to c goes through b or d (half each), both ways: 2 × ½ per node over (n−1)(n−2) = 6.
    const c = centrality(
      graphOf(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
          ['d', 'a'],
        ],
      ),
    );
    for (const v of c.betweenness) expect(v).toBeCloseTo(1 / 6, 12);
  });

  it('degree counts tied neighbours once; weighted degree sums the strongest tie to each (unknown = 0.5)', () => {
    const graph = metricsGraph(
      canonical(
        [node('a'), node('b'), node('c')],
        [tie('a', 'b', 'FUNDS', 0.9), tie('b', 'a', 'MENTORS', 0.4), tie('a', 'c', 'MEMBER_OF', 0.5), tie('a', 'a')],
      ),
    );
    const c = centrality(graph);
    expect(valuesById(c.ids, c.degree)).toEqual({ a: 2, b: 1, c: 1 });
    expect(valuesById(c.ids, c.weightedDegree)).toEqual({ a: 1.4, b: 0.9, c: 0.5 });
  });

  it('ties of confidence 0 leave PageRank finite', () => {
    const c = centrality(
      metricsGraph(
        canonical([node('a'), node('b'), node('c')], [tie('a', 'b', 'FUNDS', 0), tie('b', 'c', 'FUNDS', 0)]),
      ),
    );
    for (const v of c.pageRank) expect(Number.isFinite(v)).toBe(true);
  });

  it('for all seeds, sampled betweenness is within its stated bound of the exact value', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const graph = metricsGraph(
        canonical(...(Object.values(randomProjection(seed, 300, 1.5)) as [ProjectedNode[], ProjectedTie[]])),
      );
      const exact = betweenness(graph);
      const sampled = betweenness(graph, { exactUpTo: 10, pivots: 60, seed });
      expect(sampled.estimate.exact).toBe(false);
      expect(sampled.estimate.errorBound).toBeCloseTo(betweennessErrorBound(300, 60), 12);
      const worst = Math.max(...exact.values.map((v, i) => Math.abs(v - sampled.values[i]!)));
      expect(worst).toBeLessThanOrEqual(sampled.estimate.errorBound);
    }
  });
});

describe('communities', () => {
  const cliques = () => {
    const left = ['a1', 'a2', 'a3', 'a4'];
    const right = ['b1', 'b2', 'b3', 'b4'];
    const pairs = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => tie(x, y)));
    return {
      nodes: [...left, ...right].map((id) => node(id)),
      ties: [...pairs(left), ...pairs(right), tie('a1', 'b1')],
    };
  };

  it('two cliques joined by one tie are two communities, each named by its most central member', () => {
    const { nodes, ties } = cliques();
    const a = computeAnalytics(canonical(nodes, ties));
    expect(a.communities.map((c) => [c.id, [...c.members].sort()])).toEqual([
      ['a1', ['a1', 'a2', 'a3', 'a4']],
      ['b1', ['b1', 'b2', 'b3', 'b4']],
    ]);
    expect(a.communities[0]!.internalTies).toBe(6);
    expect(a.modularity).toBeGreaterThan(0.3);
  });

  it('a migrant never names a community, even when most central', () => {
    const { nodes, ties } = cliques();
    const withMigrant = nodes.map((n) => (n.id === 'a1' ? { ...n, kind: 'Migrant' } : n));
    const a = computeAnalytics(canonical(withMigrant, ties));
    expect(a.communities.map((c) => c.id)).not.toContain('a1');
    expect(a.communities.find((c) => c.members.includes('a1'))!.members[0]).toBe('a1');
  });

  it('for all seeds, the order Neo4j returns the graph in changes no metric and no community', () => {
    for (const seed of [11, 12, 13, 14]) {
      const { nodes, ties } = randomProjection(seed, 150, 2);
      const first = computeAnalytics(canonical(nodes, ties));
      const again = computeAnalytics(canonical(shuffled(nodes, seed + 1), shuffled(ties, seed + 2)));
      expect({ ...again, timings: {} }).toEqual({ ...first, timings: {} });
    }
  });
});

describe('brokerage roles (Gould & Fernandez)', () => {
  const countries: Record<string, string> = { i1: 'IT', i2: 'IT', i3: 'IT', m1: 'MA', m2: 'MA', x1: 'FR' };
  const actors = Object.entries(countries).map(([id, country]) => ({ id, country }));

  it('counts each role of a hand-drawn graph', () => {
    // m1 (MA) hears from i1 (IT) and m2 (MA) and tells i2 (IT) and x1 (FR); m2 already tells x1.
    const roles = brokerageRoles(actors, [
      ['i1', 'm1'],
      ['m2', 'm1'],
      ['m1', 'i2'],
      ['m1', 'x1'],
      ['m2', 'x1'],
      // i3 (IT) hears from m2 (MA) and from i1 (IT) and tells i2 (IT).
      ['m2', 'i3'],
      ['i1', 'i3'],
      ['i3', 'i2'],
    ]);
    expect(roles.get('m1')!.counts).toEqual({
      coordinator: 0,
      itinerant: 1,
      representative: 1,
      gatekeeper: 0,
      liaison: 1,
    });
    expect(roles.get('i3')!.counts).toEqual({
      coordinator: 1,
      itinerant: 0,
      representative: 0,
      gatekeeper: 1,
      liaison: 0,
    });
    expect(roles.get('m1')!.twoSteps).toBe(3);
    expect(roles.get('m1')!.crossGroupShare).toBe(1);
    expect(roles.get('i3')!.crossGroupShare).toBe(0.5);
    expect(roles.get('i1')!.twoSteps).toBe(0);
    expect(roles.get('i1')!.normalised.coordinator).toBeNull();
  });

  it('normalises by the expected count under random groups: i3 coordinates 1 of 2 where chance says (3/6)²', () => {
    const roles = brokerageRoles(actors, [
      ['m2', 'i3'],
      ['i1', 'i3'],
      ['i3', 'i2'],
    ]);
    expect(roles.get('i3')!.normalised.coordinator).toBeCloseTo(1 / (2 * 0.25), 12);
    expect(roles.get('i3')!.normalised.gatekeeper).toBeCloseTo(1 / (2 * 0.5 * 0.5), 12);
    expect(roles.get('i3')!.normalised.liaison).toBeCloseTo(0, 12);
  });

  it('for all groups and shares, the expected shares of the five roles sum to 1', () => {
    const rand = mulberry32(5);
    for (let i = 0; i < 50; i++) {
      const [a, b] = [rand(), rand()].sort();
      const shares = { IT: a!, MA: b! - a!, INTL: 1 - b! };
      for (const g of ['IT', 'MA', 'INTL'] as BrokerageGroup[]) {
        const e = expectedShares(g, shares);
        expect(ROLES.reduce((s, r) => s + e[r], 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it('reads ties by their direction, a mutual type both ways; BOTH_WAYS makes representative and gatekeeper equal', () => {
    const projection = canonical(
      [node('i1'), node('m1', 'MA'), node('m2', 'MA')],
      [tie('i1', 'm1', 'FUNDS'), tie('m1', 'm2', 'PARTNERS_WITH')],
    );
    expect(actorArcs(projection, 'TIE_DIRECTION')).toEqual([
      ['i1', 'm1'],
      ['m1', 'm2'],
      ['m2', 'm1'],
    ]);
    const both = brokerageRoles(projection.nodes, actorArcs(projection, 'BOTH_WAYS')).get('m1')!;
    expect(both.counts.gatekeeper).toBe(1);
    expect(both.counts.representative).toBe(1);
    const directed = brokerageRoles(projection.nodes, actorArcs(projection, 'TIE_DIRECTION')).get('m1')!;
    expect(directed.counts).toEqual({ coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 1, liaison: 0 });
  });
});
