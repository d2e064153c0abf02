/**
 * Turns what a person types into a Lucene query for the node full-text index (docs/search.md).
 * Pure, so the rules are unit-tested without a database.
 *
 * One name model with dedupe (curation/names.ts): the words are folded the way dedupe folds names,
 * little words and legal forms are left out, and each word also matches
 * - its generic concept in every language ("foundation" finds "Fondation", "Fondazione"),
 * - its number in every spelling ("2" finds "II", "deux"),
 * - every spelling with the same transliteration skeleton ("Muhammad" finds "Mohammed", "Yusuf"
 *   finds "Youssef"), in Latin letters and in Arabic script ("hassan" finds "الحسن"),
 * - and, for a word in Arabic script, the word itself (with or without its article) and its
 *   transliteration ("حسن" finds "Hassan", "فاس" finds "Fès" and "فاس مكناس").
 *
 * Lucene does not analyse regular-expression or wildcard terms, so the words are folded here as the
 * index's analyser (standard-folding: lower case, ASCII folding) folds the stored text. The
 * standard tokenizer keeps "l'Oriental" whole, so every Latin pattern also allows an elided article
 * in front.
 *
 * Every alternative is a constant-score term (a regular expression), so a hit's score is the sum of
 * the boosts of the alternatives it matches: it depends on that node's own words only. A plain term
 * or `word~1` would be scored with the index's statistics (how many documents hold the word, their
 * mean length), which every indexed node moves, hidden migrants included; a score or an order
 * computed from them would depend on people the asker may not see (docs/privacy.md). The one typo
 * is therefore written as the regular expression of every word one edit away (fuzzyPattern).
 */
import {
  conceptOf,
  conceptSpellings,
  isLittleWord,
  nameWords,
  numberOf,
  numberSpellings,
  skeleton,
} from '../curation/names.js';
import { foldLatin, foldToLatin } from '../text/fold.js';

/** The fields of the index that hold names (weigh most) and the others (description, city). */
const NAME_FIELDS = ['name', 'altNames'] as const;
const OTHER_FIELDS = ['description', 'city'] as const;

/** Boosts of the ways a word may match: the sum orders hits within one tier (search-rank.ts). */
export const BOOST = {
  exact: 8,
  number: 8,
  concept: 6,
  skeleton: 5,
  prefix: 4,
  fuzzy: 2,
  otherExact: 1,
  otherPrefix: 0.5,
} as const;

/** At most this many words of the text are searched. */
export const MAX_WORDS = 8;

/** Longer words are matched without a typo: their one-edit expression grows with the square of the length. */
export const FUZZY_MAX_LENGTH = 24;

/** One word of the query: its Latin folded spellings and, when typed in Arabic script, the word itself. */
export interface QueryWord {
  /** Folded Latin words (the transliteration, for an Arabic word), little words left out. */
  readonly latin: readonly string[];
  /** The word as typed in Arabic script, marks removed. */
  readonly arabic?: string;
}

/** The words of a query as search matches them; empty when nothing searchable is left. */
export function queryWords(text: string): QueryWord[] {
  const all: QueryWord[] = [];
  // Words in Arabic script one by one; the Latin rest folded as dedupe folds names (s.r.l. is one word).
  for (const raw of text.match(/[\u0600-\u06FF]+/g) ?? []) {
    const arabic = normaliseArabic(raw);
    if (arabic === '') continue;
    all.push({ arabic, latin: nameWords(foldToLatin(arabic)).filter((w) => !isLittleWord(w)) });
  }
  const latinText = text.replace(/[\u0600-\u06FF]+/g, ' ');
  for (const latin of nameWords(foldLatin(latinText))) all.push({ latin: [latin] });
  // Little words ("de", "l", "srl") are left out, as dedupe leaves them out, unless nothing else was typed.
  const meaningful = all
    .map((w) => (w.arabic !== undefined ? w : { latin: w.latin.filter((l) => !isLittleWord(l)) }))
    .filter((w) => w.arabic !== undefined || w.latin.length > 0);
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_WORDS);
}

/** The Lucene query for `text`, or undefined when nothing searchable is left. */
export function buildSearchQuery(text: string): string | undefined {
  const words = queryWords(text);
  if (words.length === 0) return undefined;
  return words.map((w) => `(${wordAlternatives(w).join(' OR ')})`).join(' AND ');
}

function wordAlternatives(word: QueryWord): string[] {
  const out: string[] = [];
  if (word.arabic !== undefined) out.push(...arabicAlternatives(word.arabic));
  for (const latin of word.latin) out.push(...latinAlternatives(latin));
  return [...new Set(out)];
}

/**
 * The elided articles and prepositions of French and Italian ("l'Oriental", "dell'Immigrazione"),
 * spelled out rather than `[a-z]+'`: a pattern that starts with a fixed set of letters lets Lucene
 * skip most of the term dictionary, one that starts with any letters walks all of it.
 */
const ELIDED = "((l|d|j|m|n|s|t|c|qu|dell|nell|all|dall|sull|coll|quell|un)['’])?";

const on = (fields: readonly string[], pattern: string, boost: number) =>
  fields.map((f) => `${f}:/${pattern}/^${boost}`);

function latinAlternatives(w: string): string[] {
  const out = [...on(NAME_FIELDS, `${ELIDED}${w}`, BOOST.exact), ...on(OTHER_FIELDS, w, BOOST.otherExact)];
  out.push(...on(NAME_FIELDS, `${ELIDED}${w}.*`, BOOST.prefix));
  if (w.length >= 3) out.push(...on(OTHER_FIELDS, `${w}.*`, BOOST.otherPrefix));
  const number = numberOf(w);
  const concept = conceptOf(w);
  if (number) out.push(...on(NAME_FIELDS, `(${numberSpellings(number).join('|')})`, BOOST.number));
  if (concept) out.push(...on(NAME_FIELDS, `${ELIDED}(${conceptSpellings(concept).join('|')})`, BOOST.concept));
  if (
    !number &&
    !concept &&
    w.length >= 3 &&
    w.length <= FUZZY_MAX_LENGTH &&
    skeleton(w).length >= 2 &&
    /^[a-z]+$/.test(w)
  ) {
    out.push(...on(NAME_FIELDS, `${ELIDED}${skeletonPattern(w)}`, BOOST.skeleton));
    const arabic = arabicSkeletonPattern(w);
    if (arabic) out.push(...on(NAME_FIELDS, arabic, BOOST.skeleton));
  }
  if (w.length >= 4 && w.length <= FUZZY_MAX_LENGTH) out.push(...on(NAME_FIELDS, fuzzyPattern(w), BOOST.fuzzy));
  return out;
}

function arabicAlternatives(a: string): string[] {
  const bare = a.startsWith('ال') && a.length > 3 ? a.slice(2) : a;
  const letters = arabicLetterPattern(bare);
  return [
    ...on(NAME_FIELDS, `(ال)?${letters}`, BOOST.exact),
    ...on(NAME_FIELDS, `(ال)?${letters}.*`, BOOST.prefix),
    ...on(OTHER_FIELDS, `(ال)?${letters}`, BOOST.otherExact),
  ];
}

/** Harakat, tatweel and presentation forms removed: how Arabic words are compared. */
function normaliseArabic(word: string): string {
  return word.normalize('NFKC').replace(/\p{Mn}|\u0640/gu, '');
}

/** The letters of an Arabic word, each hamza seat and final ta marbuta matching its usual variants. */
function arabicLetterPattern(word: string): string {
  return [...word]
    .map((ch, i, all) => {
      if ('اأإآ'.includes(ch)) return '[اأإآ]';
      if ('ىي'.includes(ch)) return '[ىي]';
      if ('ةه'.includes(ch) && i === all.length - 1) return '[ةه]';
      return ch;
    })
    .join('');
}

/** How skeleton letters may be written in Latin (curation/names.ts `skeleton`, read backwards). */
const LATIN_OF: Readonly<Record<string, string>> = {
  f: '(f|ph)',
  x: 'kh',
  S: '(sch|ch|sh)',
  j: '(j|dj|dg)',
  k: '(k|q|c|ck)',
  g: '(g|gh)',
  t: '(t|th)',
  d: '(d|dh)',
};

/** Vowels the skeleton drops after its first letter. */
const LATIN_VOWELS = '[aeiouyw]*';

/**
 * A regular expression for every Latin word with the same transliteration skeleton as `word`
 * ("muhammad" → mhmd → mohammed, mohamed, mhamed …): dedupe's skeleton, read backwards.
 */
export function skeletonPattern(word: string): string {
  const s = skeleton(word);
  const head = s.charAt(0);
  const first = head === 'a' ? '(a|e)' : head === 'u' ? '(o|u|ou|oo|w)' : (LATIN_OF[head] ?? head);
  const rest = [...s.slice(1)].map((c) => `${LATIN_OF[c] ?? c}+`);
  return `${first}${rest.length > 0 ? `${LATIN_VOWELS}${rest.join(LATIN_VOWELS)}` : ''}${LATIN_VOWELS}`;
}

/** Arabic letters a skeleton letter may stand for (text/fold.ts transliterates them the other way). */
const ARABIC_OF: Readonly<Record<string, string>> = {
  b: 'ب',
  p: 'ب',
  t: 'تطث',
  d: 'دضذ',
  s: 'سصث',
  z: 'زظذ',
  S: 'ش',
  x: 'خ',
  g: 'غگجق',
  j: 'ج',
  k: 'كقک',
  f: 'فڤ',
  v: 'ڤف',
  h: 'هحخ',
  m: 'م',
  n: 'ن',
  l: 'ل',
  r: 'ر',
  y: 'ي',
};
const ARABIC_HEAD_VOWEL: Readonly<Record<string, string>> = { a: 'اأإآع', u: 'اأوع', i: 'اإيع' };
const ARABIC_VOWELS = '[اأإآويىءئؤعة]*';

/**
 * A regular expression for Arabic-script words that transliterate to `word`'s skeleton ("hassan"
 * → الحسن, حسن; "fes" → فاس), with or without the article; undefined for letters Arabic lacks.
 */
export function arabicSkeletonPattern(word: string): string | undefined {
  const s = skeleton(word);
  const letters = [...s];
  const classes: string[] = [];
  for (const [i, c] of letters.entries()) {
    const set = i === 0 && ARABIC_HEAD_VOWEL[c] ? ARABIC_HEAD_VOWEL[c] : ARABIC_OF[c];
    if (!set) return undefined;
    classes.push(`[${set}]+`);
  }
  return `(ال)?${classes.join(ARABIC_VOWELS)}${ARABIC_VOWELS}`;
}

/**
 * A Lucene regular expression for every word at most one edit from `word` (Damerau: a letter
 * deleted, replaced, inserted, or two neighbours swapped), as `word~1` matches. `word` holds only
 * letters and digits, none of them special in Lucene's syntax.
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
 * Only Latin is folded, as the index's ASCII folding does; Arabic letters such as ؤ stay whole
 * (sector and skill comparisons in match.ts and opportunity.ts).
 */
export function foldForSearch(text: string): string {
  return text
    .replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => ch.normalize('NFD').replace(/\p{M}+/gu, ''))
    .toLowerCase();
}
