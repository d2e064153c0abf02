import { describe, expect, it } from 'vitest';
import { candidateQuery } from './introduction-candidates.js';

describe('the candidates query of introductions', () => {
  it('reads the wanted kinds by label, and only writes the criteria asked for', () => {
    const q = candidateQuery({ kinds: ['Funder', 'Firm'], countries: ['MA'] });
    expect(q).toContain('MATCH (t:Funder|Firm) WHERE t.id <> $from AND t.country IN $countries');
    expect(q).not.toMatch(/IS NULL OR|\$services|\$regions/);
    expect(candidateQuery({ services: ['TRAINING'] })).toContain('MATCH (t:Actor) WHERE t.id <> $from AND any(s IN t.services WHERE s IN $services)');
  });

  it('starts from the regions when regions are asked for', () => {
    const q = candidateQuery({ kinds: ['Association'], regions: ['region-oriental'] });
    expect(q).toMatch(/^MATCH \(g:Region\) WHERE g\.id IN \$regions/);
    expect(q).toContain('MATCH (g)<-[:BASED_IN]-(t:Association)');
    expect(q).toContain('MATCH (g)<-[:TARGETS]-()<-[:FUNDS|SUPPORTS|OFFERS]-(t:Association)');
  });

  it('refuses a kind that is not an actor kind rather than write it into the query', () => {
    expect(() => candidateQuery({ kinds: ['Region'] })).toThrow('not an actor kind');
    expect(() => candidateQuery({ kinds: ['Funder) DETACH DELETE (t'] })).toThrow('not an actor kind');
  });
});
