import { describe, expect, it } from 'vitest';
import { createGraph, mergeSubgraph } from './model.js';
import { fixtureNode, fixtureTie } from './fixtures.js';
import { deriveMetAt, metAtKey, syncMetAt, type Attendance } from './met-at.js';

/** A small deterministic generator, so that properties run over many attendances. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % 1000) / 1000;
}

function attendances(seed: number): Attendance[] {
  const r = random(seed);
  const out: Attendance[] = [];
  for (let i = 0; i < 40; i++) out.push({ attendee: `a${Math.floor(r() * 8)}`, event: `e${Math.floor(r() * 5)}` });
  return out;
}

describe('met-at ties', () => {
  it('joins each pair that shared events once, weighted by the events they shared (any seed)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const list = attendances(seed);
      const ties = deriveMetAt(list);
      const at = (a: string) => new Set(list.filter((x) => x.attendee === a).map((x) => x.event));
      const people = [...new Set(list.map((x) => x.attendee))];
      for (const a of people)
        for (const b of people) {
          if (a >= b) continue;
          const shared = [...at(a)].filter((e) => at(b).has(e)).sort();
          const tie = ties.find((t) => t.key === metAtKey(a, b));
          if (shared.length === 0) expect(tie).toBeUndefined();
          else expect(tie?.events).toEqual(shared);
        }
      expect(new Set(ties.map((t) => t.key)).size).toBe(ties.length);
    }
  });

  it('does not depend on the order attendances come in', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const list = attendances(seed);
      expect(deriveMetAt([...list].reverse())).toEqual(deriveMetAt(list));
    }
  });

  it('keeps the graph’s derived ties equal to its attendance after each change', () => {
    const graph = createGraph();
    const node = fixtureNode;
    const tie = (from: string, to: string) => fixtureTie('ATTENDED', from, to);
    mergeSubgraph(graph, {
      nodes: [node('a', 'Firm', 'IT'), node('b', 'Firm', 'MA'), node('c', 'Funder', 'IT'), node('e1', 'Event', null)],
      edges: [tie('a', 'e1'), tie('b', 'e1')],
    });
    syncMetAt(graph, '#000');
    expect(graph.getEdgeAttribute(metAtKey('a', 'b'), 'events')).toEqual(['e1']);
    expect(graph.getEdgeAttribute(metAtKey('a', 'b'), 'crossesBorder')).toBe(true);
    mergeSubgraph(graph, {
      nodes: [node('e2', 'Event', null)],
      edges: [tie('a', 'e2'), tie('b', 'e2'), tie('c', 'e2')],
    });
    syncMetAt(graph, '#000');
    expect(graph.getEdgeAttribute(metAtKey('a', 'b'), 'events')).toEqual(['e1', 'e2']);
    expect(graph.hasEdge(metAtKey('a', 'c'))).toBe(true);
    graph.dropNode('e2');
    syncMetAt(graph, '#000');
    expect(graph.hasEdge(metAtKey('a', 'c'))).toBe(false);
    expect(graph.getEdgeAttribute(metAtKey('a', 'b'), 'events')).toEqual(['e1']);
  });
});
