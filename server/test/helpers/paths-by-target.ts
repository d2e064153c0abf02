/**
 * Path listings in a form two ways of searching can be compared in: per target, the paths sorted
 * (the order a search returns them in is no part of an answer), or only their count and lengths
 * when the cap cut the listing, since which paths are listed then follows the search
 * (docs/graph-questions.md#equal-paths).
 */
import { PATHS_CAP } from '../../src/network/find-paths.js';
import type { RawPath } from '../../src/network/path.js';

export function pathsByTarget(found: readonly RawPath[]) {
  const groups = new Map<string, string[]>();
  for (const p of found) {
    const id = p.nodes[p.nodes.length - 1]!.id;
    groups.set(id, [...(groups.get(id) ?? []), JSON.stringify(p)]);
  }
  return Object.fromEntries(
    [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, paths]) => [
        id,
        paths.length < PATHS_CAP
          ? paths.sort()
          : { capped: paths.length, hops: [...new Set(paths.map((x) => (JSON.parse(x) as RawPath).ties.length))] },
      ]),
  );
}
