import { describe, expect, it } from 'vitest';
import { VIEWERS } from './viewer.js';
import { candidateQuery } from './introduction-candidates.js';

const staff = VIEWERS.staff;

describe('the candidates query of introductions', () => {
  it('reads the wanted kinds by label, and only writes the criteria asked for', () => {
    const q = candidateQuery({ kinds: ['Funder', 'Firm'], countries: ['MA'] }, staff);
    expect(q).toContain('MATCH (t:Funder|Firm) WHERE t.id <> $from AND t.country IN $countries');
    expect(q).not.toMatch(/IS NULL OR|\$services|\$regions/);
    expect(candidateQuery({ services: ['TRAINING'] }, staff)).toContain(
      'MATCH (t:Actor) WHERE t.id <> $from AND any(s IN t.services WHERE s IN $services)',
    );
  });

  it('starts from the regions when regions are asked for', () => {
    const q = candidateQuery({ kinds: ['Association'], regions: ['region-oriental'] }, staff);
    expect(q).toMatch(/^MATCH \(g:Region\) WHERE g\.id IN \$regions/);
    expect(q).toContain('MATCH (g)<-[:BASED_IN]-(t:Association)');
    expect(q).toContain('MATCH (g)<-[:TARGETS]-()<-[:FUNDS|SUPPORTS|OFFERS]-(t:Association)');
  });

  it('on a day, reads only actors active on it, placed by the ties active on it (network/time.ts)', () => {
    const q = candidateQuery({ kinds: ['Association'], regions: ['region-oriental'] }, staff, '2008-06-01');
    expect(q).toContain('coalesce(t.founded, t.opens, t.started, t.date)');
    expect(q).toContain('b.since <= date($asOf)');
    expect(q).toContain('coalesce(w.closed, w.closes, w.ended, w.date)');
    expect(candidateQuery({ kinds: ['Association'] }, staff)).not.toContain('$asOf');
  });

  it('without regions, writes visibility and the rule of time in one CASE after what was asked (one scan, not a union of two)', () => {
    for (const [name, viewer] of Object.entries({ anonymous: VIEWERS.anonymous, analyst: VIEWERS.analyst, staff })) {
      for (const wanted of [{ kinds: ['Funder'], countries: ['MA'] }, { services: ['TRAINING'] }]) {
        const q = candidateQuery(wanted, viewer, '2018-03-01');
        const where = q.slice(q.indexOf(' WHERE ') + 7, q.indexOf('\n'));
        expect(where, `${name} ${JSON.stringify(wanted)}`).toMatch(/^CASE WHEN t\.id <> \$from[^]* ELSE false END$/);
        const then = where.slice(where.indexOf(' THEN '));
        expect(then).toContain('coalesce(t.founded, t.opens, t.started, t.date) IS NULL OR');
        if (viewer !== staff) expect(then).toContain('Migrant');
      }
    }
  });

  it('refuses a kind that is not an actor kind rather than write it into the query', () => {
    expect(() => candidateQuery({ kinds: ['Region'] }, staff)).toThrow('not an actor kind');
    expect(() => candidateQuery({ kinds: ['Funder) DETACH DELETE (t'] }, staff)).toThrow('not an actor kind');
  });

  it('never reads a migrant hidden from the asker as a candidate', () => {
    expect(candidateQuery({ countries: ['MA'] }, VIEWERS.anonymous)).toContain(
      "WHERE CASE WHEN t.id <> $from AND t.country IN $countries THEN NOT 'Migrant' IN labels(t) ELSE false END",
    );
    expect(candidateQuery({ kinds: ['Migrant'], regions: ['r'] }, VIEWERS.analyst)).toContain(
      'WHERE t.id <> $from AND (NOT t:Migrant OR t.consent IN $visibleConsents)',
    );
    expect(candidateQuery({ countries: ['MA'] }, staff)).not.toContain('Migrant');
  });
});
