import { describe, expect, it } from 'vitest';
import { checkFilter, type FilterInput } from '../input.js';
import { VIEWERS } from '../viewer.js';
import type { Viewer } from '../viewer.js';
import {
  buildWalkGraph,
  NOT_A_COUNTRY,
  type Bound,
  type WalkGraph,
  type WalkNodeRow,
  type WalkTieRow,
} from './walk-graph.js';
import { nodeWithId, searchFrom, shortestPathsTo, startActive, walkRules } from './walk-search.js';

const day = (d: string): Bound => ({ day: d });

function node(id: string, labels: string[], extra: Partial<WalkNodeRow> = {}): WalkNodeRow {
  return { eid: `e-${id}`, id, labels, consent: null, country: null, from: null, to: null, ...extra };
}

function tie(from: string, to: string, type: string, extra: Partial<WalkTieRow> = {}): WalkTieRow {
  return {
    eid: `r-${from}-${type}-${to}`,
    from: `e-${from}`,
    to: `e-${to}`,
    type,
    since: null,
    until: null,
    confidence: 0.8,
    ...extra,
  };
}

const NODES = [
  node('a', ['Actor', 'Association'], { country: 'IT' }),
  node('hidden', ['Actor', 'Migrant'], { consent: 'NONE', country: 'IT' }),
  node('shown', ['Actor', 'Migrant'], { consent: 'NETWORK', country: 'IT' }),
  node('b', ['Actor', 'Firm'], { country: 'MA', from: day('2015-01-01') }),
  node('f', ['Actor', 'Funder'], { country: 'MA' }),
  node('odd', ['Actor', 'Firm'], { country: NOT_A_COUNTRY, from: 'not-a-day' }),
];
const TIES = [
  tie('a', 'hidden', 'MENTORS'),
  tie('hidden', 'f', 'FUNDS'),
  tie('a', 'shown', 'MENTORS', { until: day('2010-12-31') }),
  tie('shown', 'b', 'EMPLOYS', { confidence: null }),
  tie('b', 'f', 'PARTNERS_WITH'),
  tie('b', 'f', 'FUNDS', { since: day('2020-01-01') }),
  tie('a', 'odd', 'PARTNERS_WITH'),
  tie('odd', 'f', 'PARTNERS_WITH'),
];

/** Each target's shortest paths as id lists, from `from`, for the viewer and filter. */
function paths(graph: WalkGraph, viewer: Viewer, filter: FilterInput | null, from = 'a', maxHops = 4) {
  const rules = walkRules(graph, checkFilter('test', filter, false), viewer)!;
  const start = nodeWithId(graph, from, 'Actor') as number;
  if (!startActive(graph, rules, start)) return {};
  const search = searchFrom(graph, rules, start, maxHops);
  const out: Record<string, string[]> = {};
  for (let t = 0; t < graph.size; t++) {
    const found = shortestPathsTo(search, t, 200);
    if (found.length > 0)
      out[graph.ids[t]!] = found
        .map((p) =>
          p.nodes
            .map((n, k) => (k === 0 ? graph.ids[n] : `${graph.types[graph.tieType[p.ties[k - 1]!]!]}-${graph.ids[n]}`))
            .join(' '),
        )
        .sort();
  }
  return out;
}

describe('the walk graph searches', () => {
  const graph = buildWalkGraph(NODES, TIES);

  it('never walks through a migrant hidden from the asker', () => {
    expect(paths(graph, VIEWERS.staff, null).f).toEqual([
      'a MENTORS-hidden FUNDS-f',
      'a PARTNERS_WITH-odd PARTNERS_WITH-f',
    ]);
    // The analyst's graph has no `hidden`: f is reached through odd only.
    expect(paths(graph, VIEWERS.analyst, null).f).toEqual(['a PARTNERS_WITH-odd PARTNERS_WITH-f']);
    expect(paths(graph, VIEWERS.analyst, null).hidden).toBeUndefined();
    // Nobody exists for an anonymous asker among migrants: shown is not reached either.
    expect(paths(graph, VIEWERS.anonymous, null).shown).toBeUndefined();
    expect(paths(graph, VIEWERS.analyst, null).shown).toEqual(['a MENTORS-shown']);
  });

  it('applies the rule of time to nodes and ties, and reads a bound that is not a day as never active on a day', () => {
    const on2012 = paths(graph, VIEWERS.staff, { asOf: '2012-06-30' });
    // The tie to `shown` ended in 2010, b was founded in 2015, odd's start is not a day.
    expect(on2012.shown).toBeUndefined();
    expect(on2012.b).toBeUndefined();
    expect(on2012.odd).toBeUndefined();
    expect(on2012.f).toEqual(['a MENTORS-hidden FUNDS-f']);
    // Without a day every tie is walked, whatever its window.
    expect(paths(graph, VIEWERS.staff, null).b).toEqual(['a MENTORS-shown EMPLOYS-b']);
  });

  it('lists parallel ties as distinct paths, and drops ties without a confidence under minConfidence', () => {
    expect(paths(graph, VIEWERS.staff, null, 'b').f).toEqual(['b FUNDS-f', 'b PARTNERS_WITH-f']);
    expect(paths(graph, VIEWERS.staff, { minConfidence: 0.5 }).b).toEqual(
      [
        'a PARTNERS_WITH-odd PARTNERS_WITH-f FUNDS-b',
        'a PARTNERS_WITH-odd PARTNERS_WITH-f PARTNERS_WITH-b',
        'a MENTORS-hidden FUNDS-f FUNDS-b',
        'a MENTORS-hidden FUNDS-f PARTNERS_WITH-b',
      ].sort(),
    );
  });

  it('keeps nodes without a country and drops one whose country is not a string under a countries filter', () => {
    const inMorocco = paths(graph, VIEWERS.staff, { countries: ['MA'] });
    expect(inMorocco.odd).toBeUndefined();
    expect(inMorocco.f).toBeUndefined(); // every way to f starts with an Italian node
    expect(paths(graph, VIEWERS.staff, { kinds: ['Migrant', 'Funder'] }).f).toEqual(['a MENTORS-hidden FUNDS-f']);
  });

  it('does not answer what it does not walk', () => {
    expect(walkRules(graph, checkFilter('t', { transnationalOnly: true }, false), VIEWERS.staff)).toBeUndefined();
    expect(
      walkRules(graph, checkFilter('t', { relationshipTypes: ['BASED_IN', 'FUNDS'] }, true), VIEWERS.staff),
    ).toBeUndefined();
  });

  it('gives the same graph and the same paths in the same order whatever order the rows come in', () => {
    const list = (g: WalkGraph) => {
      const rules = walkRules(g, checkFilter('t', null, false), VIEWERS.staff)!;
      const search = searchFrom(g, rules, nodeWithId(g, 'a', 'Actor') as number, 4);
      return g.ids.map((_, t) => shortestPathsTo(search, t, 200).map((p) => p.nodes.map((n) => g.ids[n]).join('>')));
    };
    const reversed = buildWalkGraph([...NODES].reverse(), [...TIES].reverse());
    expect(reversed.ids).toEqual(graph.ids);
    expect(list(reversed)).toEqual(list(graph));
  });

  it('stops at the cap, and keeps no predecessors when asked for distances only', () => {
    const hub = [node('s', ['Actor', 'Firm']), node('t', ['Actor', 'Firm'])];
    const middles = Array.from({ length: 10 }, (_, i) => node(`m${i}`, ['Actor', 'Firm']));
    const ties = middles.flatMap((m) => [tie('s', m.id, 'PARTNERS_WITH'), tie(m.id, 't', 'PARTNERS_WITH')]);
    const g = buildWalkGraph([...hub, ...middles], ties);
    const rules = walkRules(g, checkFilter('t', null, false), VIEWERS.staff)!;
    const from = nodeWithId(g, 's', 'Actor') as number;
    const to = nodeWithId(g, 't', 'Actor') as number;
    expect(shortestPathsTo(searchFrom(g, rules, from, 4), to, 200)).toHaveLength(10);
    expect(shortestPathsTo(searchFrom(g, rules, from, 4), to, 3)).toHaveLength(3);
    const distancesOnly = searchFrom(g, rules, from, 4, undefined, false);
    expect(distancesOnly.dist[to]).toBe(2);
    expect(distancesOnly.predNode).toHaveLength(0);
  });

  it('names an id held by two nodes of one label as ambiguous', () => {
    const g = buildWalkGraph([node('x', ['Actor', 'Firm']), { ...node('x', ['Actor', 'Funder']), eid: 'e-x2' }], []);
    expect(nodeWithId(g, 'x', 'Actor')).toBe('ambiguous');
    expect(nodeWithId(g, 'x', 'Funder')).toBe(1);
    expect(nodeWithId(g, 'y', 'Actor')).toBeUndefined();
  });
});
