/** Sums a V8 CPU profile's self time by who owns the code (bench/profile.ts). Pure. */

export interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber?: number };
  }>;
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The owner of a function: an npm package, a folder of server/src, Node's internals, or V8's own buckets. */
export function ownerOf(frame: { readonly functionName: string; readonly url: string }): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/server\/src\/([^/]+)\//.exec(url);
  if (own) return `ponte: ${own[1]}/`;
  if (/\/server\/src\/[^/]+$/.test(url)) return 'ponte: src/';
  if (url.startsWith('node:')) {
    const name = url.slice('node:'.length).replace(/^internal\//, '');
    if (/^(_http|http|net|stream|streams|dns|tls)/.test(name)) return 'node: http, net, streams';
    if (/^(modules|vm|process\/esm)/.test(name)) return 'node: module loading';
    return `node: ${name.split('/')[0]}`;
  }
  return url.split('/').slice(-2).join('/');
}

/**
 * Self time (ms) per owner, largest first, over the last `lastMs` of the profile (the measured
 * load, not the start-up that builds the schema).
 */
export function profileByOwner(
  profile: CpuProfile,
  lastMs = Number.POSITIVE_INFINITY,
): Array<{ owner: string; ms: number }> {
  return selfTimeBy(profile, lastMs, (frame) => ownerOf(frame)).map(([owner, ms]) => ({ owner, ms }));
}

/** The `n` functions with the most self time over the last `lastMs`, with where they are. */
export function topFunctions(
  profile: CpuProfile,
  lastMs: number,
  n: number,
): Array<{ name: string; where: string; ms: number }> {
  return selfTimeBy(
    profile,
    lastMs,
    (f) =>
      `${f.functionName || '(anonymous)'}\t${f.url.replace(/^.*node_modules\//, '').replace(/^.*\/server\//, 'server/')}:${(f.lineNumber ?? 0) + 1}`,
  )
    .filter(([key]) => !key.startsWith('(idle)'))
    .slice(0, n)
    .map(([key, ms]) => {
      const [name, where] = key.split('\t');
      return { name: name!, where: where!, ms };
    });
}

function selfTimeBy(
  profile: CpuProfile,
  lastMs: number,
  keyOf: (frame: CpuProfile['nodes'][number]['callFrame']) => string,
): Array<[string, number]> {
  const ownerById = new Map(profile.nodes.map((n) => [n.id, keyOf(n.callFrame)]));
  const totals = new Map<string, number>();
  const from = profile.endTime - lastMs * 1000;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < from) return;
    const owner = ownerById.get(id) ?? '(unknown)';
    totals.set(owner, (totals.get(owner) ?? 0) + delta / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
