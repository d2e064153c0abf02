// "Met at" (docs/graph-questions.md#met-at): two actors who attended one event are a weaker link
// than a direct tie with the same evidence, in paths and in introductions.
import { describe, expect, it } from 'vitest';
import { bestIntroductions, bestScoreBeyond, scoreIntroductions, type MatchedActor } from './introduction-ranking.js';
import { MET_AT_WEIGHT, pathScore, rankPaths, type RawPath } from './path.js';
import type { RawNode, RawTie } from './view.js';

const DAY = '2010-01-01';
const node = (id: string, labels: string[]): RawNode => ({
  id,
  name: id,
  labels,
  country: 'IT',
  city: null,
  consent: null,
});

/** Every evidence a tie may carry: confidence, dates, source. */
const EVIDENCE: Array<Partial<RawTie>> = [];
for (const confidence of [null, 0, 0.3, 0.8, 1])
  for (const [since, until] of [
    [null, null],
    ['2006-01-01', null],
    ['2006-01-01', '2007-06-30'],
  ])
    for (const source of [null, 'Mig-Ressources report'])
      EVIDENCE.push({ confidence, since, until, source } as Partial<RawTie>);

const tie = (type: string, from: string, to: string, evidence: Partial<RawTie>): RawTie => ({
  type,
  from,
  to,
  since: null,
  until: null,
  source: null,
  confidence: null,
  ...evidence,
});

/** a → b through an event both attended, or through an actor both are tied to, with the same evidence on each tie. */
function through(kind: 'Event' | 'Association', evidence: Partial<RawTie>): RawPath {
  const middle = kind === 'Event' ? node('event-m', ['Event']) : node('assoc-m', ['Association', 'Actor']);
  const type = kind === 'Event' ? 'ATTENDED' : 'MEMBER_OF';
  return {
    nodes: [node('a', ['Firm', 'Actor']), middle, node('b', ['Funder', 'Actor'])],
    ties: [tie(type, 'a', middle.id, evidence), tie(type, 'b', middle.id, evidence)],
  };
}

describe('met at weighs below a direct tie', () => {
  it('keeps less than the whole quality of an attendance', () => {
    expect(MET_AT_WEIGHT).toBeGreaterThan(0);
    expect(MET_AT_WEIGHT).toBeLessThan(1);
  });

  it('in paths: for any evidence, meeting at an event ranks below a go-between with the same evidence', () => {
    for (const evidence of EVIDENCE) {
      const met = through('Event', evidence);
      const direct = through('Association', evidence);
      // Strictly below unless the ties are worth nothing at all (then both score the same).
      const zero = pathScore({ ...direct, ties: direct.ties.map((t) => ({ ...t, confidence: 0 })) }, DAY);
      if (pathScore(direct, DAY) > zero) expect(pathScore(met, DAY)).toBeLessThan(pathScore(direct, DAY));
      const ranked = rankPaths([met, direct], DAY, 2).map((p) => p.nodes[1]!.id);
      expect(ranked).toEqual(['assoc-m', 'event-m']);
    }
  });

  it('in paths: one direct tie, however weak, ranks above meeting at an event, however strong', () => {
    const weakest: RawPath = {
      nodes: [node('a', ['Firm', 'Actor']), node('b', ['Funder', 'Actor'])],
      ties: [tie('PARTNERS_WITH', 'a', 'b', { confidence: 0, until: '1990-01-01' })],
    };
    const strongest = through('Event', { confidence: 1, since: '2009-01-01', source: 'minutes' });
    expect(rankPaths([strongest, weakest], DAY, 2).map((p) => p.ties.length)).toEqual([1, 2]);
  });

  it('in introductions: at equal match quality the target reached through a go-between comes first', () => {
    for (const evidence of EVIDENCE.filter((e) => e.confidence !== 0)) {
      const viaEvent = through('Event', evidence);
      const viaActor: RawPath = {
        ...through('Association', evidence),
        nodes: [...through('Association', evidence).nodes.slice(0, 2), node('c', ['Funder', 'Actor'])],
        ties: [tie('MEMBER_OF', 'a', 'assoc-m', evidence), tie('MEMBER_OF', 'c', 'assoc-m', evidence)],
      };
      const match = (n: RawNode): MatchedActor => ({ node: n, quality: 1, reasons: [], reasonParts: [] });
      const matches = new Map([
        ['b', match(viaEvent.nodes[2]!)],
        ['c', match(viaActor.nodes[2]!)],
      ]);
      const found = scoreIntroductions([viaEvent, viaActor], matches, DAY);
      expect(bestIntroductions(found, 2).map((i) => i.match.node.id)).toEqual(['c', 'b']);
      // The early stop of the deepening search stays sound: a weighed path never beats the bound.
      for (const i of found) expect(i.score).toBeLessThanOrEqual(bestScoreBeyond(1, 1));
    }
  });
});
