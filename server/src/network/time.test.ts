import { describe, expect, it } from 'vitest';
import {
  anachronism,
  isNodeActiveOn,
  isTieActiveOn,
  lifetimeOf,
  nodeActivePredicate,
  tieActivePredicate,
  tieSpanOf,
} from './time.js';

describe('the rule of time', () => {
  it('reads each kind its own lifetime', () => {
    expect(lifetimeOf({ founded: '2007-12-21' })).toEqual({ from: '2007-12-21', to: null });
    expect(lifetimeOf({ opens: '2008-01-01', closes: '2008-03-31' })).toEqual({ from: '2008-01-01', to: '2008-03-31' });
    expect(lifetimeOf({ date: '2009-10-20' })).toEqual({ from: '2009-10-20', to: '2009-10-20' });
    expect(lifetimeOf({})).toEqual({ from: null, to: null });
  });

  it('keeps a node within its lifetime, both days included', () => {
    const aics = { founded: '2016-01-01' };
    expect(isNodeActiveOn(aics, '2015-12-31')).toBe(false);
    expect(isNodeActiveOn(aics, '2016-01-01')).toBe(true);
    const event = { date: '2009-10-20' };
    expect(['2009-10-19', '2009-10-20', '2009-10-21'].map((d) => isNodeActiveOn(event, d))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('bounds an undated tie by both ends, and attendance by the event day', () => {
    const migrant = {};
    const trustFund = { founded: '2015-11-12' };
    expect(isTieActiveOn({}, migrant, trustFund, '2007-06-01')).toBe(false);
    expect(isTieActiveOn({}, migrant, trustFund, '2016-06-01')).toBe(true);
    expect(isTieActiveOn({ until: '2015-12-31' }, migrant, trustFund, '2016-06-01')).toBe(false);
    expect(isTieActiveOn({}, migrant, { date: '2009-10-20' }, '2007-06-01')).toBe(false);
    expect(isTieActiveOn({}, migrant, { date: '2009-10-20' }, '2009-10-20')).toBe(true);
  });

  it('names what makes a tie anachronistic', () => {
    const ccme = { founded: '2007-12-21' };
    expect(anachronism({ since: '2004-01-01' }, {}, ccme)).toEqual({ field: 'since', end: 'to', bound: '2007-12-21' });
    expect(anachronism({ until: '2030-01-01' }, { founded: '2000-01-01', closed: '2010-06-30' }, {})).toEqual({
      field: 'until',
      end: 'from',
      bound: '2010-06-30',
    });
    expect(anachronism({ since: '2008-01-01' }, {}, ccme)).toBeNull();
    expect(anachronism({}, {}, ccme)).toBeNull();
  });

  it('spans a tie over exactly the days it is active', () => {
    const days = ['2004-12-31', '2005-06-01', '2007-06-01', '2009-10-20', '2012-01-01', '2026-12-07'];
    const lifetimes = [
      {},
      { founded: '2005-06-01' },
      { founded: '2006-01-01', closed: '2010-06-30' },
      { date: '2009-10-20' },
    ];
    const windows = [
      {},
      { since: '2007-06-01' },
      { until: '2009-10-20' },
      { since: '2005-01-01', until: '2012-01-01' },
    ];
    for (const tie of windows)
      for (const from of lifetimes)
        for (const to of lifetimes) {
          const { first, last } = tieSpanOf(tie, from, to);
          for (const day of days)
            expect((first === null || first <= day) && (last === null || last >= day)).toBe(
              isTieActiveOn(tie, from, to, day),
            );
        }
  });

  it('writes one Cypher rule over every lifetime property', () => {
    expect(nodeActivePredicate('n')).toContain('coalesce(n.founded, n.opens, n.started, n.date)');
    expect(nodeActivePredicate('n')).toContain('coalesce(n.closed, n.closes, n.ended, n.date)');
    expect(tieActivePredicate('r', 'a', 'b', 'today')).toContain('r.since <= today');
  });
});
