import { DICTIONARIES, LOCALES, RTL_LOCALES, type Locale, type MessageKey } from './dictionary.js';
import { selectPlural } from './plural.js';

export type Params = Record<string, string | number>;

/**
 * The message for a key in a locale, `{name}` placeholders filled; English when a locale lacks it.
 * A plural message picks its form for the locale by the `count` parameter (`plural.ts`).
 */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const message = DICTIONARIES[locale][key] ?? DICTIONARIES.en[key] ?? key;
  const template = typeof message === 'string' ? message : selectPlural(locale, message, Number(params.count));
  const rtl = RTL_LOCALES.includes(locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? (rtl ? isolateLatin(String(params[name])) : String(params[name])) : whole,
  );
}

const LATIN = /[A-Za-z\u00C0-\u024F]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A Latin name inside a right-to-left sentence, wrapped in Unicode bidi isolation (FSI … PDI): its
 * trailing punctuation and the numbers beside it stay where the sentence puts them instead of
 * being pulled into the name's left-to-right run. Values that are already sentences of the
 * language (Arabic letters in them: their own names were isolated when they were made) and values
 * without letters (numbers, years) are left as they are.
 */
export function isolateLatin(value: string): string {
  if (!LATIN.test(value) || ARABIC.test(value) || value.startsWith(FSI)) return value;
  return `${FSI}${value}${PDI}`;
}

/** The first of the browser's languages that the explorer speaks (`it-IT` → `it`), else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LOCALES as readonly string[]).includes(base ?? '')) return base as Locale;
  }
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A node kind's name (Migrant, ReturnProject, …) in a locale; unknown kinds as they come. */
export function kindName(locale: Locale, kind: string): string {
  const key = `kind.${kind}`;
  return key in DICTIONARIES.en ? translate(locale, key as MessageKey) : kind;
}

/** A country code's name (IT, MA, INTL) in a locale; empty for none. */
export function countryLabel(locale: Locale, code: string | null | undefined): string {
  if (!code) return '';
  const key = `country.${code}`;
  return key in DICTIONARIES.en ? translate(locale, key as MessageKey) : code;
}

/** A relationship type's name (MEMBER_OF → "member of") in a locale; unknown types as they come. */
export function relationshipName(locale: Locale, type: string): string {
  const key = `rel.${type}`;
  return key in DICTIONARIES.en ? translate(locale, key as MessageKey) : type;
}

/** The writing direction of a locale, for `<html dir>`: Arabic right to left, the others left to right. */
export function textDirection(locale: Locale): 'rtl' | 'ltr' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}
