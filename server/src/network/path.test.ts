import { describe, expect, it } from 'vitest';
import { englishHop } from '../explain/english.js';
import { text } from '../explain/reason.js';
import {
  explainTie,
  hopReason,
  pathCrossesBorder,
  pathScore,
  pathsByTarget,
  rankPaths,
  showPath,
  tieQuality,
  type RawPath,
} from './path.js';
import { networkViewer } from './viewer.js';
import { Masker, type RawNode, type RawTie } from './view.js';

const n = (id: string, labels: string[], country: string | null = 'IT', consent: string | null = null): RawNode => ({
  id,
  name: `N ${id}`,
  labels,
  country,
  city: 'c',
  consent,
});
const t = (type: string, from: string, to: string, extra: Partial<RawTie> = {}): RawTie => ({
  type,
  from,
  to,
  since: '2006-01-01',
  until: null,
  source: 'repertoire',
  confidence: 1,
  ...extra,
});
const DAY = '2010-01-01';

describe('tie quality and path score', () => {
  it('a perfect active sourced tie is worth 1; weaker, older, unsourced ties less', () => {
    expect(tieQuality(t('MENTORS', 'a', 'b'), DAY)).toBeCloseTo(1);
    expect(tieQuality(t('MENTORS', 'a', 'b', { confidence: 0.5 }), DAY)).toBeCloseTo(0.7);
    expect(tieQuality(t('MENTORS', 'a', 'b', { source: null }), DAY)).toBeCloseTo(0.85);
    expect(tieQuality(t('MENTORS', 'a', 'b', { until: '2007-01-01' }), DAY)).toBeCloseTo(0.75 + 0.25 * 0.5, 2);
    expect(tieQuality(t('MENTORS', 'a', 'b', { since: null, until: null, confidence: null }), DAY)).toBeCloseTo(
      0.3 + 0.1875 + 0.15,
    );
  });

  it('fewer hops always win, then quality', () => {
    const short: RawPath = {
      nodes: [n('a', ['Firm']), n('b', ['Firm'])],
      ties: [t('PARTNERS_WITH', 'a', 'b', { confidence: 0, source: null, until: '1990-01-01' })],
    };
    const long: RawPath = {
      nodes: [n('a', ['Firm']), n('x', ['Firm']), n('b', ['Firm'])],
      ties: [t('PARTNERS_WITH', 'a', 'x'), t('PARTNERS_WITH', 'x', 'b')],
    };
    expect(pathScore(short, DAY)).toBeGreaterThan(pathScore(long, DAY));
    expect(pathScore(long, DAY)).toBeCloseTo(6 / 7);
  });

  it('ranks by hops, score, then ids, and drops paths that revisit a node', () => {
    const p = (ids: string[], conf = 1): RawPath => ({
      nodes: ids.map((id) => n(id, ['Firm'])),
      ties: ids.slice(1).map((id, i) => t('PARTNERS_WITH', ids[i]!, id, { confidence: conf })),
    });
    const ranked = rankPaths(
      [
        p(['a', 'z', 'b']),
        p(['a', 'y', 'b'], 0.5),
        p(['a', 'x', 'b']),
        p(['a', 'x', 'a', 'b']),
        p(['a', 'c', 'd', 'b']),
      ],
      DAY,
      3,
    );
    expect(ranked.map((r) => r.nodes.map((x) => x.id).join('-'))).toEqual(['a-x-b', 'a-z-b', 'a-y-b']);
  });

  it('orders paths through the same nodes by their ties, whatever order they are listed in', () => {
    // A partnership stored both ways: two equally scored paths through the same actors.
    const nodes = ['a', 'x', 'b'].map((id) => n(id, ['Firm']));
    const forward: RawPath = { nodes, ties: [t('PARTNERS_WITH', 'a', 'x'), t('PARTNERS_WITH', 'x', 'b')] };
    const backward: RawPath = { nodes, ties: [t('PARTNERS_WITH', 'x', 'a'), t('PARTNERS_WITH', 'x', 'b')] };
    const best = (listed: RawPath[]) => rankPaths(listed, DAY, 1)[0]!.ties[0];
    expect(best([forward, backward])).toEqual(best([backward, forward]));
  });
});

describe('showing a path', () => {
  it('explains each hop in the tie’s direction; events read "met at", projects "works on"', () => {
    expect(explainTie(t('PARTNERS_WITH', 'a', 'b', { kind: 'MOU' }), 'IOM Italy', 'CERFE', 'Association')).toBe(
      'IOM Italy partners with CERFE (kind: MOU, since 2006, source: repertoire)',
    );
    expect(
      explainTie(
        t('ATTENDED', 'a', 'e', { role: 'SPEAKER', since: '2008-05-12', until: '2008-05-12' }),
        'CERFE',
        'Rabat meeting',
        'Event',
      ),
    ).toBe('CERFE met at Rabat meeting (as speaker, in 2008, source: repertoire)');
    expect(
      explainTie(
        t('SUPPORTS', 'a', 'p', { service: 'MENTORSHIP', until: '2009-06-30', source: null }),
        'BIC',
        'Agri project',
        'ReturnProject',
      ),
    ).toBe('BIC works on Agri project (supports it, service: MENTORSHIP, 2006–2009, no source)');
    expect(explainTie(t('MEMBER_OF', 'a', 'b', { since: null }), 'A', 'B', 'Association')).toBe(
      'A is a member of B (undated, source: repertoire)',
    );
  });

  it('masks a non-consenting migrant on the way: placeholder id, masked name in the sentences, forward flags', () => {
    const path: RawPath = {
      nodes: [
        n('firm-a', ['Firm', 'Actor']),
        n('migrant-x', ['Migrant', 'Actor'], 'IT', 'NONE'),
        n('assoc-b', ['Association', 'Actor'], 'MA'),
      ],
      ties: [t('EMPLOYS', 'firm-a', 'migrant-x'), t('MEMBER_OF', 'migrant-x', 'assoc-b')],
    };
    const [ranked] = rankPaths([path], DAY, 1);
    const shown = showPath(ranked!, new Masker(networkViewer));
    expect(shown.nodes.map((x) => x.id)).toEqual(['firm-a', 'masked-1', 'assoc-b']);
    expect(shown.edges.map((e) => [e.from, e.to, e.forward])).toEqual([
      ['firm-a', 'masked-1', true],
      ['masked-1', 'assoc-b', true],
    ]);
    expect(shown.why[0]).toBe('N firm-a employs a migrant (no consent to be named) (since 2006, source: repertoire)');
    expect(shown.crossesBorder).toBe(true);
    expect(JSON.stringify(shown)).not.toContain('migrant-x');
  });

  it('crosses the border only through actors', () => {
    expect(pathCrossesBorder([n('a', ['Firm', 'Actor'], 'IT'), n('e', ['Event'], 'MA')])).toBe(false);
    expect(pathCrossesBorder([n('a', ['Firm', 'Actor'], 'IT'), n('b', ['Funder', 'Actor'], 'MA')])).toBe(true);
  });
});

// Paths explained in parts (explain/english.ts renders them).
describe('hop explanations', () => {
  it('a hop: the sentence, then its details in brackets', () => {
    const hop = hopReason(
      {
        type: 'ATTENDED',
        from: 'a',
        to: 'e',
        since: '2008-05-12',
        until: '2008-05-12',
        source: null,
        confidence: 1,
        role: 'SPEAKER',
      },
      text('CERFE'),
      text('Rabat meeting'),
      'Event',
    );
    expect(hop.code).toBe('HOP_MET_AT');
    expect(hop.details.map((d) => d.code)).toEqual(['ATTENDED_AS', 'IN_YEAR', 'NO_SOURCE']);
    expect(englishHop(hop)).toBe('CERFE met at Rabat meeting (as speaker, in 2008, no source)');
  });

  it('a masked person on a path: only the placeholder travels in the parts', () => {
    const n = (id: string, labels: string[], consent: string | null = null): RawNode => ({
      id,
      name: `Name of ${id}`,
      labels,
      country: 'IT',
      city: 'Novara',
      consent,
    });
    const [ranked] = rankPaths(
      [
        {
          nodes: [n('firm-a', ['Firm', 'Actor']), n('migrant-x', ['Migrant', 'Actor'], 'NONE')],
          ties: [
            { type: 'EMPLOYS', from: 'firm-a', to: 'migrant-x', since: null, until: null, source: 'S', confidence: 1 },
          ],
        },
      ],
      '2010-01-01',
      1,
    );
    const shown = showPath(ranked!, new Masker(networkViewer));
    expect(shown.whyParts[0]!.params).toEqual([
      { name: 'from', type: 'TEXT', values: ['Name of firm-a'] },
      { name: 'to', type: 'MASKED_NAME', values: ['masked-1'] },
      { name: 'type', type: 'TIE_TYPE', values: ['EMPLOYS'] },
    ]);
    expect(shown.why).toEqual(shown.whyParts.map(englishHop));
    expect(JSON.stringify(shown.whyParts)).not.toMatch(/migrant-x|Name of migrant-x|Novara/);
  });
});

describe('pathsByTarget: the choice among equally short paths (docs/graph-questions.md#equal-paths)', () => {
  // Two targets, each reached by several two-hop paths through different middles, with equal and
  // unequal scores; the searches list them in storage order, which hidden people can change.
  const via = (mid: string, end: string, extra: Partial<RawTie> = {}): RawPath => ({
    nodes: [n('a', ['Firm']), n(mid, ['Firm']), n(end, ['Funder'], 'MA')],
    ties: [t('PARTNERS_WITH', 'a', mid), t('FUNDS', mid, end, extra)],
  });
  const found = [
    via('m3', 'b'),
    via('m1', 'b'),
    via('m2', 'b'),
    via('m0', 'b', { confidence: 0.5 }),
    via('m9', 'c', { source: null }),
    via('m8', 'c', { source: null }),
    via('m7', 'c', { source: null, confidence: 0.9 }),
  ];
  /** Every order of `xs` obtained by rotating and reversing: enough to move each path first and last. */
  const orders = <T>(xs: readonly T[]): T[][] =>
    xs.flatMap((_, i) => [[...xs.slice(i), ...xs.slice(0, i)], [...xs.slice(i), ...xs.slice(0, i)].reverse()]);

  it('picks, for every order the engine may list them in, the best score and then the smallest ids', () => {
    for (const order of orders(found)) {
      const chosen = pathsByTarget(order, DAY);
      expect([...chosen.keys()].sort()).toEqual(['b', 'c']);
      // b: the three perfect paths tie on score; m1 is the smallest middle. m0 scores lower.
      expect(chosen.get('b')!.nodes.map((x) => x.id)).toEqual(['a', 'm1', 'b']);
      // c: m8 and m9 tie; m7's weaker tie loses despite its smaller id.
      expect(chosen.get('c')!.nodes.map((x) => x.id)).toEqual(['a', 'm8', 'c']);
    }
  });
});
