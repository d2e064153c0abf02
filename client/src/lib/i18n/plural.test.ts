import { describe, expect, it } from 'vitest';
import { pluralCategory, selectPlural } from './plural.js';
import { translate } from './translate.js';

describe('plural messages', () => {
  it('choose the category of each language', () => {
    expect([0, 1, 2, 5].map((n) => pluralCategory('en', n))).toEqual(['other', 'one', 'other', 'other']);
    expect([0, 1, 2, 5].map((n) => pluralCategory('it', n))).toEqual(['other', 'one', 'other', 'other']);
    // French counts 0 and 1 (and 1.5) as one.
    expect([0, 1, 1.5, 2].map((n) => pluralCategory('fr', n))).toEqual(['one', 'one', 'one', 'other']);
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => pluralCategory('ar', n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
      'other',
    ]);
  });

  it('fall back to other when a language gives no form for the category', () => {
    expect(selectPlural('ar', { one: 'one', other: 'other' }, 3)).toBe('other');
    expect(selectPlural('en', { one: 'one', other: 'other' }, 1)).toBe('one');
  });

  it('no longer say "1 problems" on the import page, in any language', () => {
    expect(translate('en', 'import.errors', { count: 1 })).toBe(
      '1 problem: nothing will be written until it is fixed.',
    );
    expect(translate('en', 'import.errors', { count: 3 })).toBe(
      '3 problems: nothing will be written until they are fixed.',
    );
    expect(translate('it', 'import.errors', { count: 1 })).toMatch(/^1 problema:/);
    expect(translate('it', 'import.errors', { count: 2 })).toMatch(/^2 problemi:/);
    expect(translate('fr', 'import.errors', { count: 1 })).toMatch(/^1 problème :/);
    expect(translate('fr', 'import.errors', { count: 2 })).toMatch(/^2 problèmes :/);
    expect(translate('ar', 'import.errors', { count: 1 })).toMatch(/^مشكلة واحدة:/);
    expect(translate('ar', 'import.errors', { count: 2 })).toMatch(/^مشكلتان:/);
    expect(translate('ar', 'import.errors', { count: 4 })).toMatch(/^4 مشكلات:/);
    expect(translate('ar', 'import.errors', { count: 12 })).toMatch(/^12 مشكلةً:/);
  });

  it('count ties and hops', () => {
    expect(translate('en', 'dup.ties', { count: 1 })).toBe('1 tie');
    expect(translate('en', 'dup.ties', { count: 0 })).toBe('0 ties');
    expect(translate('fr', 'dup.ties', { count: 0 })).toBe('0 lien');
    expect(translate('en', 'paths.result', { rank: 1, count: 1, score: '0.90' })).toBe('Path 1: 1 tie, score 0.90');
    expect(translate('it', 'paths.none', { count: 4 })).toBe('Nessun percorso entro 4 legami.');
    expect(translate('ar', 'intro.none', { count: 2 })).toBe('لا أحد يطابق في حدود رابطين.');
  });
});
