/**
 * Turns what a person types into a Lucene query for the actor full-text index. Pure, so the
 * rules are unit-tested without a database.
 *
 * The index analyser folds accents, but Lucene does not analyse wildcard, regular-expression and
 * fuzzy terms, so the words are folded and lower-cased here too ("Fès" → "fes"). Every word must
 * match, as an exact word (boosted), a prefix ("hass" → "hassan"), after an elided article (the
 * standard tokenizer keeps "l'Étranger" and "dell'Immigrazione" whole, so "etranger" must also
 * match "l'etranger") or, from four letters on, with one typo.
 *
 * Every alternative is a constant-score term (a regular expression, a prefix or a wildcard), so a
 * hit's score is the sum of the boosts of the alternatives it matches: it depends on that actor's
 * own words only. A plain term or `word~1` would be scored with the index's statistics (how many
 * documents hold the word, their mean length), which every indexed actor moves, hidden migrants
 * included; a score or an order computed from them would depend on people the asker may not see
 * (docs/privacy.md). The one typo is therefore written as the regular expression of every word one
 * edit away (fuzzyPattern), which also has no cap on how many index terms it expands to.
 */
export function buildSearchQuery(text: string): string | undefined {
  const words = foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      const alternatives = [`/${word}/^4`, `${word}*^2`];
      if (word.length >= 3) alternatives.push(`*'${word}*`);
      if (word.length >= 4 && word.length <= FUZZY_MAX_LENGTH) alternatives.push(`/${fuzzyPattern(word)}/`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/** Longer words are matched without a typo: their one-edit expression grows with the square of the length. */
export const FUZZY_MAX_LENGTH = 24;

/**
 * A Lucene regular expression for every word at most one edit from `word` (Damerau: a letter
 * deleted, replaced, inserted, or two neighbours swapped), as `word~1` matches. `word` holds only
 * letters and digits (buildSearchQuery splits on everything else), none of them special in
 * Lucene's syntax.
 */
export function fuzzyPattern(word: string): string {
  const chars = [...word];
  const variants = new Set<string>();
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length) {
      variants.add([...chars.slice(0, i), ...chars.slice(i + 1)].join('')); // deleted
      variants.add([...chars.slice(0, i), '.', ...chars.slice(i + 1)].join('')); // replaced (or kept)
    }
    variants.add([...chars.slice(0, i), '.', ...chars.slice(i)].join('')); // inserted
    if (i + 1 < chars.length)
      variants.add([...chars.slice(0, i), chars[i + 1]!, chars[i]!, ...chars.slice(i + 2)].join('')); // swapped
  }
  return `(${[...variants].join('|')})`;
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
