/**
 * Turns what a person types into a Lucene query for the actor full-text index. Pure, so the
 * rules are unit-tested without a database.
 *
 * The index analyser folds accents, but Lucene does not analyse wildcard and fuzzy terms, so the
 * words are folded and lower-cased here too ("Fès" → "fes"). Every word must match, as an exact
 * word (boosted), a prefix ("hass" → "hassan"), after an elided article (the standard tokenizer
 * keeps "l'Étranger" and "dell'Immigrazione" whole, so "etranger" must also match "l'etranger")
 * or, from four letters on, with one typo.
 */
export function buildSearchQuery(text: string): string | undefined {
  const words = foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      const alternatives = [`${word}^4`, `${word}*^2`];
      if (word.length >= 3) alternatives.push(`*'${word}*`);
      if (word.length >= 4) alternatives.push(`${word}~1`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/**
 * Lower-case, Latin letters without diacritics: "Béni Mellal-Khénifra" → "beni mellal-khenifra".
 * Only Latin is folded, as the index's ASCII folding does; Arabic letters such as ؤ stay whole.
 */
export function foldForSearch(text: string): string {
  return text
    .replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => ch.normalize('NFD').replace(/\p{M}+/gu, ''))
    .toLowerCase();
}
