/**
 * Ranking opportunities for a migrant. Pure (unit-tested in opportunity.test.ts).
 *
 * score = 0.5 × skills (share of the required skills the migrant has; 0.5 when none are required)
 *       + 0.3 × education (1 when it meets the minimum or none is set, 0.5 when unknown, 0 below)
 *       + 0.2 × place (1 when it targets the migrant's region, 0.7 in the migrant's country, 0.3 elsewhere)
 */
import { englishReason } from '../explain/english.js';
import { country, num, reason, texts, type Reason } from '../explain/reason.js';
import { foldForSearch } from './search-query.js';

export interface MigrantProfile {
  skills: string[] | null;
  education: number | null;
  country: string | null;
  regions: string[];
}

export interface OpportunityProfile {
  requiredSkills: string[] | null;
  minEducation: number | null;
  country: string | null;
  /** Names of the regions it targets. */
  regions: string[];
}

export function scoreOpportunity(
  m: MigrantProfile,
  o: OpportunityProfile,
): { score: number; reasons: string[]; reasonParts: Reason[] } {
  const reasons: Reason[] = [];
  const has = new Set((m.skills ?? []).map((s) => foldForSearch(s.trim())));
  const required = o.requiredSkills ?? [];
  const shared = required.filter((s) => has.has(foldForSearch(s.trim())));
  let skills: number;
  if (required.length === 0) {
    skills = 0.5;
    reasons.push(reason('NO_SKILLS_REQUIRED'));
  } else {
    skills = shared.length / required.length;
    reasons.push(
      shared.length > 0
        ? reason('SKILLS_SHARED', { skills: texts(shared), shared: num(shared.length), required: num(required.length) })
        : reason('NO_SKILLS_SHARED', { required: num(required.length) }),
    );
  }
  let education: number;
  if (o.minEducation === null) {
    education = 1;
    reasons.push(reason('NO_MIN_EDUCATION'));
  } else if (m.education === null) {
    education = 0.5;
    reasons.push(reason('EDUCATION_UNKNOWN', { minimum: num(o.minEducation) }));
  } else if (m.education >= o.minEducation) {
    education = 1;
    reasons.push(reason('EDUCATION_MEETS', { education: num(m.education), minimum: num(o.minEducation) }));
  } else {
    education = 0;
    reasons.push(reason('EDUCATION_BELOW', { education: num(m.education), minimum: num(o.minEducation) }));
  }
  const sameRegions = o.regions.filter((r) => m.regions.includes(r));
  let place: number;
  if (sameRegions.length > 0) {
    place = 1;
    reasons.push(reason('IN_MIGRANT_REGION', { regions: texts(sameRegions) }));
  } else if (o.country !== null && o.country === m.country) {
    place = 0.7;
    reasons.push(reason('IN_MIGRANT_COUNTRY', { country: country(o.country) }));
  } else {
    place = 0.3;
    reasons.push(o.country ? reason('IN_COUNTRY', { country: country(o.country) }) : reason('PLACE_UNKNOWN'));
  }
  return {
    score: Math.round((0.5 * skills + 0.3 * education + 0.2 * place) * 10000) / 10000,
    reasons: reasons.map(englishReason),
    reasonParts: reasons,
  };
}
