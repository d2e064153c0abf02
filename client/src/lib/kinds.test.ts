import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, countryName, isActorId, isActorKind, kindStyle } from './kinds.js';

describe('kindStyle', () => {
  it('gives every kind its own colour', () => {
    const colours = ACTOR_KINDS.map((k) => kindStyle(k).colour);
    expect(new Set(colours).size).toBe(ACTOR_KINDS.length);
  });

  it('falls back to a neutral style for an unknown kind', () => {
    expect(kindStyle('Spaceship')).toEqual({ label: 'Actor', plural: 'Actors', colour: '#999999' });
  });

  it('reads a human label for multi-word kinds', () => {
    expect(kindStyle('PublicAdministration').label).toBe('Public administration');
  });
});

describe('isActorKind / countryName', () => {
  it('recognises the five kinds only', () => {
    expect(isActorKind('Funder')).toBe(true);
    expect(isActorKind('Region')).toBe(false);
  });

  it('names the two countries and keeps unknown codes', () => {
    expect(countryName('MA')).toBe('Morocco');
    expect(countryName('FR')).toBe('FR');
    expect(countryName(null)).toBe('');
  });
});

describe('isActorId', () => {
  it('knows actor ids by their prefix, and nothing else', () => {
    for (const id of [
      'assoc-cerfe',
      'migrant-fatima-b-torino',
      'pa-iom-italy',
      'funder-hassan-ii-foundation',
      'firm-aurora-2',
    ])
      expect(isActorId(id), id).toBe(true);
    for (const id of [
      'event-2008-03-14-rencontre-a-fes',
      'region-piemonte',
      'user-4f2a',
      'cli:ops',
      'project-x',
      'assoc-',
      'Assoc-x',
    ])
      expect(isActorId(id), id).toBe(false);
  });
});
