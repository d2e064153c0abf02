import { describe, expect, it } from 'vitest';
import { matchActor, type Candidate } from './match.js';
import { scoreOpportunity } from './opportunity.js';
import { supportReasons, supportScore } from './questions/support-matches.js';
import { englishReason } from '../explain/english.js';

const funder: Candidate = {
  labels: ['Funder', 'Actor'],
  country: 'MA',
  services: ['FINANCIAL_ASSISTANCE'],
  tags: ['agroalimentaire'],
  sector: null,
  description: 'Crédit pour l’agri-food et l’élevage',
  basedIn: [],
  activeIn: ['Souss-Massa'],
};

describe('matchActor', () => {
  it('matches the sector with accents and case ignored, and says why', () => {
    expect(matchActor(funder, { kinds: ['Funder'], sector: 'CREDIT POUR', regions: ['region-souss-massa'] })).toEqual({
      quality: 0.5,
      reasons: ['is a Funder', 'active in Souss-Massa', 'works in "CREDIT POUR"'],
      reasonParts: [
        { code: 'IS_KIND', params: [{ name: 'kind', type: 'NODE_KIND', values: ['Funder'] }] },
        { code: 'ACTIVE_IN', params: [{ name: 'regions', type: 'TEXT', values: ['Souss-Massa'] }] },
        { code: 'WORKS_IN_SECTOR', params: [{ name: 'sector', type: 'TEXT', values: ['CREDIT POUR'] }] },
      ],
    });
    expect(matchActor(funder, { sector: 'tourism' })).toBeUndefined();
  });

  it('scores the share of wanted services offered and being based in the region', () => {
    expect(
      matchActor(
        { ...funder, basedIn: ['Souss-Massa'] },
        { services: ['FINANCIAL_ASSISTANCE', 'MENTORSHIP'], regions: ['r'] },
      )!.quality,
    ).toBeCloseTo(0.75);
    expect(matchActor(funder, { services: ['MENTORSHIP'] })).toBeUndefined();
  });
});

describe('scoreOpportunity and supportScore', () => {
  it('weighs skills, education and place', () => {
    const m = { skills: ['Welding', 'Français'], education: 4, country: 'IT', regions: ['Piemonte'] };
    expect(
      scoreOpportunity(m, {
        requiredSkills: ['welding', 'francais'],
        minEducation: 3,
        country: 'IT',
        regions: ['Piemonte'],
      }),
    ).toMatchObject({
      score: 1,
      reasons: [
        'skills: welding, francais (2 of 2 required)',
        'education ISCED 4 meets the minimum 3',
        "in the migrant's region (Piemonte)",
      ],
      reasonParts: [
        {
          code: 'SKILLS_SHARED',
          params: [
            { name: 'skills', values: ['welding', 'francais'] },
            { name: 'shared', type: 'NUMBER', values: ['2'] },
            { name: 'required', values: ['2'] },
          ],
        },
        {
          code: 'EDUCATION_MEETS',
          params: [
            { name: 'education', values: ['4'] },
            { name: 'minimum', values: ['3'] },
          ],
        },
        { code: 'IN_MIGRANT_REGION', params: [{ name: 'regions', values: ['Piemonte'] }] },
      ],
    });
    expect(
      scoreOpportunity(
        { ...m, education: null },
        { requiredSkills: ['accounting'], minEducation: 6, country: null, regions: [] },
      ).reasons,
    ).toEqual(['none of the 1 required skills', 'education unknown (minimum ISCED 6)', 'place unknown']);
    expect(
      scoreOpportunity(m, { requiredSkills: ['accounting'], minEducation: 6, country: 'MA', regions: [] }).score,
    ).toBeCloseTo(0.06);
  });

  it('support reasons: the needs met, then based or active in a targeted region', () => {
    const parts = supportReasons({
      services: ['MENTORSHIP', 'TRAINING'],
      needs: ['MENTORSHIP', 'TRAINING', 'LEGAL_AID'],
      basedIn: [],
      activeIn: ['Oriental', 'Souss-Massa'],
    });
    expect(parts.map(englishReason)).toEqual([
      'offers MENTORSHIP, TRAINING (2 of 3 needs)',
      'active in Oriental, Souss-Massa',
    ]);
    expect(parts[0]).toEqual({
      code: 'MEETS_NEEDS',
      params: [
        { name: 'services', type: 'SERVICE', values: ['MENTORSHIP', 'TRAINING'] },
        { name: 'met', type: 'NUMBER', values: ['2'] },
        { name: 'needs', type: 'NUMBER', values: ['3'] },
      ],
    });
  });

  it('support: 70% needs met, 30% place', () => {
    expect(supportScore(2, 1, false, true)).toBeCloseTo(0.5);
    expect(supportScore(2, 2, true, false)).toBe(1);
  });
});
