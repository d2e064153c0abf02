import { kindImage } from './shapes.js';
import { describe, expect, it } from 'vitest';
import {
  DIMMED_COLOUR,
  HIGHLIGHT_EDGE_COLOUR,
  MASKED_COLOUR,
  createGraph,
  displayEdge,
  displayNode,
  edgeColour,
  edgeKey,
  edgeSize,
  mergeSubgraph,
  nodeColour,
  nodeSize,
  pathHighlight,
  pathToSubgraph,
  scopeMasked,
  scopeMaskedPath,
  tiesOf,
  type SubgraphAnswer,
} from './model.js';

const answer: SubgraphAnswer = {
  nodes: [
    {
      id: 'pa-iom-italy',
      name: 'IOM Italy',
      kind: 'PublicAdministration',
      country: 'IT',
      city: 'Roma',
      masked: false,
      degree: 9,
    },
    { id: 'assoc-cerfe', name: 'CERFE', kind: 'Association', country: 'IT', city: 'Roma', masked: false, degree: 4 },
    {
      id: 'masked-1',
      name: 'a migrant (no consent to be named)',
      kind: 'Migrant',
      country: 'MA',
      masked: true,
      degree: 2,
    },
  ],
  edges: [
    {
      id: 'PARTNERS_WITH:pa-iom-italy:assoc-cerfe',
      type: 'PARTNERS_WITH',
      from: 'pa-iom-italy',
      to: 'assoc-cerfe',
      since: '2006-05-05',
      crossesBorder: false,
      confidence: 0.95,
    },
    {
      id: 'MEMBER_OF:masked-1:assoc-cerfe',
      type: 'MEMBER_OF',
      from: 'masked-1',
      to: 'assoc-cerfe',
      crossesBorder: true,
    },
  ],
};

describe('mergeSubgraph', () => {
  it('adds nodes and ties with their styling, keeping the relationship type apart from sigma’s `type`', () => {
    const graph = createGraph();
    const result = mergeSubgraph(graph, answer);
    expect(result.addedNodes).toEqual(['pa-iom-italy', 'assoc-cerfe', 'masked-1']);
    expect(result.addedEdges).toHaveLength(2);
    expect(graph.getNodeAttributes('pa-iom-italy')).toMatchObject({
      label: 'IOM Italy',
      kind: 'PublicAdministration',
      size: nodeSize(9),
      color: nodeColour('PublicAdministration', false),
    });
    expect(graph.getNodeAttribute('masked-1', 'color')).toBe(MASKED_COLOUR);
    const tie = graph.getEdgeAttributes('MEMBER_OF:masked-1:assoc-cerfe');
    expect(tie).toMatchObject({
      rel: 'MEMBER_OF',
      crossesBorder: true,
      size: edgeSize(true),
      color: edgeColour('MEMBER_OF'),
    });
    expect('type' in tie).toBe(false);
  });

  it('is idempotent and places new nodes near the neighbours already drawn', () => {
    const graph = createGraph();
    mergeSubgraph(graph, answer);
    graph.setNodeAttribute('assoc-cerfe', 'x', 100);
    graph.setNodeAttribute('assoc-cerfe', 'y', 100);
    const again = mergeSubgraph(graph, answer);
    expect(again).toEqual({ addedNodes: [], addedEdges: [] });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    mergeSubgraph(graph, {
      nodes: [{ id: 'assoc-cespi', name: 'CeSPI', kind: 'Association', country: 'IT', masked: false, degree: 1 }],
      edges: [
        {
          id: 'PARTNERS_WITH:assoc-cespi:assoc-cerfe',
          type: 'PARTNERS_WITH',
          from: 'assoc-cespi',
          to: 'assoc-cerfe',
          crossesBorder: false,
        },
      ],
    });
    const { x, y } = graph.getNodeAttributes('assoc-cespi');
    expect(Math.hypot(x - 100, y - 100)).toBeLessThan(7);
  });

  it('updates what it knows about a node and skips ties whose ends are missing', () => {
    const graph = createGraph();
    mergeSubgraph(graph, answer);
    mergeSubgraph(graph, {
      nodes: [{ id: 'assoc-cerfe', name: 'CERFE', kind: 'Association', country: 'IT', masked: false, degree: 12 }],
      edges: [{ id: 'FUNDS:x:assoc-cerfe', type: 'FUNDS', from: 'x', to: 'assoc-cerfe', crossesBorder: false }],
    });
    expect(graph.getNodeAttribute('assoc-cerfe', 'degree')).toBe(12);
    expect(graph.hasEdge('FUNDS:x:assoc-cerfe')).toBe(false);
  });
});

describe('styling', () => {
  it('sizes nodes by the square root of their degree, within bounds', () => {
    expect(nodeSize(0)).toBe(4);
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(10_000)).toBe(22);
  });
  it('colours actors with the kind palette and other nodes apart', () => {
    expect(nodeColour('Migrant', false)).toBe('#E69F00');
    expect(nodeColour('Migrant', true)).toBe(MASKED_COLOUR);
    expect(nodeColour('Event', false)).not.toBe(nodeColour('Region', false));
    expect(edgeColour('FUNDS')).not.toBe(edgeColour('MENTORS'));
    expect(edgeSize(true)).toBeGreaterThan(edgeSize(false));
  });
});

const path = {
  nodes: [
    { id: 'pa-iom-italy', name: 'IOM Italy', kind: 'PublicAdministration', country: 'IT', masked: false },
    { id: 'assoc-cerfe', name: 'CERFE', kind: 'Association', country: 'IT', masked: false },
    { id: 'pa-mae-morocco', name: 'MAE', kind: 'PublicAdministration', country: 'MA', masked: false },
  ],
  edges: [
    { type: 'PARTNERS_WITH', from: 'pa-iom-italy', to: 'assoc-cerfe' },
    { type: 'PARTNERS_WITH', from: 'pa-mae-morocco', to: 'assoc-cerfe' },
  ],
};

describe('paths on the canvas', () => {
  it('turns a path into ties keyed like neighbourhood ties, with the border crossing worked out', () => {
    const graph = createGraph();
    mergeSubgraph(graph, answer);
    const sub = pathToSubgraph(graph, path);
    expect(sub.edges.map((e) => e.id)).toEqual([
      'PARTNERS_WITH:pa-iom-italy:assoc-cerfe',
      'PARTNERS_WITH:pa-mae-morocco:assoc-cerfe',
    ]);
    expect(sub.edges.map((e) => e.crossesBorder)).toEqual([false, true]);
    expect(sub.nodes.find((n) => n.id === 'assoc-cerfe')?.degree).toBe(4);
    const added = mergeSubgraph(graph, sub);
    expect(added.addedNodes).toEqual(['pa-mae-morocco']);
    expect(added.addedEdges).toEqual(['PARTNERS_WITH:pa-mae-morocco:assoc-cerfe']);
  });

  it("names a masked person in the interface's language, and nobody else", () => {
    const graph = createGraph();
    mergeSubgraph(graph, answer);
    const label = 'un migrant (sans consentement à être nommé)';
    expect(displayNode('masked-1', graph.getNodeAttributes('masked-1'), { maskedLabel: label }).label).toBe(label);
    expect(displayNode('masked-1', graph.getNodeAttributes('masked-1'), {}).label).toBe(
      graph.getNodeAttributes('masked-1').label,
    );
    expect(displayNode('assoc-cerfe', graph.getNodeAttributes('assoc-cerfe'), { maskedLabel: label }).label).toBe(
      graph.getNodeAttributes('assoc-cerfe').label,
    );
  });

  it('highlights the path and dims the rest', () => {
    const graph = createGraph();
    mergeSubgraph(graph, answer);
    mergeSubgraph(graph, pathToSubgraph(graph, path));
    const highlight = pathHighlight(path);
    expect(highlight.edges.has(edgeKey('PARTNERS_WITH', 'pa-mae-morocco', 'assoc-cerfe'))).toBe(true);
    expect(displayNode('masked-1', graph.getNodeAttributes('masked-1'), { highlight }).color).toBe(DIMMED_COLOUR);
    expect(displayNode('assoc-cerfe', graph.getNodeAttributes('assoc-cerfe'), { highlight })).toMatchObject({
      forceLabel: true,
      color: nodeColour('Association', false),
    });
    const onPath = 'PARTNERS_WITH:pa-iom-italy:assoc-cerfe';
    expect(displayEdge(onPath, graph.getEdgeAttributes(onPath), { highlight }).color).toBe(HIGHLIGHT_EDGE_COLOUR);
    const off = 'MEMBER_OF:masked-1:assoc-cerfe';
    expect(displayEdge(off, graph.getEdgeAttributes(off), { highlight }).color).toBe(DIMMED_COLOUR);
    expect(displayEdge(off, graph.getEdgeAttributes(off), { highlight: null })).toEqual(graph.getEdgeAttributes(off));
  });

  it('marks the selected node and can size by ties on the canvas', () => {
    const graph = createGraph();
    mergeSubgraph(graph, answer);
    const shown = displayNode('assoc-cerfe', graph.getNodeAttributes('assoc-cerfe'), {
      selected: 'assoc-cerfe',
      sizeBy: 'canvas',
      canvasDegree: 2,
    });
    expect(shown).toMatchObject({ highlighted: true, forceLabel: true, size: nodeSize(2) });
  });

  it("gives every node its kind's pictogram, masked people the migrant's", () => {
    const graph = createGraph();
    mergeSubgraph(graph, answer);
    expect(displayNode('assoc-cerfe', graph.getNodeAttributes('assoc-cerfe'), {}).image).toBe(kindImage('Association'));
    expect(displayNode('masked-1', graph.getNodeAttributes('masked-1'), {}).image).toBe(kindImage('Migrant'));
    expect(displayNode('assoc-cerfe', graph.getNodeAttributes('assoc-cerfe'), {}).type).toBeUndefined();
    expect(displayNode('assoc-cerfe', graph.getNodeAttributes('assoc-cerfe'), { discs: true }).type).toBe('circle');
  });

  it('lists the ties of a node, with the other end', () => {
    const graph = createGraph();
    mergeSubgraph(graph, answer);
    const ties = tiesOf(graph, 'assoc-cerfe');
    expect(ties.map((t) => [t.rel, t.other, t.outgoing])).toEqual([
      ['MEMBER_OF', 'masked-1', false],
      ['PARTNERS_WITH', 'pa-iom-italy', false],
    ]);
    expect(tiesOf(graph, 'nobody')).toEqual([]);
  });
});

describe('masked placeholders', () => {
  it('keeps two answers’ masked-1 apart, and leaves named nodes alone', () => {
    const graph = createGraph();
    mergeSubgraph(graph, scopeMasked(answer, 'a1'));
    mergeSubgraph(graph, scopeMasked(answer, 'a2'));
    expect(
      graph
        .nodes()
        .filter((n) => n.startsWith('masked-1'))
        .sort(),
    ).toEqual(['masked-1@a1', 'masked-1@a2']);
    expect(graph.hasEdge('MEMBER_OF:masked-1@a2:assoc-cerfe')).toBe(true);
    expect(graph.order).toBe(4);
    const unmasked = { nodes: answer.nodes.filter((n) => !n.masked), edges: answer.edges.slice(0, 1) };
    expect(scopeMasked(unmasked, 'x')).toBe(unmasked);
  });
  it('scopes the masked hops of a path', () => {
    const path = {
      nodes: [
        { id: 'assoc-cerfe', name: 'CERFE', kind: 'Association', country: 'IT', masked: false },
        { id: 'masked-1', name: 'a migrant (no consent to be named)', kind: 'Migrant', country: 'MA', masked: true },
      ],
      edges: [{ type: 'MEMBER_OF', from: 'masked-1', to: 'assoc-cerfe' }],
    };
    const scoped = scopeMaskedPath(path, 'p3');
    expect(scoped.nodes.map((n) => n.id)).toEqual(['assoc-cerfe', 'masked-1@p3']);
    expect(scoped.edges[0]).toMatchObject({ from: 'masked-1@p3', to: 'assoc-cerfe' });
  });
});
