import { describe, expect, it } from 'vitest';
import { dateProblem } from './strict-dates.js';

describe('dateProblem', () => {
  it('accepts calendar days and ISO instants', () => {
    for (const d of ['2008-01-01', '2020-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])
      expect(dateProblem(d, 'Date')).toBeUndefined();
    for (const d of ['2024-05-31T12:00:00Z', '2024-05-31T12:00:00.123+02:00', '2024-05-31', '2024-05-31T23:59'])
      expect(dateProblem(d, 'DateTime')).toBeUndefined();
  });

  it('refuses what JavaScript would roll over or Neo4j would refuse during execution', () => {
    expect(dateProblem('2020-02-31', 'Date')).toBe(
      'Date "2020-02-31" is not a calendar day (February 2020 has 29 days).',
    );
    expect(dateProblem('1900-02-29', 'Date')).toMatch(/February 1900 has 28 days/);
    expect(dateProblem('0000-01-01', 'Date')).toMatch(/no year 0/);
    expect(dateProblem('2020-13-01', 'Date')).toMatch(/no month 13/);
    expect(dateProblem('not-a-date', 'Date')).toMatch(/is not YYYY-MM-DD/);
    expect(dateProblem('2020-1-1', 'Date')).toMatch(/is not YYYY-MM-DD/);
    expect(dateProblem('2020-02-31T00:00:00Z', 'DateTime')).toMatch(/not a calendar day/);
    expect(dateProblem('2020-02-01T25:00:00Z', 'DateTime')).toMatch(/no such time/);
  });
});
