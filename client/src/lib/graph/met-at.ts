/**
 * "Met at": co-attendance as one derived tie. Attendance is most of the stored ties (3,921 of
 * 6,699 in the seed) and event nodes swamp every picture, so by default the canvas hides events
 * and draws, between two actors it holds who attended events it holds, one tie weighted by the
 * number of events they shared, which keeps the events behind it for hover and details. Pure: it
 * reads the held graph's ATTENDED ties and returns the derived ties; `syncMetAt` writes them.
 */
import { MET_AT } from './tie-colours.js';
import { crossesBorder, type EdgeAttributes, type ExplorerGraph } from './model.js';

export interface MetAtTie {
  /** `MET_AT:a:b` with a < b: one tie per pair whichever way round it was found. */
  key: string;
  a: string;
  b: string;
  /** The shared events' ids, sorted: the tie's weight is their number. */
  events: string[];
}

/** Attendance ties as (attendee, event) pairs, from any source. */
export interface Attendance {
  attendee: string;
  event: string;
}

export function metAtKey(a: string, b: string): string {
  return a < b ? `${MET_AT}:${a}:${b}` : `${MET_AT}:${b}:${a}`;
}

/** Every pair of attendees that shared at least one event, with the events they shared. */
export function deriveMetAt(attendances: Iterable<Attendance>): MetAtTie[] {
  const byEvent = new Map<string, Set<string>>();
  for (const { attendee, event } of attendances) {
    if (attendee === event) continue;
    (byEvent.get(event) ?? byEvent.set(event, new Set()).get(event)!).add(attendee);
  }
  const pairs = new Map<string, MetAtTie>();
  for (const [event, people] of byEvent) {
    const list = [...people].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = metAtKey(list[i]!, list[j]!);
        const tie = pairs.get(key) ?? { key, a: list[i]!, b: list[j]!, events: [] };
        tie.events.push(event);
        pairs.set(key, tie);
      }
    }
  }
  const ties = [...pairs.values()];
  for (const tie of ties) tie.events.sort();
  return ties.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** The held graph's attendance: ATTENDED ties whose event node is held. */
export function attendancesOf(graph: ExplorerGraph): Attendance[] {
  const out: Attendance[] = [];
  graph.forEachEdge((_key, a, from, to) => {
    if (a.rel === 'ATTENDED' && !a.derived) out.push({ attendee: from, event: to });
  });
  return out;
}

/** Line width of a met-at tie: grows with the square root of the shared events, bounded. */
export function metAtSize(weight: number): number {
  return Math.min(1 + 1.2 * Math.sqrt(Math.max(1, weight)), 6);
}

/**
 * Replaces the graph's derived met-at ties with those of its current attendance (after every
 * change to the held graph, so they are always the ties among what it holds).
 */
export function syncMetAt(graph: ExplorerGraph, colour: string): void {
  const wanted = new Map(deriveMetAt(attendancesOf(graph)).map((t) => [t.key, t]));
  for (const key of graph.filterEdges((_k, a) => !!a.derived)) if (!wanted.has(key)) graph.dropEdge(key);
  for (const [key, tie] of wanted) {
    const attributes: EdgeAttributes = {
      rel: MET_AT,
      since: null,
      until: null,
      source: null,
      confidence: null,
      crossesBorder: crossesBorder(graph.getNodeAttribute(tie.a, 'country'), graph.getNodeAttribute(tie.b, 'country')),
      size: metAtSize(tie.events.length),
      color: colour,
      derived: true,
      events: tie.events,
    };
    if (graph.hasEdge(key))
      graph.replaceEdgeAttributes(key, { ...attributes, hidden: graph.getEdgeAttribute(key, 'hidden') });
    else graph.addDirectedEdgeWithKey(key, tie.a, tie.b, attributes);
  }
}
