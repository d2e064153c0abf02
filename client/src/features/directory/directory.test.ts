import { describe, expect, it } from 'vitest';
import { directorySort, directoryWhere, groupTies, pageRange, parseTags, searchKinds } from './directory.js';
import { RELATIONSHIP_TYPES } from '../../lib/graph/model.js';
import { defaultDirectory } from './directory-url.js';

describe('directory queries', () => {
  it('asks for everything when nothing is filtered', () => {
    expect(directoryWhere(defaultDirectory(), null)).toEqual({});
  });

  it('turns one filter into one condition and several into AND', () => {
    expect(directoryWhere({ ...defaultDirectory(), kind: 'Firm' }, null)).toEqual({ typename: ['Firm'] });
    expect(
      directoryWhere(
        {
          ...defaultDirectory(),
          kind: 'Association',
          countries: ['IT', 'XX'],
          city: 'Torino',
          region: 'region-piemonte',
          tags: ['women', 'culture'],
        },
        ['a', 'b'],
      ),
    ).toEqual({
      AND: [
        { typename: ['Association'] },
        { country: { in: ['IT'] } },
        { city: { eq: 'Torino' } },
        { basedIn: { some: { id: { eq: 'region-piemonte' } } } },
        { tags: { includes: 'women' } },
        { tags: { includes: 'culture' } },
        { id: { in: ['a', 'b'] } },
      ],
    });
  });

  it('ignores an unknown kind, and an empty search finds nothing rather than everything', () => {
    expect(directoryWhere({ ...defaultDirectory(), kind: 'Region' }, null)).toEqual({});
    expect(directoryWhere(defaultDirectory(), [])).toEqual({ id: { in: [] } });
    expect(searchKinds('Funder')).toEqual(['Funder']);
    // search finds every kind of node: the directory of actors asks for the actor kinds.
    const actors = ['Migrant', 'Association', 'Firm', 'PublicAdministration', 'Funder'];
    expect(searchKinds('Region')).toEqual(actors);
    expect(searchKinds(null)).toEqual(actors);
  });

  it('sorts by the chosen field, then by name and id so pages never overlap', () => {
    expect(directorySort('name')).toEqual([{ name: 'ASC' }, { id: 'ASC' }]);
    expect(directorySort('-name')).toEqual([{ name: 'DESC' }, { id: 'ASC' }]);
    expect(directorySort('-updated')).toEqual([{ updatedAt: 'DESC' }, { name: 'ASC' }, { id: 'ASC' }]);
    expect(directorySort('country')).toEqual([{ country: 'ASC' }, { name: 'ASC' }, { id: 'ASC' }]);
  });

  it('reads typed tags and numbers the rows of a page', () => {
    expect(parseTags(' agri-food, export,,agri-food ')).toEqual(['agri-food', 'export']);
    expect(pageRange(1, 25)).toEqual({ from: 1, to: 25 });
    expect(pageRange(3, 7)).toEqual({ from: 51, to: 57 });
    expect(pageRange(1, 0)).toEqual({ from: 0, to: 0 });
  });
});

describe('an actor page groups its ties', () => {
  const nodes = [
    { id: 'a', name: 'Alpha', kind: 'Association', country: 'IT', masked: false },
    { id: 'f', name: 'Fund', kind: 'Funder', country: 'MA', masked: false },
    { id: 'b', name: 'Beta', kind: 'Firm', country: 'IT', masked: false },
    { id: 'masked-1', name: 'a migrant (no consent to be named)', kind: 'Migrant', masked: true },
    { id: 'r', name: 'Piemonte', kind: 'Region', country: 'IT', masked: false },
  ];
  const edges = [
    {
      id: 'MEMBER_OF:masked-1:a',
      type: 'MEMBER_OF',
      from: 'masked-1',
      to: 'a',
      since: '2008-01-01',
      crossesBorder: false,
    },
    {
      id: 'FUNDS:f:a',
      type: 'FUNDS',
      from: 'f',
      to: 'a',
      since: '2007-05-01',
      until: '2009-01-01',
      source: 'https://x',
      confidence: 0.9,
      crossesBorder: true,
    },
    { id: 'PARTNERS_WITH:a:b', type: 'PARTNERS_WITH', from: 'a', to: 'b', crossesBorder: false },
    { id: 'PARTNERS_WITH:a:f', type: 'PARTNERS_WITH', from: 'a', to: 'f', since: '2006-01-01', crossesBorder: true },
    { id: 'BASED_IN:a:r', type: 'BASED_IN', from: 'a', to: 'r', crossesBorder: false },
    { id: 'FUNDS:f:b', type: 'FUNDS', from: 'f', to: 'b', crossesBorder: true },
  ];

  it('by relationship type in the given order, dated ties first, with direction and masked ends kept masked', () => {
    const groups = groupTies({ nodes, edges }, 'a', RELATIONSHIP_TYPES);
    expect(groups.map((g) => g.type)).toEqual(['FUNDS', 'MEMBER_OF', 'PARTNERS_WITH', 'BASED_IN']);
    expect(groups[0]!.ties).toEqual([
      {
        id: 'FUNDS:f:a',
        outgoing: false,
        other: nodes[1],
        since: '2007-05-01',
        until: '2009-01-01',
        source: 'https://x',
        confidence: 0.9,
        crossesBorder: true,
      },
    ]);
    expect(groups[1]!.ties[0]!.other).toMatchObject({ id: 'masked-1', masked: true });
    expect(groups[2]!.ties.map((t) => t.other.id)).toEqual(['f', 'b']);
    expect(groups[2]!.ties.every((t) => t.outgoing)).toBe(true);
  });

  it('leaves out ties between the neighbours themselves', () => {
    const all = groupTies({ nodes, edges }, 'a', RELATIONSHIP_TYPES).flatMap((g) => g.ties.map((t) => t.id));
    expect(all).not.toContain('FUNDS:f:b');
    expect(all).toHaveLength(5);
  });
});
