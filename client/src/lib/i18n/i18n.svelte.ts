import type { Locale, MessageKey } from './dictionary.js';
import { enumLabel, type ShownEnum } from './enum-labels.js';
import { formatHop, formatReason, type HopParts, type ReasonParts } from './reasons.js';
import {
  countryLabel,
  isLocale,
  kindName,
  pickLocale,
  relationshipName,
  textDirection,
  translate,
  type Params,
} from './translate.js';

const STORAGE_KEY = 'ponte.locale';

/** The interface language: the one chosen before (kept in localStorage), else the browser's. */
class I18n {
  #locale = $state<Locale>('en');

  constructor() {
    if (typeof window === 'undefined') return;
    const saved = window.localStorage?.getItem(STORAGE_KEY);
    this.#locale = isLocale(saved) ? saved : pickLocale(navigator.languages ?? [navigator.language]);
    this.#applyToDocument();
  }

  get locale(): Locale {
    return this.#locale;
  }

  set locale(value: Locale) {
    this.#locale = value;
    window.localStorage?.setItem(STORAGE_KEY, value);
    this.#applyToDocument();
  }

  /** The page's language and direction: Arabic lays the interface out right to left. */
  #applyToDocument() {
    document.documentElement.lang = this.#locale;
    document.documentElement.dir = textDirection(this.#locale);
  }

  t = (key: MessageKey, params?: Params): string => translate(this.#locale, key, params);
  kind = (kind: string): string => kindName(this.#locale, kind);
  country = (code: string | null | undefined): string => countryLabel(this.#locale, code);
  rel = (type: string): string => relationshipName(this.#locale, type);
  /** An enum value (RESIDENT, FUNDING_CALL…) by its name in this language (enum-labels.ts). */
  enumValue = (name: ShownEnum, value: string): string => enumLabel(this.#locale, name, value);
  /** A moment (ISO date-time) as this language writes it, e.g. for audit entries. */
  moment = (at: string, time: 'short' | 'medium' = 'medium'): string =>
    new Date(at).toLocaleString(this.#locale, { dateStyle: 'medium', timeStyle: time });
  /** An explanation from the API in the interface language (`english`: the API's sentence, the fallback). */
  reason = (reason: ReasonParts, english: string): string => formatReason(this.#locale, reason, english);
  hop = (hop: HopParts, english: string): string => formatHop(this.#locale, hop, english);
}

export const i18n = new I18n();
export const t = i18n.t;
export const kindLabel = i18n.kind;
export const countryName = i18n.country;
export const relLabel = i18n.rel;
export const enumText = i18n.enumValue;
export const moment = i18n.moment;
export const explainReason = i18n.reason;
export const explainHop = i18n.hop;
