import { describe, expect, it } from 'vitest';
import { bestNameMatch, foldQuery, nameTier, oneEdit, Tier } from './search-rank.js';

const tier = (query: string, name: string) => nameTier(foldQuery(query), name);

describe('nameTier', () => {
  it('an exact name, acronym or spelling variant is exact', () => {
    expect(tier('MAECI', 'MAECI')).toBe(Tier.exact);
    expect(tier('maeci', 'MAECI')).toBe(Tier.exact);
    expect(tier('hassan 2 foundation', 'Hassan II Foundation')).toBe(Tier.exact);
    expect(tier('fes meknes', 'Fès-Meknès')).toBe(Tier.exact);
    expect(tier('Muhammad', 'Mohammed')).toBe(Tier.exact);
  });
  it('a name the query begins is a prefix', () => {
    expect(tier('maeci', 'MAECI-DGCS')).toBe(Tier.prefix);
    expect(tier('فاس', 'فاس مكناس')).toBe(Tier.prefix);
    expect(tier('فاس', 'Fès-Meknès')).toBe(Tier.prefix);
    expect(tier('hass', 'Hassan II Foundation')).toBe(Tier.prefix);
    expect(tier('ccme', "Conseil de la Communauté Marocaine à l'Étranger")).toBe(Tier.prefix);
  });
  it('every word somewhere in a name, then with a typo, then nothing', () => {
    expect(tier('hassan 2', 'Fondation Hassan II pour les MRE')).toBe(Tier.words);
    expect(tier('oriental', "Centre Régional d'Investissement l'Oriental")).toBe(Tier.words);
    expect(tier('hassam', 'Fondation Hassan II')).toBe(Tier.typo);
    expect(tier('maeci', 'IOM Italy')).toBe(Tier.other);
  });
  it('for all names, the name itself is exact', () => {
    for (const name of ['Fondation Hassan II', 'CeSPI', 'الشرق', "L'Oriental", 'Tanger-Tétouan-Al Hoceïma'])
      expect(tier(name, name), name).toBe(Tier.exact);
  });
});

describe('bestNameMatch', () => {
  it('says which alternative name matched best', () => {
    expect(bestNameMatch(foldQuery('الشرق'), ["L'Oriental", 'Oriental', 'الشرق'])).toEqual({
      tier: Tier.exact,
      matched: 'الشرق',
    });
  });
  it('for all queries, prefers among equal tiers a name in the script the query is written in', () => {
    const names = ['Fès-Meknès', 'Fez-Meknes', 'فاس مكناس', 'Fās-Miknās'];
    for (const [query, matched] of [
      ['فاس', 'فاس مكناس'],
      ['fes', 'Fès-Meknès'],
      ['fez', 'Fez-Meknes'],
    ] as const) {
      const best = bestNameMatch(foldQuery(query), names);
      expect(best.tier, query).toBeGreaterThanOrEqual(Tier.prefix);
      expect(best.matched, query).toBe(matched);
    }
  });
});

describe('oneEdit', () => {
  it('is symmetric and accepts exactly one edit', () => {
    const pairs: Array<[string, string, boolean]> = [
      ['oriental', 'orientale', true],
      ['hassan', 'hasan', true],
      ['hassan', 'ahssan', true],
      ['hassan', 'hassen', true],
      ['hassan', 'hussen', false],
      ['abc', 'abd', false],
    ];
    for (const [a, b, want] of pairs) {
      expect(oneEdit(a, b), `${a}/${b}`).toBe(want);
      expect(oneEdit(b, a), `${b}/${a}`).toBe(want);
    }
  });
});
