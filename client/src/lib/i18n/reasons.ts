/**
 * The API's explanations (`Path.whyParts`, `reasonParts`) written in the interface language.
 * The server sends each explanation twice: as an English sentence and in parts (a code and typed
 * parameters, schema/typedefs/reasons.graphql). Here the parts become a sentence through the
 * dictionary (`reason.<CODE>`), with each parameter shown for the locale: kinds, countries,
 * services and relationship types translated, numbers and years formatted, a masked person as
 * "a migrant (no consent to be named)" in that language (only its placeholder id ever arrives).
 * A code this explorer does not know (a newer server) shows the English sentence instead of a
 * half-translated one.
 */
import { DICTIONARIES, type Locale, type MessageKey } from './dictionary.js';
import { countryLabel, kindName, relationshipName, translate } from './translate.js';

/** What the API sends (the generated types are structurally these). */
export interface ReasonParamParts {
  readonly name: string;
  readonly type: string;
  readonly values: readonly string[];
}
export interface ReasonParts {
  readonly code: string;
  readonly params: readonly ReasonParamParts[];
}
export interface HopParts extends ReasonParts {
  readonly details: readonly ReasonParts[];
}

const has = (key: string): key is MessageKey => key in DICTIONARIES.en;

/**
 * The locale Intl formats numbers and years in. Arabic uses Latin digits, as written in Morocco
 * and as every other number in the explorer shows (plain 'ar' would switch to Eastern Arabic digits
 * inside explanations only).
 */
function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-MA' : locale;
}

/** A dictionary entry named `prefix + value`, else the value as it came (a new enum value). */
function named(locale: Locale, prefix: string, value: string): string {
  const key = `${prefix}${value}`;
  return has(key) ? translate(locale, key) : value;
}

function showValue(locale: Locale, type: string, value: string): string {
  switch (type) {
    case 'NUMBER': {
      const n = Number(value);
      return Number.isFinite(n) ? new Intl.NumberFormat(intlLocale(locale)).format(n) : value;
    }
    case 'YEAR': {
      const y = Number(value);
      return Number.isInteger(y)
        ? new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, 0, 1))
        : value;
    }
    case 'COUNTRY':
      return countryLabel(locale, value);
    case 'NODE_KIND':
      return kindName(locale, value);
    case 'SERVICE':
      return named(locale, 'service.', value);
    case 'TIE_TYPE': {
      // A verb in a sentence: "is a member of" where the relationship's label is "member of".
      const verb = `hop.verb.${value}`;
      return has(verb) ? translate(locale, verb) : relationshipName(locale, value);
    }
    case 'ATTENDANCE_ROLE':
      return named(locale, 'attendance.', value);
    case 'PARTNERSHIP_KIND':
      return named(locale, 'partnership.', value);
    case 'MASKED_NAME':
      return translate(locale, 'explain.masked');
    default:
      return value;
  }
}

/** The words of one name (WORDS_JOINED) read as the name, with spaces; other lists as a list. */
function showValues(locale: Locale, code: string, param: ReasonParamParts): string {
  const shown = param.values.map((v) => showValue(locale, param.type, v));
  if (code === 'WORDS_JOINED') return shown.join(' ');
  return shown.length <= 1
    ? (shown[0] ?? '')
    : new Intl.ListFormat(intlLocale(locale), { type: 'unit', style: 'short' }).format(shown);
}

/** One reason in `locale`; `english` (the API's string for it) when the code is unknown here. */
export function formatReason(locale: Locale, reason: ReasonParts, english: string): string {
  const key = `reason.${reason.code}`;
  if (!has(key)) return english;
  const params = Object.fromEntries(reason.params.map((p) => [p.name, showValues(locale, reason.code, p)]));
  return translate(locale, key, params);
}

/**
 * One hop of a path in `locale`: the sentence, then what is known of the tie in brackets.
 * `english` (the matching `Path.why`) when any of its codes is unknown here, so a hop never
 * mixes two languages.
 */
export function formatHop(locale: Locale, hop: HopParts, english: string): string {
  if (![hop, ...hop.details].every((r) => has(`reason.${r.code}`))) return english;
  const sentence = formatReason(locale, hop, english);
  const details = hop.details.map((d) => formatReason(locale, d, english)).join(translate(locale, 'explain.separator'));
  return translate(locale, 'explain.hop', { sentence, details });
}
