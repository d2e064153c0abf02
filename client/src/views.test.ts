import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LOCALES } from './lib/i18n/dictionary.js';
import { defaultRoute, formatRoute, parseRoute, viewSpec } from './lib/route.js';
import { VIEWS, menuViews, type ViewSpec } from './views.js';

const specs: readonly ViewSpec[] = VIEWS;

describe('the view registry', () => {
  it('gives every view a route of its own that reads back as that view', () => {
    expect(new Set(VIEWS.map((v) => v.id)).size).toBe(VIEWS.length);
    for (const v of VIEWS) {
      expect(formatRoute(defaultRoute(v.id))).toBe(`#/${v.id}`);
      expect(parseRoute(`#/${v.id}`)).toEqual(defaultRoute(v.id));
      expect(viewSpec(v.id)).toBe(v);
      expect(typeof v.load).toBe('function');
    }
  });

  it('gives every view a label in every language', () => {
    for (const v of VIEWS)
      for (const locale of LOCALES) expect(DICTIONARIES[locale][v.label], `${v.label} in ${locale}`).toBeTruthy();
  });

  it('falls back to the explore view for an unknown or empty route, as before', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/Explore?ids=a', '#/../actor'])
      expect(parseRoute(hash).view).toBe('explore');
  });

  it('shows the curation views in the menu to staff and admin only, and the actor page within the directory', () => {
    const ids = (role?: string) => menuViews(role).map((v) => v.id);
    expect(ids()).toEqual([
      'explore',
      'paths',
      'introductions',
      'corridors',
      'stats',
      'analytics',
      'matches',
      'common',
      'directory',
    ]);
    expect(ids('analyst')).toEqual(ids());
    expect(ids('partner')).toEqual(ids());
    expect(ids('staff')).toEqual([...ids(), 'import', 'duplicates', 'activity']);
    expect(ids('admin')).toEqual(ids('staff'));
    for (const v of specs) if (v.within) expect(ids('admin')).toContain(v.within);
  });

  it('shares one component between explore and paths, so the canvas stays when moving between them', () => {
    expect(viewSpec('explore').load).toBe(viewSpec('paths').load);
  });

  it('keeps the "as of" day in the URL of every view that asks the API as of a day', () => {
    for (const view of ['explore', 'paths', 'introductions', 'corridors', 'stats', 'matches', 'common'] as const) {
      const route = { ...defaultRoute(view), asOf: '2007-06-01' };
      const hash = formatRoute(route);
      expect(hash, view).toContain('asOf=2007-06-01');
      expect(parseRoute(hash), view).toEqual(route);
    }
    // Views that ask nothing as of a day do not carry it.
    expect(formatRoute({ ...defaultRoute('directory'), asOf: '2007-06-01' })).not.toContain('asOf');
  });
});
