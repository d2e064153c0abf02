/**
 * Ranking opportunities for a migrant. Pure (unit-tested in opportunity.test.ts).
 *
 * score = 0.5 × skills (share of the required skills the migrant has; 0.5 when none are required)
 *       + 0.3 × education (1 when it meets the minimum or none is set, 0.5 when unknown, 0 below)
 *       + 0.2 × place (1 when it targets the migrant's region, 0.7 in the migrant's country, 0.3 elsewhere)
 */
import { foldForSearch } from '../resolvers/search-query.js';

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

export function scoreOpportunity(m: MigrantProfile, o: OpportunityProfile): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  const has = new Set((m.skills ?? []).map((s) => foldForSearch(s.trim())));
  const required = o.requiredSkills ?? [];
  const shared = required.filter((s) => has.has(foldForSearch(s.trim())));
  let skills: number;
  if (required.length === 0) {
    skills = 0.5;
    reasons.push('no skills required');
  } else {
    skills = shared.length / required.length;
    reasons.push(shared.length > 0 ? `skills: ${shared.join(', ')} (${shared.length} of ${required.length} required)` : `none of the ${required.length} required skills`);
  }
  let education: number;
  if (o.minEducation === null) {
    education = 1;
    reasons.push('no minimum education');
  } else if (m.education === null) {
    education = 0.5;
    reasons.push(`education unknown (minimum ISCED ${o.minEducation})`);
  } else if (m.education >= o.minEducation) {
    education = 1;
    reasons.push(`education ISCED ${m.education} meets the minimum ${o.minEducation}`);
  } else {
    education = 0;
    reasons.push(`education ISCED ${m.education} below the minimum ${o.minEducation}`);
  }
  const sameRegions = o.regions.filter((r) => m.regions.includes(r));
  let place: number;
  if (sameRegions.length > 0) {
    place = 1;
    reasons.push(`in the migrant's region (${sameRegions.join(', ')})`);
  } else if (o.country !== null && o.country === m.country) {
    place = 0.7;
    reasons.push(`in the migrant's country (${o.country})`);
  } else {
    place = 0.3;
    reasons.push(o.country ? `in ${o.country}` : 'place unknown');
  }
  return { score: Math.round((0.5 * skills + 0.3 * education + 0.2 * place) * 10000) / 10000, reasons };
}
