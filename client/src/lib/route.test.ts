import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../features/directory/directory-url.js';
import { defaultRoute, formatRoute, parseRoute } from './route.js';

describe('URL state', () => {
  it('reads an empty or unknown hash as the explore view with defaults', () => {
    expect(parseRoute('')).toEqual(defaultRoute('explore'));
    expect(parseRoute('#/nowhere?ids=a')).toMatchObject({ view: 'explore', ids: ['a'] });
    expect(formatRoute(defaultRoute())).toBe('#/explore');
  });

  it('round-trips the canvas and the filter', () => {
    const route = {
      ...defaultRoute('explore'),
      ids: ['assoc-cerfe', 'pa-iom-italy'],
      hidden: ['x'],
      pinned: ['assoc-cerfe'],
      sel: 'pa-iom-italy',
      kinds: ['Firm', 'Funder'],
      types: ['FUNDS'],
      countries: ['MA'],
      asOf: '2008-06-30',
    };
    const hash = formatRoute(route);
    expect(hash).toBe(
      '#/explore?ids=assoc-cerfe,pa-iom-italy&hidden=x&pinned=assoc-cerfe&sel=pa-iom-italy&kinds=Firm,Funder&types=FUNDS&countries=MA&asOf=2008-06-30',
    );
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips paths with their constraints and the path shown', () => {
    const route = {
      ...defaultRoute('paths'),
      ids: ['a'],
      from: 'a',
      to: 'b c',
      hops: 3,
      pathTypes: ['MEMBER_OF', 'FUNDS'],
      transnational: true,
      pathAsOf: '2007-01-01',
      p: 1,
    };
    const hash = formatRoute(route);
    expect(hash).toBe('#/paths?ids=a&from=a&to=b%20c&hops=3&ptypes=MEMBER_OF,FUNDS&tn=1&pasOf=2007-01-01&p=1');
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes only what a view uses', () => {
    const route = { ...defaultRoute('corridors'), ids: ['a'], from: 'x' };
    expect(formatRoute(route)).toBe('#/corridors');
    expect(formatRoute({ ...defaultRoute('matches'), migrant: 'm-1', ids: ['a'] })).toBe('#/matches?migrant=m-1');
    const intro = {
      ...defaultRoute('introductions'),
      from: 'assoc-a',
      want: ['Funder'],
      region: 'region-souss-massa',
      services: ['FINANCIAL_ASSISTANCE'],
      sector: 'agri-food',
      hops: 3,
    };
    expect(parseRoute(formatRoute(intro))).toEqual(intro);
  });

  it('drops malformed values instead of failing', () => {
    const route = parseRoute('#/paths?hops=99&asOf=yesterday&p=x&ids=a,,a,b&tn=yes');
    expect(route).toMatchObject({ hops: 4, asOf: null, p: null, ids: ['a', 'b'], transnational: false });
  });
});

describe('URL state of the directory and the actor page', () => {
  it('round-trips the directory filter, sort and page', () => {
    const route = {
      ...defaultRoute('directory'),
      directory: {
        kind: 'Firm',
        q: 'fès agri',
        countries: ['MA'],
        city: 'Agadir',
        region: 'region-souss-massa',
        tags: ['agri-food', 'export'],
        sort: '-updated' as const,
        after: 'YXJyYXljb25uZWN0aW9uOjE5',
        page: 2,
      },
    };
    const hash = formatRoute(route);
    expect(hash).toBe(
      '#/directory?kind=Firm&q=f%C3%A8s%20agri&country=MA&city=Agadir&region=region-souss-massa&tags=agri-food,export&sort=-updated&after=YXJyYXljb25uZWN0aW9uOjE5&page=2',
    );
    expect(parseRoute(hash)).toEqual(route);
  });

  it('leaves defaults out and keeps the directory filter out of other views', () => {
    expect(formatRoute(defaultRoute('directory'))).toBe('#/directory');
    expect(parseRoute('#/explore?kind=Firm&q=x').directory).toEqual(defaultDirectory());
    expect(formatRoute({ ...defaultRoute('explore'), directory: { ...defaultDirectory(), kind: 'Firm' } })).toBe(
      '#/explore',
    );
  });

  it('drops a bad sort and a page without its cursor', () => {
    expect(parseRoute('#/directory?sort=salary&page=7').directory).toMatchObject({
      sort: 'name',
      page: 1,
      after: null,
    });
    expect(parseRoute('#/directory?after=abc&page=zero').directory).toMatchObject({ after: 'abc', page: 2 });
  });

  it('round-trips the actor page', () => {
    const route = { ...defaultRoute('actor'), actor: 'assoc-cerfe' };
    expect(formatRoute(route)).toBe('#/actor?id=assoc-cerfe');
    expect(parseRoute('#/actor?id=assoc-cerfe')).toEqual(route);
  });
});

describe('URL state of the activity view', () => {
  it('round-trips its filters, and only in that view', () => {
    const route = {
      ...defaultRoute('activity'),
      activity: { actor: 'assoc-cerfe', user: 'cli:ops', operation: 'mergeActors' },
    };
    expect(formatRoute(route)).toBe('#/activity?actor=assoc-cerfe&user=cli%3Aops&operation=mergeActors');
    expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(parseRoute('#/activity')).toEqual(defaultRoute('activity'));
    // Another view's `actor` parameter is not the activity filter.
    expect(parseRoute('#/directory?actor=assoc-cerfe').activity.actor).toBeNull();
    expect(parseRoute('#/activity?actor=%20%20').activity.actor).toBeNull();
  });
});
