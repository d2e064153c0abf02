/**
 * The explorer's languages and their dictionaries, one file per language in `locales/`. English
 * is the source: its keys type every lookup, and the other languages must give every key, a plural
 * message wherever English has one (the compiler checks both). See docs/architecture.md#the-explorer.
 */
import { ar } from './locales/ar.js';
import { en, type MessageKey } from './locales/en.js';
import { fr } from './locales/fr.js';
import { it } from './locales/it.js';
import type { Plural } from './plural.js';

export const LOCALES = ['en', 'it', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
/** Locales written right to left. */
export const RTL_LOCALES: readonly Locale[] = ['ar'];

export type { MessageKey };
/** A language's words: every English key, a string where English has a string, a plural where it has one. */
export type Dictionary = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };

export const DICTIONARIES: Record<Locale, Dictionary> = { en, it, fr, ar };
export { en };
