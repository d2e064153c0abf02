import { describe, expect, it } from 'vitest';
import {
  arabicSkeletonPattern,
  buildSearchQuery,
  foldForSearch,
  fuzzyPattern,
  queryWords,
  skeletonPattern,
} from './search-query.js';

// Lucene's regular expressions, as used here (groups, classes, | * + ? .), read the same as JavaScript's.
const whole = (pattern: string) => new RegExp(`^(${pattern})$`, 'u');

describe('queryWords', () => {
  it('folds accents and case, and leaves out little words and legal forms', () => {
    expect(queryWords("Fondation de l'Étranger S.r.l.")).toEqual([{ latin: ['fondation'] }, { latin: ['etranger'] }]);
  });
  it('keeps little words when nothing else was typed', () => {
    expect(queryWords('de la')).toEqual([{ latin: ['de'] }, { latin: ['la'] }]);
  });
  it('keeps an Arabic word with its transliteration, article dropped', () => {
    expect(queryWords('الدار البيضاء')).toEqual([
      { arabic: 'الدار', latin: ['dar'] },
      { arabic: 'البيضاء', latin: ['bida'] },
    ]);
    expect(queryWords('فاس')).toEqual([{ arabic: 'فاس', latin: ['fas'] }]);
  });
  it('returns nothing for punctuation', () => {
    expect(queryWords('  -- !! ')).toEqual([]);
    expect(buildSearchQuery('  -- !! ')).toBeUndefined();
  });
});

describe('buildSearchQuery', () => {
  it('requires every word and matches each in the name fields before the others', () => {
    const q = buildSearchQuery('Fond Hass')!;
    expect(q.split(') AND (')).toHaveLength(2);
    expect(q).toMatch(/name:\/\(\(l\|d\|[^)]*\)\['’\]\)\?fond\/\^8/);
    expect(q).toContain('description:/fond/^1');
  });

  it("lets a word follow an elided article (l'Oriental, dell'Immigrazione)", () => {
    const exact = /name:\/([^/]*)\/\^8/.exec(buildSearchQuery('oriental')!)![1]!;
    for (const term of ['oriental', "l'oriental", 'l’oriental', "dell'oriental"])
      expect(whole(exact).test(term), term).toBe(true);
    expect(whole(exact).test('xoriental')).toBe(false);
  });

  it('writes numbers in every spelling', () => {
    expect(buildSearchQuery('hassan 2')).toContain('/(2|ii|thani|tani|thaani|deux|due|two)/');
    expect(buildSearchQuery('hassan II')).toContain('/(2|ii|thani|tani|thaani|deux|due|two)/');
  });

  it('writes a generic word in every language', () => {
    const q = buildSearchQuery('foundation')!;
    for (const w of ['fondation', 'fondazione', 'muassasa']) expect(q).toContain(w);
  });

  it('leaves no Lucene syntax of the user in the query', () => {
    const q = buildSearchQuery('name:"x" OR *) AND [a TO z]~ \\ /')!;
    // What remains are only our own fields, patterns and boosts.
    expect(q.replace(/\b(name|altNames|description|city):\/[^/]*\/\^[\d.]+/g, '')).toMatch(/^[()\sORAND]*$/);
  });

  it('uses only constant-score regular expressions (scores never read index statistics)', () => {
    for (const text of ['Hassan II', 'فاس', 'Muhammad Yusuf', 'oriental', 'x']) {
      const terms = buildSearchQuery(text)!
        .split(/ OR | AND /)
        .map((t) => t.replace(/^\(+|\)+$/g, ''));
      for (const t of terms) expect(t, t).toMatch(/^(name|altNames|description|city):\/.+\/\^[\d.]+$/);
    }
  });

  it('leaves long words to exact and prefix matches', () => {
    const q = buildSearchQuery('a'.repeat(25))!;
    expect(q).not.toContain('[aeiouyw]'); // no skeleton
    expect(q).not.toContain('.a'); // no typo
  });
});

describe('skeletonPattern', () => {
  it('matches the spellings of one Arabic name', () => {
    const cases: Record<string, string[]> = {
      muhammad: ['mohammed', 'mohamed', 'muhammad', 'mhamed', 'mohamad'],
      yusuf: ['youssef', 'yousef', 'youssouf', 'yusuf'],
      hassan: ['hassan', 'hasan', 'hassane'],
      abderrahim: ['abderrahim', 'abdurrahim', 'abderahim'],
      fes: ['fes', 'fas'],
    };
    for (const [word, spellings] of Object.entries(cases))
      for (const s of spellings) expect(whole(skeletonPattern(word)).test(s), `${word} ~ ${s}`).toBe(true);
  });
  it('refuses other names', () => {
    for (const [word, other] of [
      ['muhammad', 'mustafa'],
      ['yusuf', 'younes'],
      ['hassan', 'hakim'],
    ] as const)
      expect(whole(skeletonPattern(word)).test(other), `${word} !~ ${other}`).toBe(false);
  });
});

describe('arabicSkeletonPattern', () => {
  it('matches Arabic script for a Latin spelling, with or without the article', () => {
    expect(whole(arabicSkeletonPattern('hassan')!).test('الحسن')).toBe(true);
    expect(whole(arabicSkeletonPattern('hassan')!).test('حسن')).toBe(true);
    expect(whole(arabicSkeletonPattern('fes')!).test('فاس')).toBe(true);
    expect(whole(arabicSkeletonPattern('fes')!).test('مكناس')).toBe(false);
  });
});

describe('fuzzyPattern', () => {
  // The words one edit away, as Lucene's word~1 (with transpositions) matches them.
  const oneEdit = (a: string, b: string) => whole(fuzzyPattern(a)).test(b);
  it('matches a word deleted, replaced, inserted or swapped once, and the word itself', () => {
    for (const w of ['hassan', 'hasan', 'hassn', 'hbssan', 'hassana', 'xhassan', 'ahssan', 'hassna'])
      expect(oneEdit('hassan', w), w).toBe(true);
  });
  it('refuses two edits and other words', () => {
    for (const w of ['hsasna', 'has', 'hassanxx', 'fondazione', '']) expect(oneEdit('hassan', w), w).toBe(false);
  });
});

describe('foldForSearch', () => {
  it('strips diacritics and lower-cases', () => {
    expect(foldForSearch('Béni Mellal-Khénifra')).toBe('beni mellal-khenifra');
  });
});
