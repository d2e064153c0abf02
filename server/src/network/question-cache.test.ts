import { describe, expect, it } from 'vitest';
import { askerClass } from './question-cache.js';
import { networkViewer, VIEWERS } from './viewer.js';

describe('askerClass', () => {
  const classes = Object.fromEntries(Object.entries(VIEWERS).map(([role, viewer]) => [role, askerClass(viewer)]));

  it('askers who see or name different migrants never share a class (so never a remembered answer)', () => {
    // Anonymous, analysts, partners and staff each see or name a different set of people.
    expect(new Set([classes.anonymous, classes.analyst, classes.partner, classes.staff]).size).toBe(4);
  });

  it('askers who see and name the same migrants share one', () => {
    expect(classes.admin).toBe(classes.staff);
    expect(askerClass(networkViewer)).toBe(classes.partner);
  });

  it('is what the viewer does, not who it is: a viewer that names alike gets the same class', () => {
    const partnerLike = {
      visibleConsents: ['PUBLIC', 'NETWORK'],
      mayNameMigrant: (c: string | null | undefined) => c === 'PUBLIC' || c === 'NETWORK',
    };
    expect(askerClass(partnerLike)).toBe(classes.partner);
    expect(askerClass({ ...partnerLike, mayNameMigrant: (c) => c === 'PUBLIC' })).toBe(classes.analyst);
  });
});
