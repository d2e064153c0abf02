/**
 * Search hits grouped by kind for the explorer's search box: each group keeps the hits' order, and
 * groups come in the order of their best hit, so the best answer stays first whatever its kind.
 */
export interface KindGroup<H extends { readonly kind: string }> {
  readonly kind: string;
  readonly hits: H[];
}

export function groupByKind<H extends { readonly kind: string }>(hits: readonly H[]): KindGroup<H>[] {
  const groups = new Map<string, H[]>();
  for (const hit of hits) {
    const group = groups.get(hit.kind);
    if (group) group.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}
