import { describe, expect, it } from 'vitest';
import { nodeColour, nodeSize } from '../../lib/graph/model.js';
import {
  canvasCommunities,
  MAX_SIZE,
  metricsCsv,
  MIN_SIZE,
  position,
  rampColour,
  styleNodes,
  type MetricValues,
} from './metric-style.js';

const metrics = (pageRank: number, community = 'c1', degree = 1): MetricValues => ({
  pageRank,
  betweenness: pageRank / 2,
  degree,
  weightedDegree: degree / 2,
  community,
});

describe('canvas styling by a metric', () => {
  it('for all values, a larger metric is never drawn smaller; the extremes take the extreme sizes', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({
      id: `n${i}`,
      kind: 'Association',
      masked: false,
      degree: 1,
    }));
    const values = new Map(nodes.map((n, i) => [n.id, metrics(((i * 7919) % 40) / 97)]));
    const styled = styleNodes(nodes, values, { sizeBy: 'PAGE_RANK', colourBy: null, community: null });
    const pairs = nodes
      .map((n) => [values.get(n.id)!.pageRank, styled.get(n.id)!.size] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < pairs.length; i++) expect(pairs[i]![1]).toBeGreaterThanOrEqual(pairs[i - 1]![1]);
    expect(pairs[0]![1]).toBe(MIN_SIZE);
    expect(pairs.at(-1)![1]).toBe(MAX_SIZE);
  });

  it('nodes without metrics keep their usual look; a chosen community hides every other node', () => {
    const nodes = [
      { id: 'a', kind: 'Association', masked: false, degree: 4 },
      { id: 'masked-1', kind: 'Migrant', masked: true, degree: 2 },
      { id: 'b', kind: 'Firm', masked: false, degree: 1 },
    ];
    const values = new Map([
      ['a', metrics(0.3, 'a')],
      ['b', metrics(0.1, 'b')],
    ]);
    const styled = styleNodes(nodes, values, { sizeBy: 'PAGE_RANK', colourBy: 'PAGE_RANK', community: 'a' });
    expect(styled.get('masked-1')).toEqual({ size: nodeSize(2), color: nodeColour('Migrant', true), hidden: true });
    expect(styled.get('a')).toMatchObject({ size: MAX_SIZE, color: rampColour(1), hidden: false });
    expect(styled.get('b')).toMatchObject({ size: MIN_SIZE, color: rampColour(0), hidden: true });
    const plain = styleNodes(nodes, values, {
      sizeBy: null,
      colourBy: null,
      community: null,
      hiddenIds: new Set(['b']),
    });
    expect(plain.get('a')).toEqual({ size: nodeSize(4), color: nodeColour('Association', false), hidden: false });
    expect(plain.get('b')!.hidden).toBe(true);
  });

  it('the ramp runs from its first to its last stop; position is 0–1 and ½ when all values are equal', () => {
    expect(rampColour(0)).toBe('#fde725');
    expect(rampColour(1)).toBe('#440154');
    expect(position(5, 5, 5)).toBe(0.5);
    expect(position(-1, 0, 4)).toBe(0);
    expect(position(1, 0, 4)).toBe(0.5);
  });

  it('lists the canvas communities, largest first', () => {
    const values = new Map([
      ['a', metrics(0, 'x')],
      ['b', metrics(0, 'y')],
      ['c', metrics(0, 'y')],
    ]);
    expect(canvasCommunities(values)).toEqual([
      { id: 'y', members: 2 },
      { id: 'x', members: 1 },
    ]);
  });

  it('writes the ranked table as CSV, names neutralised', () => {
    const csv = metricsCsv([
      {
        rank: 1,
        id: 'assoc-a',
        name: '=HYPERLINK("x")',
        kind: 'Association',
        country: 'IT',
        ...metrics(0.25, 'assoc-a', 3),
      },
    ]);
    expect(csv).toBe(
      'rank,id,name,kind,country,degree,weightedDegree,pageRank,betweenness,community\r\n' +
        `1,assoc-a,"'=HYPERLINK(""x"")",Association,IT,3,1.5,0.25,0.125,assoc-a\r\n`,
    );
  });
});
