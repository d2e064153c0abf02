import { describe, expect, it } from 'vitest';
import { VIEWERS } from './viewer.js';

const viewerFor = (asker: keyof typeof VIEWERS) => VIEWERS[asker];
import { andVisible, existsFor, visibilityParams, visibleNodePredicate, whereVisible } from './visibility.js';

describe('visibleNodePredicate', () => {
  it('emits nothing for staff and admin: their questions cost what they did', () => {
    for (const role of ['staff', 'admin'] as const) {
      expect(visibleNodePredicate(viewerFor(role), 'n')).toBeUndefined();
      expect(visibilityParams(viewerFor(role))).toEqual({});
      expect(andVisible(viewerFor(role), 'n', 'n:Actor')).toBe('n:Actor');
      expect(whereVisible(viewerFor(role), 'n')).toBe('');
    }
  });

  it('removes every migrant for anonymous visitors', () => {
    expect(visibleNodePredicate(viewerFor('anonymous'), 'y')).toBe("NOT 'Migrant' IN labels(y)");
    expect(visibilityParams(viewerFor('anonymous'))).toEqual({});
    expect(andVisible(viewerFor('anonymous'), 'y', 'y:Actor')).toBe("y:Actor AND NOT 'Migrant' IN labels(y)");
  });

  it('keeps only consenting migrants for analysts and partners', () => {
    for (const role of ['analyst', 'partner'] as const) {
      expect(visibleNodePredicate(viewerFor(role), 'm')).toBe('(NOT m:Migrant OR m.consent IN $visibleConsents)');
      expect(visibilityParams(viewerFor(role))).toEqual({ visibleConsents: ['NETWORK', 'PUBLIC'] });
      expect(whereVisible(viewerFor(role), 'm')).toBe(' WHERE (NOT m:Migrant OR m.consent IN $visibleConsents)');
    }
  });
});

describe('existsFor (the same rule on rows)', () => {
  const table = (role: Parameters<typeof viewerFor>[0]) =>
    ['NONE', 'NETWORK', 'PUBLIC', null].map((c) => existsFor(viewerFor(role), ['Actor', 'Migrant'], c));
  it('matches the roles: anonymous nobody, analyst and partner consenting, staff everyone', () => {
    // jscpd:ignore-start — a role × consent table, the same shape as roles.test.ts's naming table.
    expect(table('anonymous')).toEqual([false, false, false, false]);
    expect(table('analyst')).toEqual([false, true, true, false]);
    expect(table('partner')).toEqual([false, true, true, false]);
    expect(table('staff')).toEqual([true, true, true, true]);
    expect(table('admin')).toEqual([true, true, true, true]);
    // jscpd:ignore-end
  });
  it('never hides an organisation', () => {
    expect(existsFor(viewerFor('anonymous'), ['Actor', 'Firm'], null)).toBe(true);
  });
  it('names only people who exist', () => {
    for (const role of ['anonymous', 'analyst', 'partner', 'staff', 'admin'] as const) {
      for (const c of ['NONE', 'NETWORK', 'PUBLIC', null]) {
        if (viewerFor(role).mayNameMigrant(c)) expect(existsFor(viewerFor(role), ['Migrant'], c)).toBe(true);
      }
    }
  });
});
