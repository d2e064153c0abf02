import { describe, expect, it } from 'vitest';
import { buildSearchQuery, foldForSearch } from './search-query.js';

describe('buildSearchQuery', () => {
  it('requires every word, each as exact, prefix or one-typo match', () => {
    expect(buildSearchQuery('Fond Hass')).toBe("(fond^4 OR fond*^2 OR *'fond* OR fond~1) AND (hass^4 OR hass*^2 OR *'hass* OR hass~1)");
  });

  it("also matches after an elided article (l'Étranger)", () => {
    expect(buildSearchQuery('etranger')).toContain("*'etranger*");
  });

  it('folds accents because Lucene does not analyse wildcard terms', () => {
    expect(buildSearchQuery('Fès')).toBe("(fes^4 OR fes*^2 OR *'fes*)");
  });

  it('drops Lucene syntax so user text cannot change the query', () => {
    expect(buildSearchQuery('name:"x" OR *) AND [a TO z]~')).toBe(
      "(name^4 OR name*^2 OR *'name* OR name~1) AND (x^4 OR x*^2) AND (or^4 OR or*^2) AND (and^4 OR and*^2 OR *'and*) AND (a^4 OR a*^2) AND (to^4 OR to*^2) AND (z^4 OR z*^2)",
    );
  });

  it('returns undefined when nothing searchable is left', () => {
    expect(buildSearchQuery('  -- !! ')).toBeUndefined();
  });

  it('keeps Arabic script words', () => {
    expect(buildSearchQuery('مؤسسة')).toBe("(مؤسسة^4 OR مؤسسة*^2 OR *'مؤسسة* OR مؤسسة~1)");
  });
});

describe('foldForSearch', () => {
  it('strips diacritics and lower-cases', () => {
    expect(foldForSearch('Béni Mellal-Khénifra')).toBe('beni mellal-khenifra');
  });
});
