import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';

export interface CorridorRow {
  italianRegion: string;
  italianRegionId: string;
  moroccanRegion: string;
  moroccanRegionId: string;
  migrants: number;
  associations: number;
  projects: number;
}

interface SNode {
  id: string;
  name: string;
  side: 'IT' | 'MA';
}
interface SLink {
  source: string;
  target: string;
  value: number;
  row: CorridorRow;
}

export interface SankeyLayout {
  nodes: {
    id: string;
    name: string;
    side: 'IT' | 'MA';
    x0: number;
    x1: number;
    y0: number;
    y1: number;
    value: number;
  }[];
  links: { path: string; width: number; value: number; from: string; to: string; row: CorridorRow }[];
}

/** Sankey geometry from Italian regions (left) to Moroccan regions of origin (right), by migrants. */
export function corridorSankey(rows: readonly CorridorRow[], width: number, height: number): SankeyLayout {
  const flowing = rows.filter((r) => r.migrants > 0);
  if (flowing.length === 0) return { nodes: [], links: [] };
  const nodes = new Map<string, SNode>();
  for (const r of flowing) {
    nodes.set(`it:${r.italianRegionId}`, { id: `it:${r.italianRegionId}`, name: r.italianRegion, side: 'IT' });
    nodes.set(`ma:${r.moroccanRegionId}`, { id: `ma:${r.moroccanRegionId}`, name: r.moroccanRegion, side: 'MA' });
  }
  const generator = sankey<SNode, SLink>()
    .nodeId((n) => n.id)
    .nodeWidth(14)
    .nodePadding(12)
    .extent([
      [1, 1],
      [width - 1, height - 1],
    ]);
  const graph: SankeyGraph<SNode, SLink> = generator({
    nodes: [...nodes.values()].map((n) => ({ ...n })),
    links: flowing.map((r) => ({
      source: `it:${r.italianRegionId}`,
      target: `ma:${r.moroccanRegionId}`,
      value: r.migrants,
      row: r,
    })),
  });
  const path = sankeyLinkHorizontal<SNode, SLink>();
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      name: n.name,
      side: n.side,
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
      value: n.value ?? 0,
    })),
    links: graph.links.map((l) => ({
      path: path(l) ?? '',
      width: Math.max(1, l.width ?? 1),
      value: l.value,
      from: (l.source as SNode).name,
      to: (l.target as SNode).name,
      row: l.row,
    })),
  };
}
