import { describe, expect, it } from 'vitest';
import { createGraph, mergeSubgraph } from './model.js';
import { applyDrawn, drawnOf, optionCounts, type CanvasFilter } from './held-graph.js';
import { syncMetAt } from './met-at.js';
import { fixtureNode, fixtureTie } from './fixtures.js';

const NONE: CanvasFilter = { kinds: [], types: [], countries: [], minConfidence: null, showEvents: false };

function held() {
  const graph = createGraph();
  const node = fixtureNode;
  const tie = fixtureTie;
  mergeSubgraph(graph, {
    nodes: [
      node('a', 'Association', 'IT'),
      node('f', 'Funder', 'MA'),
      node('m', 'Firm', 'MA'),
      node('e', 'Event', null),
      node('x', 'Firm', 'IT'),
    ],
    edges: [
      tie('FUNDS', 'f', 'a'),
      tie('PARTNERS_WITH', 'a', 'm', 0.4),
      tie('ATTENDED', 'a', 'e'),
      tie('ATTENDED', 'x', 'e'),
      tie('MEMBER_OF', 'x', 'a', null),
    ],
  });
  syncMetAt(graph, '#000');
  return graph;
}

const context = { anchors: new Set(['a']), hidden: new Set<string>() };

describe('the drawn part of the held graph', () => {
  it('hides events by default and draws attendance as met-at ties instead', () => {
    const graph = held();
    const drawn = drawnOf(graph, NONE, context);
    expect(drawn.nodes.has('e')).toBe(false);
    expect(drawn.edges.has('ATTENDED:a:e')).toBe(false);
    expect(drawn.edges.has('MET_AT:a:x')).toBe(true);
    const shown = drawnOf(graph, { ...NONE, showEvents: true }, context);
    expect(shown.nodes.has('e')).toBe(true);
    expect(shown.edges.has('ATTENDED:a:e')).toBe(true);
    expect(shown.edges.has('MET_AT:a:x')).toBe(false);
  });

  it('never draws a tie without both its ends, nor a non-anchor without a tie (any filter)', () => {
    const graph = held();
    const options = {
      kinds: [[], ['Firm'], ['Funder', 'Association'], ['Event']],
      types: [[], ['FUNDS'], ['ATTENDED'], ['MEMBER_OF', 'PARTNERS_WITH']],
      countries: [[], ['IT'], ['MA']],
      minConfidence: [null, 0.5, 0.95],
      showEvents: [false, true],
    };
    for (const kinds of options.kinds)
      for (const types of options.types)
        for (const countries of options.countries)
          for (const minConfidence of options.minConfidence)
            for (const showEvents of options.showEvents) {
              const drawn = drawnOf(graph, { kinds, types, countries, minConfidence, showEvents }, context);
              expect(drawn.nodes.has('a')).toBe(true);
              for (const key of drawn.edges) {
                const [from, to] = graph.extremities(key);
                expect(drawn.nodes.has(from) && drawn.nodes.has(to)).toBe(true);
              }
              for (const id of drawn.nodes) {
                if (id === 'a') continue;
                expect(graph.edges(id).some((k) => drawn.edges.has(k))).toBe(true);
              }
            }
  });

  it('filters on confidence as the server does: a tie without one fails', () => {
    const graph = held();
    const drawn = drawnOf(graph, { ...NONE, minConfidence: 0.5 }, context);
    expect(drawn.edges.has('FUNDS:f:a')).toBe(true);
    expect(drawn.edges.has('PARTNERS_WITH:a:m')).toBe(false);
    expect(drawn.edges.has('MEMBER_OF:x:a')).toBe(false);
    expect(drawn.nodes.has('m')).toBe(false);
  });

  it('writes hidden flags without moving a node', () => {
    const graph = held();
    const before = graph.mapNodes((id, a) => [id, a.x, a.y]);
    applyDrawn(graph, drawnOf(graph, { ...NONE, kinds: ['Funder'] }, context));
    expect(graph.getNodeAttribute('m', 'hidden')).toBe(true);
    expect(graph.getNodeAttribute('f', 'hidden') ?? false).toBe(false);
    expect(graph.mapNodes((id, a) => [id, a.x, a.y])).toEqual(before);
  });

  it('counts what each option covers in the held graph', () => {
    const counts = optionCounts(held());
    expect(counts.kinds).toEqual({ Association: 1, Funder: 1, Firm: 2, Event: 1 });
    expect(counts.types).toMatchObject({ FUNDS: 1, ATTENDED: 2, MET_AT: 1 });
    expect(counts.countries).toEqual({ IT: 2, MA: 2 });
  });
});
