import { describe, expect, it } from 'vitest';
import { buildSearchQuery, foldForSearch, fuzzyPattern } from './search-query.js';

describe('buildSearchQuery', () => {
  it('requires every word, each as exact, prefix or one-typo match', () => {
    expect(buildSearchQuery('Fond Hass')).toBe(
      `(/fond/^4 OR fond*^2 OR *'fond* OR /${fuzzyPattern('fond')}/) AND (/hass/^4 OR hass*^2 OR *'hass* OR /${fuzzyPattern('hass')}/)`,
    );
  });

  it("also matches after an elided article (l'Étranger)", () => {
    expect(buildSearchQuery('etranger')).toContain("*'etranger*");
  });

  it('folds accents because Lucene does not analyse wildcard terms', () => {
    expect(buildSearchQuery('Fès')).toBe("(/fes/^4 OR fes*^2 OR *'fes*)");
  });

  it('drops Lucene syntax so user text cannot change the query', () => {
    expect(buildSearchQuery('name:"x" OR *) AND [a TO z]~')).toBe(
      `(/name/^4 OR name*^2 OR *'name* OR /${fuzzyPattern('name')}/) AND (/x/^4 OR x*^2) AND (/or/^4 OR or*^2) AND (/and/^4 OR and*^2 OR *'and*) AND (/a/^4 OR a*^2) AND (/to/^4 OR to*^2) AND (/z/^4 OR z*^2)`,
    );
  });

  it('returns undefined when nothing searchable is left', () => {
    expect(buildSearchQuery('  -- !! ')).toBeUndefined();
  });

  it('keeps Arabic script words', () => {
    expect(buildSearchQuery('مؤسسة')).toBe(`(/مؤسسة/^4 OR مؤسسة*^2 OR *'مؤسسة* OR /${fuzzyPattern('مؤسسة')}/)`);
  });
});

describe('fuzzyPattern', () => {
  // The words one edit away, as Lucene's word~1 (with transpositions) matches them.
  const oneEdit = (a: string, b: string) => new RegExp(`^${fuzzyPattern(a)}$`, 'u').test(b);
  it('matches a word deleted, replaced, inserted or swapped once, and the word itself', () => {
    for (const w of ['hassan', 'hasan', 'hassn', 'hbssan', 'hassana', 'xhassan', 'ahssan', 'hassna'])
      expect(oneEdit('hassan', w), w).toBe(true);
  });
  it('refuses two edits and other words', () => {
    for (const w of ['hsasna', 'has', 'hassanxx', 'fondazione', '']) expect(oneEdit('hassan', w), w).toBe(false);
  });
  it('leaves long words to exact and prefix matches', () => {
    expect(buildSearchQuery('a'.repeat(25))).not.toContain('|');
  });
});

describe('foldForSearch', () => {
  it('strips diacritics and lower-cases', () => {
    expect(foldForSearch('Béni Mellal-Khénifra')).toBe('beni mellal-khenifra');
  });
});
