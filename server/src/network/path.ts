/**
 * Paths as answers show them: ranking score, hop-by-hop explanations, masking. Pure
 * (unit-tested in path.test.ts); the questions find candidate paths in Cypher (find-paths.ts).
 *
 * Score of a path, in (0, 1], consistent with the ranking "fewer hops first, then stronger ties":
 *   score = (7 − hops + quality) / 7, with quality = the mean tie quality (0–1) and 6 the hop limit,
 * so a shorter path always outranks a longer one and, at equal length, better ties win.
 * Tie quality = 0.6 × confidence (0.5 when unknown)
 *             + 0.25 × recency (1 when active on the reference day; 0.75 when undated;
 *                               halved every 3 years since it ended)
 *             + 0.15 × sourced (1 when the tie names a source).
 * "Met at" (docs/graph-questions.md#met-at): an attendance (ATTENDED) counts MET_AT_WEIGHT of its
 * quality, so two actors who met at an event are a weaker link than a direct tie as well sourced:
 * at equal length a path through an event ranks below one through direct ties.
 */
import { englishHop } from '../explain/english.js';
import {
  attendanceRole,
  maskedName,
  partnershipKind,
  reason,
  services,
  text,
  texts,
  tieType,
  year,
  type HopReason,
  type ParamValue,
  type Reason,
  type ReasonCode,
} from '../explain/reason.js';
import { sourceLabels, tieEvidence, type ShownSource } from '../model/evidence.js';
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
  edges: Array<{
    type: string;
    from: string;
    to: string;
    forward: boolean;
    since: string | null;
    until: string | null;
    source: string | null;
    evidence: ShownSource[];
    confidence: number | null;
  }>;
  crossesBorder: boolean;
  score: number;
  why: string[];
  whyParts: HopReason[];
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

/** The share of its quality an attendance keeps in a path: "met at" weighs below a direct tie. */
export const MET_AT_WEIGHT = 0.5;

export function pathScore(path: RawPath, referenceDay: string): number {
  const hops = path.ties.length;
  const weighed = (t: RawTie) => tieQuality(t, referenceDay) * (t.type === 'ATTENDED' ? MET_AT_WEIGHT : 1);
  const quality = hops === 0 ? 1 : path.ties.reduce((sum, t) => sum + weighed(t), 0) / hops;
  return round((HOP_LIMIT + 1 - hops + quality) / (HOP_LIMIT + 1));
}

/** Whether the path holds an actor in Italy and an actor in Morocco. */
export function pathCrossesBorder(nodes: readonly RawNode[]): boolean {
  const countries = new Set(
    nodes.filter((n) => (ACTOR_KINDS as readonly string[]).includes(kindOf(n.labels))).map((n) => n.country),
  );
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
export function rankPaths(
  candidates: readonly RawPath[],
  referenceDay: string,
  limit: number,
): Array<RawPath & { score: number }> {
  return (
    candidates
      .filter(isSimple)
      // Then the ties, each named by (type, from, to): two ties between the same two actors (a
      // partnership stored both ways) make two paths through the same nodes, often of equal score,
      // and the one listed first would follow storage order (docs/graph-questions.md#equal-paths).
      .map((p) => ({
        ...p,
        score: pathScore(p, referenceDay),
        key: [...p.nodes.map((n) => n.id), ...p.ties.map((t) => `${t.type}\u0001${t.from}\u0001${t.to}`)].join(
          '\u0000',
        ),
      }))
      .sort(
        (a, b) => a.ties.length - b.ties.length || b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      )
      .slice(0, limit)
      .map(({ key: _key, ...p }) => p)
  );
}

/**
 * The best path to each target, from searches that return every shortest path per target
 * (findPathsToMany, findPathsToEach): keyed by the path's last node. "Best" is rankPaths' total
 * order (hops, score, ids), so equally short paths never leave the choice to storage order
 * (docs/graph-questions.md#equal-paths).
 */
export function pathsByTarget(
  found: readonly RawPath[],
  referenceDay: string,
): Map<string, RawPath & { score: number }> {
  const byTarget = new Map<string, RawPath[]>();
  for (const p of found) {
    const target = p.nodes[p.nodes.length - 1]!.id;
    byTarget.set(target, [...(byTarget.get(target) ?? []), p]);
  }
  const pathTo = new Map<string, RawPath & { score: number }>();
  for (const [target, paths] of byTarget) {
    const [best] = rankPaths(paths, referenceDay, 1);
    if (best) pathTo.set(target, best);
  }
  return pathTo;
}

/** Shows a ranked path through the answer's masker (call in answer order: placeholders follow it). */
export function showPath(path: RawPath & { score: number }, masker: Masker): PathAnswer {
  const shown = path.nodes.map((n) => masker.node(n));
  // A masked person travels as its placeholder only: its name never enters the parts.
  const endOf = new Map(
    path.nodes.map((n, i) => [n.id, shown[i]!.masked ? maskedName(shown[i]!.id) : text(shown[i]!.name)] as const),
  );
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
      evidence: shownTie.evidence,
      confidence: shownTie.confidence,
    };
  });
  const whyParts = path.ties.map((t) =>
    hopReason(t, endOf.get(t.from) ?? text('?'), endOf.get(t.to) ?? text('?'), kindById.get(t.to) ?? ''),
  );
  return {
    hops: path.ties.length,
    nodes: shown.map(({ city: _city, ...n }) => n),
    edges,
    crossesBorder: pathCrossesBorder(path.nodes),
    score: path.score,
    why: whyParts.map(englishHop),
    whyParts,
  };
}

/**
 * One hop in parts, written in the tie's stored direction (which says who does what to whom):
 * "IOM Italy partners with CERFE (since 2006, source: Mig-Ressources)" in English. An event reads
 * "met at", a return project "works on". `from` and `to` are the ends as the viewer may see them
 * (a masked person is only a placeholder, see showPath).
 *
 * The server sends these parts rather than letting clients rebuild sentences from `Path.edges`:
 * the edges do not carry the tie's role, service, topic or kind, and the choice of wording
 * ("met at", "works on") would then live twice, once here for `why` and once in each client.
 */
export function hopReason(tie: RawTie, from: ParamValue, to: ParamValue, toKind: string): HopReason {
  const details: Reason[] = [];
  let code: ReasonCode = 'HOP';
  if (tie.type === 'ATTENDED') code = 'HOP_MET_AT';
  else if (toKind === 'ReturnProject' && (tie.type === 'FUNDS' || tie.type === 'SUPPORTS' || tie.type === 'LEADS')) {
    details.push(reason('DOES_IT', { type: tieType(tie.type) }));
    code = 'HOP_WORKS_ON';
  }
  if (tie.role)
    details.push(
      tie.type === 'ATTENDED'
        ? reason('ATTENDED_AS', { role: attendanceRole(tie.role) })
        : reason('ROLE', { role: text(tie.role) }),
    );
  if (tie.service) details.push(reason('SERVICE', { service: services([tie.service]) }));
  if (tie.topic) details.push(reason('TOPIC', { topic: text(tie.topic) }));
  if (tie.kind) details.push(reason('PARTNERSHIP_KIND', { kind: partnershipKind(tie.kind) }));
  const since = dateText(tie.since)?.slice(0, 4);
  const until = dateText(tie.until)?.slice(0, 4);
  if (since && until)
    details.push(
      since === until
        ? reason('IN_YEAR', { year: year(since) })
        : reason('YEARS', { since: year(since), until: year(until) }),
    );
  else if (since) details.push(reason('SINCE_YEAR', { year: year(since) }));
  else if (until) details.push(reason('UNTIL_YEAR', { year: year(until) }));
  else details.push(reason('UNDATED'));
  const labels = sourceLabels(tieEvidence(tie.source, tie.evidence));
  details.push(
    labels.length > 1
      ? reason('SOURCES', { sources: texts(labels) })
      : labels[0]
        ? reason('SOURCE', { source: text(labels[0]) })
        : reason('NO_SOURCE'),
  );
  const sentence = reason(code, { from, to, type: tieType(tie.type) });
  return { ...sentence, details };
}

/** One hop in English, between two named ends (the wording of hopReason). */
export function explainTie(tie: RawTie, fromName: string, toName: string, toKind: string): string {
  return englishHop(hopReason(tie, text(fromName), text(toName), toKind));
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
