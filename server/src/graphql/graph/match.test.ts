import { describe, expect, it } from 'vitest';
import { matchActor, type Candidate } from './match.js';
import { scoreOpportunity } from './opportunity.js';
import { supportScore } from '../resolvers/support-matches.js';

const funder: Candidate = { labels: ['Funder', 'Actor'], country: 'MA', services: ['FINANCIAL_ASSISTANCE'], tags: ['agroalimentaire'], sector: null, description: 'Crédit pour l’agri-food et l’élevage', basedIn: [], activeIn: ['Souss-Massa'] };

describe('matchActor', () => {
  it('matches the sector with accents and case ignored, and says why', () => {
    expect(matchActor(funder, { kinds: ['Funder'], sector: 'CREDIT POUR', regions: ['region-souss-massa'] })).toEqual({
      quality: 0.5,
      reasons: ['is a Funder', 'active in Souss-Massa', 'works in "CREDIT POUR"'],
    });
    expect(matchActor(funder, { sector: 'tourism' })).toBeUndefined();
  });

  it('scores the share of wanted services offered and being based in the region', () => {
    expect(matchActor({ ...funder, basedIn: ['Souss-Massa'] }, { services: ['FINANCIAL_ASSISTANCE', 'MENTORSHIP'], regions: ['r'] })!.quality).toBeCloseTo(0.75);
    expect(matchActor(funder, { services: ['MENTORSHIP'] })).toBeUndefined();
  });
});

describe('scoreOpportunity and supportScore', () => {
  it('weighs skills, education and place', () => {
    const m = { skills: ['Welding', 'Français'], education: 4, country: 'IT', regions: ['Piemonte'] };
    expect(scoreOpportunity(m, { requiredSkills: ['welding', 'francais'], minEducation: 3, country: 'IT', regions: ['Piemonte'] })).toEqual({
      score: 1,
      reasons: ['skills: welding, francais (2 of 2 required)', 'education ISCED 4 meets the minimum 3', "in the migrant's region (Piemonte)"],
    });
    expect(scoreOpportunity(m, { requiredSkills: ['accounting'], minEducation: 6, country: 'MA', regions: [] }).score).toBeCloseTo(0.06);
  });

  it('support: 70% needs met, 30% place', () => {
    expect(supportScore(2, 1, false, true)).toBeCloseTo(0.5);
    expect(supportScore(2, 2, true, false)).toBe(1);
  });
});
