/**
 * Name folding for deduplication (issue #7): turns an actor's name into weighted tokens so that
 * spellings, languages and word order stop mattering. Pure; used by dedupe.ts.
 *
 * - case, accents, punctuation and apostrophes are folded ("l'Étranger" → "l etranger");
 * - legal forms (S.r.l., SARL, S.p.A., Onlus …) and little words (de, di, of, al-, el- …) are dropped;
 * - generic words are replaced by one concept across French, Italian, English and Arabic
 *   transliteration ("fondation", "fondazione", "foundation", "mu'assasa" → `foundation`), so
 *   "Fondation Hassan II" and "Hassan II Foundation" fold to the same tokens; concepts weigh less
 *   than the distinctive words, which tell two actors apart;
 * - distinctive words get a transliteration skeleton (Mohammed/Mohamed/Muhammad/Mhamed → `mhmd`,
 *   Youssef/Yusuf/Youssouf → `ysf`), Roman numerals become digits (Hassan II = Hassan 2).
 */
import { foldToLatin } from '../text/fold.js';

/** What a token is: a distinctive word, a generic concept, or a number. */
export type TokenKind = 'word' | 'concept' | 'number';

export interface NameToken {
  /** The folded word as written (accents and case folded), for reasons. */
  readonly raw: string;
  /** What is compared: a skeleton for words, the concept name for concepts, digits for numbers. */
  readonly key: string;
  readonly kind: TokenKind;
  readonly weight: number;
}

export interface FoldedName {
  readonly original: string;
  readonly tokens: readonly NameToken[];
  /** Initials of the significant words ("Conseil de la Communauté Marocaine à l'Étranger" → "ccme"). */
  readonly initials: string;
  /** The word skeletons joined in written order ("Abderrahim" and "Abd Rahim" both give "abdrhm"); numbers left out. */
  readonly compact: string;
}

/** Weight of a generic concept against 1 for a distinctive word. */
export const CONCEPT_WEIGHT = 0.35;

/**
 * Generic words, by concept. Keys are folded spellings (lower case, no accents, no apostrophes);
 * several languages per line: French, Italian, English, Arabic transliteration, Spanish.
 */
const CONCEPTS: Record<string, readonly string[]> = {
  foundation: [
    'fondation',
    'fondazione',
    'foundation',
    'fundacion',
    'stiftung',
    'muassasa',
    'muassasat',
    'mouassassa',
    'mouassasa',
    'moussassa',
    'muassassa',
  ],
  association: [
    'association',
    'associations',
    'associazione',
    'associazioni',
    'asociacion',
    'assoc',
    'asso',
    'jamiya',
    'jamiyat',
    'jamiyya',
    'jamaiya',
    'jamiia',
    'jameya',
    'jamiyyat',
  ],
  cooperative: [
    'cooperative',
    'cooperativa',
    'cooperatives',
    'cooperativo',
    'coop',
    'taawuniya',
    'taawniya',
    'taawunia',
    'taaouniya',
  ],
  federation: ['federation', 'federazione', 'federacion', 'ittihad'],
  union: ['union', 'unione', 'unions'],
  network: ['network', 'rete', 'reseau', 'red', 'networks'],
  forum: ['forum', 'forums'],
  centre: ['centre', 'center', 'centro', 'centri', 'markaz'],
  committee: ['comite', 'comitato', 'committee'],
  council: ['conseil', 'consiglio', 'council', 'majlis'],
  chamber: ['chambre', 'camera', 'chamber'],
  commerce: ['commerce', 'commercio', 'trade', 'commercial', 'commerciale'],
  bank: ['banque', 'banca', 'bank', 'banco'],
  agency: ['agence', 'agenzia', 'agency', 'agencia', 'wakala'],
  ministry: ['ministere', 'ministero', 'ministry', 'wizara', 'wizarat'],
  region: ['region', 'regione', 'jiha', 'regional', 'regionale'],
  municipality: ['comune', 'commune', 'municipality', 'municipalite', 'municipio', 'ville', 'citta', 'baladiya'],
  consulate: ['consulat', 'consolato', 'consulate', 'qunsuliya'],
  general: ['general', 'generale', 'generali'],
  kingdom: ['royaume', 'regno', 'kingdom', 'mamlaka', 'mamlakat'],
  institute: ['institut', 'istituto', 'institute', 'instituto', 'mahad'],
  university: ['universite', 'universita', 'university', 'universidad'],
  international: [
    'international',
    'internationale',
    'internazionale',
    'internationales',
    'internazionali',
    'dawli',
    'dawliya',
  ],
  development: ['developpement', 'sviluppo', 'development', 'desarrollo', 'tanmiya'],
  cooperation: ['cooperation', 'cooperazione'],
  cultural: ['culturel', 'culturelle', 'culturale', 'cultural', 'culturali', 'culture', 'cultura', 'thaqafiya'],
  social: ['social', 'sociale', 'sociali', 'sociaux'],
  women: ['femmes', 'femme', 'donne', 'donna', 'women', 'woman', 'nisa', 'nissae', 'nisaa'],
  students: ['etudiants', 'studenti', 'students', 'tullab'],
  youth: ['jeunes', 'jeunesse', 'giovani', 'youth', 'shabab', 'chabab'],
  migrants: [
    'migrants',
    'migranti',
    'migrant',
    'immigres',
    'immigrati',
    'immigrants',
    'emigres',
    'emigrati',
    'muhajirin',
  ],
  moroccan: [
    'marocain',
    'marocaine',
    'marocains',
    'marocaines',
    'marocchino',
    'marocchina',
    'marocchini',
    'marocchine',
    'moroccan',
    'moroccans',
    'maghariba',
    'maghribi',
    'maghribiya',
  ],
  morocco: ['maroc', 'marocco', 'morocco', 'marruecos', 'maghrib'],
  italian: [
    'italien',
    'italienne',
    'italiens',
    'italiennes',
    'italiano',
    'italiana',
    'italiani',
    'italiane',
    'italian',
    'italians',
  ],
  italy: ['italie', 'italia', 'italy', 'italiya'],
  abroad: ['etranger', 'estero', 'abroad', 'kharij', 'overseas'],
  resident: [
    'residant',
    'residants',
    'resident',
    'residents',
    'residenti',
    'residente',
    'living',
    'muqimin',
    'residing',
  ],
  community: ['communaute', 'comunita', 'community', 'jaliya', 'jalia'],
  professionals: ['professionnels', 'professionisti', 'professionals'],
  training: ['formation', 'formazione', 'training', 'takwin'],
  microcredit: ['microcredit', 'microcredito', 'microfinance', 'microfinanza'],
  investment: ['investissement', 'investimento', 'investment', 'istithmar'],
  studies: ['etudes', 'studi', 'studies', 'research', 'recherche', 'ricerca', 'ricerche', 'recherches'],
  group: ['groupe', 'gruppo', 'group'],
  company: ['societe', 'societa', 'company', 'sharika', 'entreprise', 'impresa', 'enterprise', 'ditta', 'azienda'],
  national: ['national', 'nationale', 'nazionale', 'watani', 'wataniya'],
};

/** Legal forms, dropped: they say how an actor is registered, not which one it is. */
const LEGAL_FORMS = new Set([
  'srl',
  'srls',
  'spa',
  'sapa',
  'snc',
  'sas',
  'sarl',
  'sarlau',
  'sa',
  'scarl',
  'scrl',
  'scs',
  'ltd',
  'llc',
  'inc',
  'plc',
  'gmbh',
  'ag',
  'bv',
  'nv',
  'onlus',
  'aps',
  'odv',
  'ets',
  'asbl',
  'ong',
  'ngo',
  'eurl',
  'sasu',
  'cic',
  'coop',
  'soc',
]);

/** Little words of the five languages, dropped (articles, prepositions, conjunctions). */
const STOPWORDS = new Set([
  // French
  'de',
  'du',
  'des',
  'le',
  'la',
  'les',
  'l',
  'd',
  'a',
  'au',
  'aux',
  'en',
  'et',
  'pour',
  'sur',
  'par',
  'un',
  'une',
  'dans',
  // Italian
  'di',
  'del',
  'della',
  'dei',
  'degli',
  'delle',
  'dello',
  'dell',
  'il',
  'lo',
  'gli',
  'i',
  'e',
  'ed',
  'per',
  'in',
  'da',
  'dal',
  'dalla',
  'nel',
  'nella',
  'sul',
  'sulla',
  'sull',
  'sulle',
  'sui',
  'all',
  'alla',
  'alle',
  'agli',
  'ai',
  'al',
  'con',
  'tra',
  'fra',
  'una',
  'uno',
  // English
  'of',
  'the',
  'and',
  'for',
  'an',
  'at',
  'on',
  'to',
  // Arabic transliteration (articles and particles)
  'el',
  'wa',
  'li',
  'lil',
  'bi',
  'fi',
  'ila',
  // Spanish
  'y',
  'los',
  'las',
]);

/** Roman numerals and ordinal words of royal names (Hassan II = Hassan 2 = al-Hasan al-Thani). */
const NUMBERS: Record<string, string> = {
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
  thani: '2',
  tani: '2',
  thaani: '2',
  khamis: '5',
  sadis: '6',
  awwal: '1',
  ier: '1',
  '1er': '1',
  premier: '1',
  primo: '1',
  '1st': '1',
  '2nd': '2',
  // Number words people type in a search or write in a name ("Les Deux Rives").
  deux: '2',
  due: '2',
  two: '2',
  trois: '3',
  tre: '3',
  three: '3',
};

/**
 * Filial particles of Arabic names (Ben Kirane, Ibn Tashfin): one spelling, a low weight, and kept
 * in the compact form so that "Benkirane" and "Ben Kiran" still line up.
 */
const PARTICLES = new Set(['ben', 'bin', 'ibn', 'ibnu', 'bni', 'beni']);

const CONCEPT_OF = new Map<string, string>();
for (const [concept, spellings] of Object.entries(CONCEPTS)) for (const s of spellings) CONCEPT_OF.set(s, concept);

/** Lower case in Latin letters: Arabic script transliterated, accents and marks removed, ligatures expanded. */
export const foldText = foldToLatin;

/** The generic concept a folded word stands for ("fondazione" → `foundation`), if any. */
export function conceptOf(word: string): string | undefined {
  return CONCEPT_OF.get(word);
}

/** Every spelling of a concept, in every language (search expands a generic word to all of them). */
export function conceptSpellings(concept: string): readonly string[] {
  return CONCEPTS[concept] ?? [];
}

/** The digits a folded word stands for ("ii", "deux", "2" → "2"), if it is a number. */
export function numberOf(word: string): string | undefined {
  return NUMBERS[word] ?? (/^\d+$/.test(word) ? String(Number(word)) : undefined);
}

/** Every spelling of a number: its digits and the words and Roman numerals for it. */
export function numberSpellings(digits: string): readonly string[] {
  return [digits, ...Object.keys(NUMBERS).filter((w) => NUMBERS[w] === digits && /^[a-z]+$/.test(w))];
}

/** Whether a folded word is one that names leave out when compared (articles, prepositions, legal forms). */
export function isLittleWord(word: string): boolean {
  return STOPWORDS.has(word) || LEGAL_FORMS.has(word);
}

/**
 * The Arabic generic words written with an apostrophe or ayn (mu'assasa, jam'iya, ta'awuniya) lose
 * it first, so they survive the apostrophe split that separates elided articles (l', d', dell').
 */
function joinArabicGenerics(text: string): string {
  return text.replace(/\b(mu|mou|jam|ta|ta'a|taa)['ʾʿ’‘`]+(?=[a-z])/g, '$1');
}

/** Splits folded text into words; runs of single letters (s.r.l., s p a) become one word. */
export function nameWords(folded: string): string[] {
  const raw = joinArabicGenerics(folded)
    .replace(/['ʾʿ’‘`´]/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out: string[] = [];
  let run = '';
  for (const w of raw) {
    if (w.length === 1 && /[a-z]/.test(w)) {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(w);
  }
  if (run) out.push(run);
  return out;
}

/**
 * A transliteration skeleton of one word: digraphs unified (ou/oo → u, w → u, ch/sh → sh, kh → x,
 * dj → j, q/c/ck → k, ph → f), vowels after the first letter dropped, double letters merged. Arabic
 * names come out the same however they were written in French, Italian or English.
 */
export function skeleton(word: string): string {
  const w = word
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'x')
    .replace(/sch|ch|sh/g, 'S')
    .replace(/dj|dg/g, 'j')
    .replace(/ck|q|c/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/ou|oo|w/g, 'u');
  if (!w) return w;
  // An initial vowel is kept, e/a and o/u merged (Ahmed/Ahmad, Oumaima/Umaima); an initial y stays a consonant.
  const head = ({ e: 'a', o: 'u' } as Record<string, string>)[w.charAt(0)] ?? w.charAt(0);
  const rest = w
    .slice(1)
    .replace(/y/g, 'i')
    .replace(/[aeiou]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

export function compactOf(tokens: readonly NameToken[]): string {
  return tokens
    .filter((t) => t.kind === 'word' && t.key.length > 1)
    .map((t) => t.key)
    .join('');
}

/** Folds one name into weighted tokens. */
export function foldName(name: string): FoldedName {
  const tokens: NameToken[] = [];
  const initials: string[] = [];
  const all = nameWords(foldText(name));
  // Acronyms (CCIM, CCME, IOM) are compared letter for letter: a skeleton would merge them.
  // An all-capitals name is shouting, not a list of acronyms.
  const upper = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const shouting = upper.length > 1 && !upper.some((w) => w.length >= 3 && w !== w.toUpperCase());
  const acronyms = shouting
    ? new Set<string>()
    : new Set(
        upper
          // Capitals only: a word of a script without case (Arabic) is a word, not an acronym.
          .filter((w) => w.length >= 2 && w.length <= 6 && w === w.toUpperCase() && w !== w.toLowerCase())
          .map((w) => foldText(w)),
      );
  for (const [index, w] of all.entries()) {
    // A single letter at the end is an initial ("Aicha A."), not an article.
    const initial = w.length === 1 && index === all.length - 1 && index > 0;
    if (!initial && (STOPWORDS.has(w) || LEGAL_FORMS.has(w))) continue;
    initials.push(w.charAt(0));
    const number = numberOf(w);
    if (number) {
      tokens.push({ raw: w, key: number, kind: 'number', weight: 1 });
      continue;
    }
    if (PARTICLES.has(w)) {
      tokens.push({ raw: w, key: 'bn', kind: 'word', weight: CONCEPT_WEIGHT });
      continue;
    }
    const concept = CONCEPT_OF.get(w);
    if (concept) {
      tokens.push({ raw: w, key: concept, kind: 'concept', weight: CONCEPT_WEIGHT });
      continue;
    }
    tokens.push({ raw: w, key: acronyms.has(w) || w.length === 1 ? w : skeleton(w), kind: 'word', weight: 1 });
  }
  return {
    original: name,
    tokens,
    initials: initials.join(''),
    compact: compactOf(tokens),
  };
}

/** Folds a city name for comparison ("Fès" = "Fes", "Torino" ≠ "Turin" is left to the caller). */
export function foldCity(city: string | null | undefined): string | null {
  if (!city) return null;
  const folded = nameWords(foldText(city)).join(' ');
  return CITY_ALIASES.get(folded) ?? (folded || null);
}

/** Italian, French and English names of the same city. */
const CITY_ALIASES = new Map<string, string>([
  ['turin', 'torino'],
  ['milan', 'milano'],
  ['rome', 'roma'],
  ['naples', 'napoli'],
  ['florence', 'firenze'],
  ['venice', 'venezia'],
  ['genoa', 'genova'],
  ['genes', 'genova'],
  ['padua', 'padova'],
  ['geneve', 'geneva'],
  ['ginevra', 'geneva'],
  ['bruxelles', 'brussels'],
  ['bruxelle', 'brussels'],
  ['tangier', 'tanger'],
  ['tangeri', 'tanger'],
  ['fez', 'fes'],
  ['marrakesh', 'marrakech'],
  ['marrakesch', 'marrakech'],
  ['casablanca', 'casablanca'],
  ['dar el beida', 'casablanca'],
  ['tetuan', 'tetouan'],
  ['meknes', 'meknes'],
]);
