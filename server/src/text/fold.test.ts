import { describe, expect, it } from 'vitest';
import { compactFold, foldLatin, slugify, transliterateArabic } from './fold.js';

describe('slugify', () => {
  it('folds accents and ligatures instead of cutting words', () => {
    expect(slugify('Rencontre Cœur de Fès')).toBe('rencontre-coeur-de-fes');
    expect(slugify('Straße der Begegnung')).toBe('strasse-der-begegnung');
    expect(slugify('Béni Mellal – Fès')).toBe('beni-mellal-fes');
    expect(slugify('Ærø Łódź')).toBe('aero-lodz');
  });

  it('transliterates Arabic-only names, so two of them on one day get two ids', () => {
    const a = slugify('لقاء فاس');
    const b = slugify('لقاء طنجة');
    expect(a).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(a).not.toBe('');
    expect(a).not.toBe(b);
    expect(slugify('الدار البيضاء')).toBe('al-dar-al-bida');
  });

  it('keeps a slug within the length, without a trailing dash', () => {
    expect(slugify('abc def ghi', 5)).toBe('abc-d');
    expect(slugify('abc def ghi', 4)).toBe('abc');
  });

  it('is empty only for text without letters or digits', () => {
    expect(slugify(' – … ! ')).toBe('');
    expect(slugify('٢٠٠٩')).toBe('2009');
  });
});

describe('folding', () => {
  it('leaves Latin text unchanged by transliteration and folds it', () => {
    expect(transliterateArabic('Fès')).toBe('Fès');
    expect(foldLatin('Città d’Origine')).toBe('città d’origine'.normalize('NFKD').replace(/\p{M}+/gu, ''));
    expect(compactFold("Città d'origine")).toBe('cittadorigine');
  });

  it('drops Arabic vowel marks and tatweel', () => {
    expect(transliterateArabic('فَاس')).toBe(transliterateArabic('فاس'));
    expect(transliterateArabic('فـاس')).toBe(transliterateArabic('فاس'));
  });
});
