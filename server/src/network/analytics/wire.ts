/**
 * What crosses to the analytics worker and back (docs/analytics.md#off-the-event-loop): the
 * projection as parallel arrays, its numbers in typed arrays whose buffers are transferred rather
 * than copied, and the jobs the worker knows. Pure: packing and unpacking keep the canonical order,
 * so the worker computes on exactly the projection the API read.
 */
import type { Orientation, Projection } from './graph.js';

export interface PackedProjection {
  readonly ids: string[];
  readonly kinds: string[];
  readonly countries: Array<string | null>;
  /** 1 for an actor. */
  readonly actors: Uint8Array;
  /** Ties by the indices of their ends in `ids`. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly types: string[];
  readonly weights: Float64Array;
}

export type AnalyticsJob =
  | { readonly task: 'analytics'; readonly projection: PackedProjection }
  | { readonly task: 'brokerage'; readonly projection: PackedProjection; readonly orientation: Orientation };

/** What the worker posts: `started` when it has the job (tests use it to order events), then one answer. */
export type WorkerMessage =
  | { readonly kind: 'started' }
  | { readonly kind: 'done'; readonly value: unknown }
  | { readonly kind: 'failed'; readonly message: string };

export function packProjection(projection: Projection): PackedProjection {
  const index = new Map(projection.nodes.map((n, i) => [n.id, i]));
  const ties = projection.ties;
  const from = new Int32Array(ties.length);
  const to = new Int32Array(ties.length);
  const weights = new Float64Array(ties.length);
  ties.forEach((t, i) => {
    from[i] = index.get(t.from)!;
    to[i] = index.get(t.to)!;
    weights[i] = t.weight;
  });
  return {
    ids: projection.nodes.map((n) => n.id),
    kinds: projection.nodes.map((n) => n.kind),
    countries: projection.nodes.map((n) => n.country),
    actors: Uint8Array.from(projection.nodes, (n) => (n.actor ? 1 : 0)),
    from,
    to,
    types: ties.map((t) => t.type),
    weights,
  };
}

/** The buffers of a packed projection, to transfer with it. */
export function transferables(p: PackedProjection): ArrayBuffer[] {
  return [p.actors.buffer, p.from.buffer, p.to.buffer, p.weights.buffer] as ArrayBuffer[];
}

/** The projection back, in the same (canonical) order: not re-sorted, so nothing can move. */
export function unpackProjection(p: PackedProjection): Projection {
  return {
    nodes: p.ids.map((id, i) => ({ id, kind: p.kinds[i]!, country: p.countries[i] ?? null, actor: p.actors[i] === 1 })),
    ties: p.types.map((type, i) => ({ from: p.ids[p.from[i]!]!, to: p.ids[p.to[i]!]!, type, weight: p.weights[i]! })),
  };
}
