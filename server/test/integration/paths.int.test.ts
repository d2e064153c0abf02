// `paths` over HTTP on a small graph built here: which paths, in which order, with which hops;
// asOf, kinds, relationship types, transnationalOnly; masking; bad input.
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

// IOM Italy ──PARTNERS_WITH (ended 2005)── Hassan II Foundation           1 hop, old
// IOM Italy ── CERFE ── Hassan II                                         2 hops, strong, sourced
// IOM Italy ──FUNDS── BIC Torino ──PARTNERS_WITH (0.6, no source)── Hassan II   2 hops, weaker
// IOM Italy ──ATTENDED── Rabat meeting ──ATTENDED── Karim (no consent) ──MENTORS── Hassan II   3 hops, staff only
// (a migrant without consent is hidden from partners: the path does not exist for them, docs/privacy.md)
// IOM Italy and Hassan II are both BASED_IN Piemonte: a geographic shortcut paths must never take.
const GRAPH = `
CREATE (iom:PublicAdministration:Actor {id: 'pa-iom-italy', name: 'IOM Italy', country: 'IT', city: 'Roma'})
CREATE (cerfe:Association:Actor {id: 'assoc-cerfe', name: 'CERFE', country: 'IT', city: 'Roma'})
CREATE (h2:Funder:Actor {id: 'funder-h2', name: 'Hassan II Foundation', country: 'MA', city: 'Rabat'})
CREATE (bic:Firm:Actor {id: 'firm-bic', name: 'BIC Torino', country: 'IT', city: 'Torino'})
CREATE (karim:Migrant:Actor {id: 'migrant-karim', name: 'Karim T.', country: 'IT', city: 'Novara', consent: 'NONE'})
CREATE (amina:Migrant:Actor {id: 'migrant-amina', name: 'Amina B.', country: 'IT', city: 'Asti', consent: 'PUBLIC'})
CREATE (ev:Event {id: 'event-rabat', name: 'Rabat networking meeting', country: 'MA', city: 'Rabat', date: date('2008-05-12')})
CREATE (pie:Region {id: 'region-piemonte', name: 'Piemonte', country: 'IT'})
CREATE (iom)-[:PARTNERS_WITH {since: date('2003-01-01'), until: date('2005-12-31'), source: 'S', confidence: 0.9}]->(h2)
CREATE (iom)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 0.9}]->(cerfe)
CREATE (cerfe)-[:PARTNERS_WITH {since: date('2007-03-01'), source: 'S', confidence: 0.9}]->(h2)
CREATE (iom)-[:FUNDS {since: date('2006-01-01'), source: 'S', confidence: 0.9}]->(bic)
CREATE (h2)-[:PARTNERS_WITH {since: date('2007-01-01'), confidence: 0.6}]->(bic)
CREATE (iom)-[:ATTENDED {since: date('2008-05-12'), until: date('2008-05-12'), source: 'S', confidence: 1.0, role: 'ORGANISER'}]->(ev)
CREATE (karim)-[:ATTENDED {since: date('2008-05-12'), until: date('2008-05-12'), source: 'S', confidence: 1.0, role: 'PARTICIPANT'}]->(ev)
CREATE (h2)-[:MENTORS {since: date('2008-06-01'), source: 'S', confidence: 0.8}]->(karim)
CREATE (amina)-[:MEMBER_OF {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(cerfe)
CREATE (iom)-[:BASED_IN {source: 'S', confidence: 1.0}]->(pie)
CREATE (h2)-[:BASED_IN {source: 'S', confidence: 1.0}]->(pie)
`;

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $filter: GraphFilter) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, filter: $filter) {
    hops score crossesBorder why
    nodes { id name kind country masked }
    edges { type from to forward since until source confidence }
  }
}`;
type Path = {
  hops: number;
  score: number;
  crossesBorder: boolean;
  why: string[];
  nodes: Array<{ id: string; name: string; masked: boolean }>;
  edges: Array<{
    type: string;
    from: string;
    to: string;
    forward: boolean;
    since: string | null;
    until: string | null;
  }>;
};
type Answer = { paths: Path[] };

const { query, asStaff } = useGraph(GRAPH);
const ids = (p: Path) => p.nodes.map((n) => n.id);

describe('paths', () => {
  it('finds every path, fewer hops first, then the stronger; never through a region', async () => {
    const res = await query<Answer>(PATHS, { from: 'pa-iom-italy', to: 'funder-h2', limit: 10 });
    expect(res.errors).toBeUndefined();
    const paths = res.data!.paths;
    expect(paths.map(ids)).toEqual([
      ['pa-iom-italy', 'funder-h2'],
      ['pa-iom-italy', 'assoc-cerfe', 'funder-h2'],
      ['pa-iom-italy', 'firm-bic', 'funder-h2'],
    ]);
    expect(paths.map((p) => p.hops)).toEqual([1, 2, 2]);
    expect(paths[1]!.score).toBeGreaterThan(paths[2]!.score);
    expect(paths.every((p) => p.crossesBorder)).toBe(true);
    expect(paths[1]!.why).toEqual([
      'IOM Italy partners with CERFE (since 2006, source: S)',
      'CERFE partners with Hassan II Foundation (since 2007, source: S)',
    ]);
    // BIC's tie to Hassan II is stored the other way round: walked backwards.
    expect(paths[2]!.edges.map((e) => [e.type, e.from, e.to, e.forward])).toEqual([
      ['FUNDS', 'pa-iom-italy', 'firm-bic', true],
      ['PARTNERS_WITH', 'funder-h2', 'firm-bic', false],
    ]);
    expect(paths[2]!.why[1]).toBe('Hassan II Foundation partners with BIC Torino (since 2007, no source)');
    expect(paths[0]!.edges[0]).toMatchObject({ since: '2003-01-01', until: '2005-12-31' });
  });

  it('default limit is 3 and maxHops bounds the length', async () => {
    const three = await query<Answer>(PATHS, { from: 'pa-iom-italy', to: 'funder-h2' });
    expect(three.data!.paths.map((p) => p.hops)).toEqual([1, 2, 2]);
    const one = await query<Answer>(PATHS, { from: 'pa-iom-italy', to: 'funder-h2', maxHops: 1 });
    expect(one.data!.paths.map(ids)).toEqual([['pa-iom-italy', 'funder-h2']]);
  });

  it('asOf excludes the tie that had ended', async () => {
    const res = await query<Answer>(PATHS, {
      from: 'pa-iom-italy',
      to: 'funder-h2',
      limit: 10,
      filter: { asOf: '2008-07-01' },
    });
    expect(res.errors).toBeUndefined();
    // The meeting on 2008-05-12 is over on 2008-07-01 too: only the two 2-hop paths are left.
    expect(res.data!.paths.map(ids)).toEqual([
      ['pa-iom-italy', 'assoc-cerfe', 'funder-h2'],
      ['pa-iom-italy', 'firm-bic', 'funder-h2'],
    ]);
    const onTheDay = await query<Answer>(PATHS, {
      from: 'pa-iom-italy',
      to: 'funder-h2',
      limit: 10,
      filter: { asOf: '2008-05-12' },
    });
    // On the day of the meeting Karim was not yet mentored (since 2008-06-01).
    expect(onTheDay.data!.paths.map((p) => p.hops)).toEqual([2, 2]);
  });

  it('a kinds filter excludes a kind along the way (the ends are always allowed)', async () => {
    const res = await query<Answer>(PATHS, {
      from: 'pa-iom-italy',
      to: 'funder-h2',
      limit: 10,
      filter: { kinds: ['Firm', 'Event', 'Migrant'] },
    });
    expect(res.data!.paths.map(ids)).toEqual([
      ['pa-iom-italy', 'funder-h2'],
      ['pa-iom-italy', 'firm-bic', 'funder-h2'],
    ]);
    const staff = await asStaff<Answer>(PATHS, {
      from: 'pa-iom-italy',
      to: 'funder-h2',
      limit: 10,
      filter: { kinds: ['Firm', 'Event', 'Migrant'] },
    });
    expect(staff.data!.paths.map(ids)).toContainEqual(['pa-iom-italy', 'event-rabat', 'migrant-karim', 'funder-h2']);
  });

  it('relationshipTypes and minConfidence restrict the ties walked', async () => {
    const pw = await query<Answer>(PATHS, {
      from: 'pa-iom-italy',
      to: 'funder-h2',
      limit: 10,
      filter: { relationshipTypes: ['PARTNERS_WITH'] },
    });
    expect(pw.data!.paths.map(ids)).toEqual([
      ['pa-iom-italy', 'funder-h2'],
      ['pa-iom-italy', 'assoc-cerfe', 'funder-h2'],
    ]);
    const strong = await query<Answer>(PATHS, {
      from: 'pa-iom-italy',
      to: 'funder-h2',
      limit: 10,
      filter: { minConfidence: 0.85 },
    });
    expect(strong.data!.paths.map(ids)).toEqual([
      ['pa-iom-italy', 'funder-h2'],
      ['pa-iom-italy', 'assoc-cerfe', 'funder-h2'],
    ]);
  });

  it('transnationalOnly keeps the paths that cross the border', async () => {
    const all = await query<Answer>(PATHS, { from: 'assoc-cerfe', to: 'firm-bic', limit: 1 });
    expect(all.data!.paths.map(ids)).toEqual([['assoc-cerfe', 'pa-iom-italy', 'firm-bic']]);
    expect(all.data!.paths[0]!.crossesBorder).toBe(false);
    const cross = await query<Answer>(PATHS, {
      from: 'assoc-cerfe',
      to: 'firm-bic',
      limit: 1,
      filter: { transnationalOnly: true },
    });
    expect(cross.data!.paths.map(ids)).toEqual([['assoc-cerfe', 'funder-h2', 'firm-bic']]);
    expect(cross.data!.paths[0]!.crossesBorder).toBe(true);
  });

  it('never walks through a migrant without consent, not even as a masked hop; staff see the person', async () => {
    const res = await query<Answer>(PATHS, { from: 'pa-iom-italy', to: 'funder-h2', limit: 10 });
    expect(res.data!.paths.flatMap((p) => p.nodes).some((n) => n.masked || n.id === 'event-rabat')).toBe(false);
    const staff = await asStaff<Answer>(PATHS, { from: 'pa-iom-italy', to: 'funder-h2', limit: 10 });
    const through = staff.data!.paths[3]!;
    expect(through.nodes[2]).toEqual({
      id: 'migrant-karim',
      name: 'Karim T.',
      kind: 'Migrant',
      country: 'IT',
      masked: false,
    });
    expect(through.why).toEqual([
      'IOM Italy met at Rabat networking meeting (as organiser, in 2008, source: S)',
      'Karim T. met at Rabat networking meeting (as participant, in 2008, source: S)',
      'Hassan II Foundation mentors Karim T. (since 2008, source: S)',
    ]);
    const json = JSON.stringify(res);
    expect(json).not.toContain('migrant-karim');
    expect(json).not.toContain('Karim');
    expect(json).not.toContain('Novara');
  });

  it('names a consenting migrant', async () => {
    const res = await query<Answer>(PATHS, { from: 'migrant-amina', to: 'pa-iom-italy', maxHops: 2 });
    expect(res.data!.paths.map(ids)).toEqual([['migrant-amina', 'assoc-cerfe', 'pa-iom-italy']]);
    expect(res.data!.paths[0]!.nodes[0]).toMatchObject({ name: 'Amina B.', masked: false });
  });

  it('bad input: an unknown id is named, maxHops 7 names the limit 6', async () => {
    const unknown = await query<Answer>(PATHS, { from: 'pa-iom-italy', to: 'funder-nobody' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('"funder-nobody"');
    const tooLong = await query<Answer>(PATHS, { from: 'pa-iom-italy', to: 'funder-h2', maxHops: 7 });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.message).toContain('the limit is 6');
    expect(tooLong.errors?.[0]?.message).toContain('maxHops');
    const geo = await query<Answer>(PATHS, {
      from: 'pa-iom-italy',
      to: 'funder-h2',
      filter: { relationshipTypes: ['BASED_IN'] },
    });
    expect(geo.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
