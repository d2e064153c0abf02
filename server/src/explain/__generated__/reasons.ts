/**
 * What one explanation says, whatever the language. Each value gives its English wording, with the
 * names of its parameters in braces (`ReasonParam.name`).
 */
export type ReasonCode =
  /** Duplicate: `an acronym of the other name ({acronym})`. */
  | 'ACRONYM'
  /** Match: `active in {regions}`: funds, supports or offers something that targets them. */
  | 'ACTIVE_IN'
  /** Hop detail: `as {role}` (an attendance role: organiser, speaker, participant). */
  | 'ATTENDED_AS'
  /** Match: `based in {regions}` (region names). */
  | 'BASED_IN'
  /** Duplicate: `compared as "{a}" / "{b}"` (names from altNames). */
  | 'COMPARED_AS'
  /** Duplicate: `different cities ({a} / {b})`. */
  | 'DIFFERENT_CITIES'
  /** Duplicate: `different countries ({a} / {b})`. */
  | 'DIFFERENT_COUNTRIES'
  /** Duplicate: `different kinds ({a} / {b})`. */
  | 'DIFFERENT_KINDS'
  /** Hop detail: `{type} it` ("supports it"), what an actor does for the return project of the hop. */
  | 'DOES_IT'
  /** Opportunity match: `education ISCED {education} below the minimum {minimum}`. */
  | 'EDUCATION_BELOW'
  /** Opportunity match: `education ISCED {education} meets the minimum {minimum}`. */
  | 'EDUCATION_MEETS'
  /** Opportunity match: `education unknown (minimum ISCED {minimum})`. */
  | 'EDUCATION_UNKNOWN'
  /** A hop of a path: `{from} {type} {to}`, the tie's start doing `type` to its end ("IOM Italy partners with CERFE"). */
  | 'HOP'
  /** A hop to an event: `{from} met at {to}` (`type` is ATTENDED). */
  | 'HOP_MET_AT'
  /** A hop to a return project: `{from} works on {to}`; what it does for the project is the detail DOES_IT. */
  | 'HOP_WORKS_ON'
  /** Match: `in {country}`. */
  | 'IN_COUNTRY'
  /** Opportunity match: `in the migrant's country ({country})`. */
  | 'IN_MIGRANT_COUNTRY'
  /** Opportunity match: `in the migrant's region ({regions})`. */
  | 'IN_MIGRANT_REGION'
  /** Hop detail: `in {year}` (the tie began and ended that year). */
  | 'IN_YEAR'
  /** Match: `is a {kind}` (an actor kind). */
  | 'IS_KIND'
  /** Support match: `offers {services} ({met} of {needs} needs)`. */
  | 'MEETS_NEEDS'
  /** Opportunity match: `no minimum education`. */
  | 'NO_MIN_EDUCATION'
  /** Opportunity match: `no skills required`. */
  | 'NO_SKILLS_REQUIRED'
  /** Opportunity match: `none of the {required} required skills`. */
  | 'NO_SKILLS_SHARED'
  /** Hop detail: `no source`. */
  | 'NO_SOURCE'
  /** Match: `offers {services}`. */
  | 'OFFERS_SERVICES'
  /** Hop detail: `kind: {kind}`, the kind of partnership. */
  | 'PARTNERSHIP_KIND'
  /** Opportunity match: `place unknown`. */
  | 'PLACE_UNKNOWN'
  /** Hop detail: `role: {role}` (free text recorded on the tie). */
  | 'ROLE'
  /** Duplicate: `same city ({city})`. */
  | 'SAME_CITY'
  /** Duplicate: `same country ({country})`. */
  | 'SAME_COUNTRY'
  /** Duplicate: `same kind ({kind})`. */
  | 'SAME_KIND'
  /** Duplicate: `the same name`. */
  | 'SAME_NAME'
  /** Duplicate: `the same name after folding accents, case, punctuation, legal forms and word order`. */
  | 'SAME_NAME_FOLDED'
  /** Duplicate: `the same number ({a} / {b})`. */
  | 'SAME_NUMBER'
  /** Hop detail: `service: {service}`. */
  | 'SERVICE'
  /** Duplicate: `a shorter form of the same name (adds: {words})`. */
  | 'SHORTER_FORM'
  /** Duplicate: `similar spelling ({a} / {b})`. */
  | 'SIMILAR_SPELLING'
  /** Hop detail: `since {year}`. */
  | 'SINCE_YEAR'
  /** Opportunity match: `skills: {skills} ({shared} of {required} required)`. */
  | 'SKILLS_SHARED'
  /** Hop detail: `source: {source}`. */
  | 'SOURCE'
  /** Hop detail: `sources: {sources}`, when the tie has more than one (their labels, in order). */
  | 'SOURCES'
  /** Hop detail: `topic: {topic}` (free text recorded on the tie). */
  | 'TOPIC'
  /** Duplicate: `translation of '{concept}' ({a} / {b})` (a generic word read across languages). */
  | 'TRANSLATION'
  /** Duplicate: `transliteration variants ({a} / {b})`. */
  | 'TRANSLITERATION'
  /** Hop detail: `undated`. */
  | 'UNDATED'
  /** Hop detail: `until {year}`. */
  | 'UNTIL_YEAR'
  /** Duplicate: `words in one name only: {words}`. */
  | 'WORDS_IN_ONE_NAME'
  /** Duplicate: `the same words written together or apart ({a} / {b})`. */
  | 'WORDS_JOINED'
  /** Match: `works in "{sector}"` (the sector keyword asked for). */
  | 'WORKS_IN_SECTOR'
  /** Hop detail: `{since}–{until}` (years). */
  | 'YEARS';

/** How a client shows the values of a parameter. */
export type ReasonParamType =
  /** An attendance role: ORGANISER, SPEAKER or PARTICIPANT. */
  | 'ATTENDANCE_ROLE'
  /** A country code: IT, MA or INTL. */
  | 'COUNTRY'
  /** A person the viewer may not name: the value is the placeholder id (`masked-1`); English shows "a migrant (no consent to be named)". */
  | 'MASKED_NAME'
  /** A node kind: Migrant, Association, Firm, PublicAdministration, Funder, Region, ReturnProject, Opportunity or Event. */
  | 'NODE_KIND'
  /** A number. */
  | 'NUMBER'
  /** A kind of partnership: MOU, PROGRAMME, NETWORK or DECENTRALISED_COOPERATION. */
  | 'PARTNERSHIP_KIND'
  /** A support service (SupportService), e.g. MENTORSHIP. */
  | 'SERVICE'
  /** Free text or a proper name, shown as it is (a name, a source, a city, a region, a word). */
  | 'TEXT'
  /** A relationship type (TieType), e.g. PARTNERS_WITH; English shows it as a verb ("partners with"). */
  | 'TIE_TYPE'
  /** A year (four digits). */
  | 'YEAR';
