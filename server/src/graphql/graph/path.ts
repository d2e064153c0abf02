/**
 * Paths as answers show them: ranking score, hop-by-hop explanations, masking. Pure
 * (unit-tested in path.test.ts); the resolvers only find candidate paths in Cypher.
 *
 * Score of a path, in (0, 1], consistent with the ranking "fewer hops first, then stronger ties":
 *   score = (7 − hops + quality) / 7, with quality = the mean tie quality (0–1) and 6 the hop limit,
 * so a shorter path always outranks a longer one and, at equal length, better ties win.
 * Tie quality = 0.6 × confidence (0.5 when unknown)
 *             + 0.25 × recency (1 when active on the reference day; 0.75 when undated;
 *                               halved every 3 years since it ended)
 *             + 0.15 × sourced (1 when the tie names a source).
 */
import { ACTOR_KINDS } from './input.js';
import { dateText, kindOf, type Masker, type RawNode, type RawTie, type ShownNode } from './view.js';

export const HOP_LIMIT = 6;

export interface RawPath {
  nodes: RawNode[];
  ties: RawTie[];
}

export interface PathAnswer {
  hops: number;
  nodes: Array<Omit<ShownNode, 'city'>>;
  edges: Array<{ type: string; from: string; to: string; forward: boolean; since: string | null; until: string | null; source: string | null; confidence: number | null }>;
  crossesBorder: boolean;
  score: number;
  why: string[];
}

/** Years from day a to day b (both 'YYYY-MM-DD'). */
function yearsBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / (365.25 * 24 * 3600 * 1000);
}

export function tieQuality(tie: RawTie, referenceDay: string): number {
  const confidence = typeof tie.confidence === 'number' ? Math.min(1, Math.max(0, tie.confidence)) : 0.5;
  const since = dateText(tie.since);
  const until = dateText(tie.until);
  let recency: number;
  if (until !== null && until < referenceDay) recency = Math.pow(0.5, yearsBetween(until, referenceDay) / 3);
  else recency = since === null && until === null ? 0.75 : 1;
  const sourced = tie.source && tie.source.trim() !== '' ? 1 : 0;
  return 0.6 * confidence + 0.25 * recency + 0.15 * sourced;
}

export function pathScore(path: RawPath, referenceDay: string): number {
  const hops = path.ties.length;
  const quality = hops === 0 ? 1 : path.ties.reduce((sum, t) => sum + tieQuality(t, referenceDay), 0) / hops;
  return round((HOP_LIMIT + 1 - hops + quality) / (HOP_LIMIT + 1));
}

/** Whether the path holds an actor in Italy and an actor in Morocco. */
export function pathCrossesBorder(nodes: readonly RawNode[]): boolean {
  const countries = new Set(nodes.filter((n) => (ACTOR_KINDS as readonly string[]).includes(kindOf(n.labels))).map((n) => n.country));
  return countries.has('IT') && countries.has('MA');
}

/** A path that visits no node twice (Cypher's SHORTEST k only guarantees distinct ties). */
export function isSimple(path: RawPath): boolean {
  return new Set(path.nodes.map((n) => n.id)).size === path.nodes.length;
}

/**
 * Ranks candidate paths: fewer hops, then higher score, then the sequence of ids (so equal
 * paths always come in the same order); drops paths that revisit a node; keeps `limit`.
 */
export function rankPaths(candidates: readonly RawPath[], referenceDay: string, limit: number): Array<RawPath & { score: number }> {
  return candidates
    .filter(isSimple)
    .map((p) => ({ ...p, score: pathScore(p, referenceDay), key: p.nodes.map((n) => n.id).join('\u0000') }))
    .sort((a, b) => a.ties.length - b.ties.length || b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map(({ key: _key, ...p }) => p);
}

/** Shows a ranked path through the answer's masker (call in answer order: placeholders follow it). */
export function showPath(path: RawPath & { score: number }, masker: Masker): PathAnswer {
  const shown = path.nodes.map((n) => masker.node(n));
  const nameOf = new Map(path.nodes.map((n, i) => [n.id, shown[i]!.name] as const));
  const kindById = new Map(path.nodes.map((n) => [n.id, kindOf(n.labels)] as const));
  const edges = path.ties.map((t, i) => {
    const shownTie = masker.tie(t);
    return {
      type: t.type,
      from: shownTie.from,
      to: shownTie.to,
      forward: t.from === path.nodes[i]!.id,
      since: shownTie.since,
      until: shownTie.until,
      source: shownTie.source,
      confidence: shownTie.confidence,
    };
  });
  return {
    hops: path.ties.length,
    nodes: shown.map(({ city: _city, ...n }) => n),
    edges,
    crossesBorder: pathCrossesBorder(path.nodes),
    score: path.score,
    why: path.ties.map((t) => explainTie(t, nameOf.get(t.from) ?? '?', nameOf.get(t.to) ?? '?', kindById.get(t.to) ?? '')),
  };
}

const VERBS: Record<string, string> = {
  MENTORS: 'mentors',
  FUNDS: 'funds',
  MEMBER_OF: 'is a member of',
  PARTNERS_WITH: 'partners with',
  EMPLOYS: 'employs',
  SUPPORTS: 'supports',
  LEADS: 'leads',
  OFFERS: 'offers',
  APPLIED_TO: 'applied to',
  ATTENDED: 'met at',
};

/**
 * One sentence for one tie, written in its stored direction (which says who does what to whom):
 * "IOM Italy partners with CERFE (since 2006, source: Mig-Ressources)". An event reads "met at",
 * a return project "works on".
 */
export function explainTie(tie: RawTie, fromName: string, toName: string, toKind: string): string {
  const details: string[] = [];
  let verb = VERBS[tie.type] ?? tie.type.toLowerCase().replace(/_/g, ' ');
  if (toKind === 'ReturnProject' && (tie.type === 'FUNDS' || tie.type === 'SUPPORTS' || tie.type === 'LEADS')) {
    details.push(`${VERBS[tie.type]} it`);
    verb = 'works on';
  }
  if (tie.role) details.push(tie.type === 'ATTENDED' ? `as ${tie.role.toLowerCase()}` : `role: ${tie.role}`);
  if (tie.service) details.push(`service: ${tie.service}`);
  if (tie.topic) details.push(`topic: ${tie.topic}`);
  if (tie.kind) details.push(`kind: ${tie.kind}`);
  const since = dateText(tie.since)?.slice(0, 4);
  const until = dateText(tie.until)?.slice(0, 4);
  if (since && until) details.push(since === until ? `in ${since}` : `${since}–${until}`);
  else if (since) details.push(`since ${since}`);
  else if (until) details.push(`until ${until}`);
  else details.push('undated');
  details.push(tie.source ? `source: ${tie.source}` : 'no source');
  return `${fromName} ${verb} ${toName} (${details.join(', ')})`;
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
