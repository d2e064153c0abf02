/** Small answers for the graph modules' unit tests (not imported by the explorer). */
import type { SubgraphEdge, SubgraphNode } from './model.js';

export function fixtureNode(id: string, kind: string, country: string | null): SubgraphNode {
  return { id, name: id, kind, country, masked: false, degree: 1 };
}

export function fixtureTie(type: string, from: string, to: string, confidence: number | null = 0.9): SubgraphEdge {
  return { id: `${type}:${from}:${to}`, type, from, to, confidence, crossesBorder: false };
}
