/**
 * Text folding and slugs: the one copy (docs/architecture.md#one-copy-of-each). Names in Ponte come
 * in Italian, French, English and Arabic script; ids are lower-case ASCII slugs. Dedupe, imports'
 * headers, the seed generator and `recordMeeting` all fold through here, so "Rencontre Cœur de
 * Fès" gives the same letters everywhere and an Arabic-only name is transliterated instead of
 * vanishing. Pure.
 */

/** Letters that Unicode decomposition leaves whole. */
const LATIN_EXTRAS: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/**
 * Arabic letters in a simple transliteration close to the French/Italian spellings of Moroccan
 * names (ش sh, خ kh, غ gh, ج j, ع and ء dropped as the Latin spellings usually do). Short vowels
 * are not written in Arabic, so "فاس" gives "fas" (Fès), "طنجة" gives "tnja" (Tanja); dedupe's
 * transliteration skeleton drops vowels anyway.
 */
const ARABIC: Readonly<Record<string, string>> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ى: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ڤ: 'v',
  ق: 'q',
  ك: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ی: 'y',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
};

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Arabic script transliterated to Latin letters, the definite article written "al-"; other text unchanged. */
export function transliterateArabic(text: string): string {
  if (!ARABIC_LETTER.test(text)) return text;
  return (
    text
      // Presentation forms (ﻻ, ﺍ …) to their base letters; harakat, tatweel and other marks dropped.
      .normalize('NFKC')
      .replace(/\p{Mn}|\u0640/gu, '')
      // The article ال at the start of a word.
      .replace(/(^|[^\u0600-\u06FF])ال(?=[\u0600-\u06FF])/g, '$1al-')
      // و and ي between consonants are usually the long vowels u and i.
      .replace(/(?<=[\u0621-\u064A])و(?=[\u0621-\u064A])/g, 'u')
      .replace(/(?<=[\u0621-\u064A])ي(?=[\u0621-\u064A])/g, 'i')
      .replace(/[\u0600-\u06FF]/g, (ch) => ARABIC[ch] ?? '')
  );
}

/** Lower case, Latin accents and marks removed, ligatures expanded ("Cœur" → "coeur", "Straße" → "strasse"). */
export function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđðþıħ]/g, (ch) => LATIN_EXTRAS[ch] ?? ch);
}

/** Every script folded to lower-case Latin letters: Arabic transliterated, then accents folded. */
export function foldToLatin(text: string): string {
  return foldLatin(transliterateArabic(text));
}

/**
 * A lower-case ASCII slug: "Rencontre Cœur de Fès" → "rencontre-coeur-de-fes", "لقاء فاس" →
 * "lqa-fas". Empty only when the text holds no letter or digit of any script Ponte folds.
 */
export function slugify(text: string, maxLength = Infinity): string {
  const slug = foldToLatin(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-+$/g, '');
}

/** Letters and digits only: "Città d'origine" → "cittadorigine" (import headers compare this way). */
export function compactFold(text: string): string {
  return foldToLatin(text).replace(/[^a-z0-9]/g, '');
}
