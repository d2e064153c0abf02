/**
 * The English wording of every explanation code: the one place the API's English strings
 * (`why`, `reasons`) come from. `Record<ReasonCode, …>` makes the compiler ask for the wording of
 * every code the SDL declares.
 */
import type { PathTieType } from '../../../schema/generated/model.js';
import type { HopReason, Reason, ReasonCode, ReasonParam } from './reason.js';

/** How answers name a migrant the viewer may not name (network/view.ts `Masker`, and `MASKED_NAME` parameters). */
export const MASKED_NAME = 'a migrant (no consent to be named)';

/**
 * Relationship types as English verbs, in the tie's stored direction. Most read as their code in
 * lower case (MENTORS → "mentors", APPLIED_TO → "applied to"), so a new tie type needs no entry;
 * only the ones that do not are listed.
 */
const VERBS: Partial<Record<PathTieType, string>> = {
  MEMBER_OF: 'is a member of',
};

/** `{name}` is the parameter's values as English shows them (see showValues). */
const TEMPLATES: Record<ReasonCode, string> = {
  HOP: '{from} {type} {to}',
  HOP_MET_AT: '{from} met at {to}',
  HOP_WORKS_ON: '{from} works on {to}',
  DOES_IT: '{type} it',
  ATTENDED_AS: 'as {role}',
  ROLE: 'role: {role}',
  SERVICE: 'service: {service}',
  TOPIC: 'topic: {topic}',
  PARTNERSHIP_KIND: 'kind: {kind}',
  IN_YEAR: 'in {year}',
  YEARS: '{since}–{until}',
  SINCE_YEAR: 'since {year}',
  UNTIL_YEAR: 'until {year}',
  UNDATED: 'undated',
  SOURCE: 'source: {source}',
  SOURCES: 'sources: {sources}',
  NO_SOURCE: 'no source',
  IS_KIND: 'is a {kind}',
  IN_COUNTRY: 'in {country}',
  OFFERS_SERVICES: 'offers {services}',
  BASED_IN: 'based in {regions}',
  ACTIVE_IN: 'active in {regions}',
  WORKS_IN_SECTOR: 'works in "{sector}"',
  MEETS_NEEDS: 'offers {services} ({met} of {needs} needs)',
  NO_SKILLS_REQUIRED: 'no skills required',
  SKILLS_SHARED: 'skills: {skills} ({shared} of {required} required)',
  NO_SKILLS_SHARED: 'none of the {required} required skills',
  NO_MIN_EDUCATION: 'no minimum education',
  EDUCATION_UNKNOWN: 'education unknown (minimum ISCED {minimum})',
  EDUCATION_MEETS: 'education ISCED {education} meets the minimum {minimum}',
  EDUCATION_BELOW: 'education ISCED {education} below the minimum {minimum}',
  IN_MIGRANT_REGION: "in the migrant's region ({regions})",
  IN_MIGRANT_COUNTRY: "in the migrant's country ({country})",
  PLACE_UNKNOWN: 'place unknown',
  SAME_NAME: 'the same name',
  SAME_NAME_FOLDED: 'the same name after folding accents, case, punctuation, legal forms and word order',
  WORDS_JOINED: 'the same words written together or apart ({a} / {b})',
  SHORTER_FORM: 'a shorter form of the same name (adds: {words})',
  TRANSLATION: "translation of '{concept}' ({a} / {b})",
  SAME_NUMBER: 'the same number ({a} / {b})',
  TRANSLITERATION: 'transliteration variants ({a} / {b})',
  SIMILAR_SPELLING: 'similar spelling ({a} / {b})',
  WORDS_IN_ONE_NAME: 'words in one name only: {words}',
  ACRONYM: 'an acronym of the other name ({acronym})',
  COMPARED_AS: 'compared as "{a}" / "{b}"',
  SAME_KIND: 'same kind ({kind})',
  DIFFERENT_KINDS: 'different kinds ({a} / {b})',
  SAME_COUNTRY: 'same country ({country})',
  DIFFERENT_COUNTRIES: 'different countries ({a} / {b})',
  SAME_CITY: 'same city ({city})',
  DIFFERENT_CITIES: 'different cities ({a} / {b})',
};

/**
 * Some wordings join a list with a space ("the same words written together or apart (abd rahim / …)":
 * the words of one name), the others with a comma.
 */
const SPACE_JOINED: ReadonlySet<string> = new Set(['WORDS_JOINED']);

function showValue(param: ReasonParam, value: string): string {
  switch (param.type) {
    case 'TIE_TYPE':
      return (VERBS as Record<string, string>)[value] ?? value.toLowerCase().replace(/_/g, ' ');
    case 'ATTENDANCE_ROLE':
      return value.toLowerCase();
    case 'MASKED_NAME':
      return MASKED_NAME;
    default:
      return value;
  }
}

/** One reason in English. */
export function englishReason(r: Reason): string {
  const joiner = SPACE_JOINED.has(r.code) ? ' ' : ', ';
  return TEMPLATES[r.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const param = r.params.find((p) => p.name === name);
    return param ? param.values.map((v) => showValue(param, v)).join(joiner) : whole;
  });
}

/** One hop in English: "IOM Italy partners with CERFE (since 2006, source: Mig-Ressources)". */
export function englishHop(hop: HopReason): string {
  return `${englishReason(hop)} (${hop.details.map(englishReason).join(', ')})`;
}
