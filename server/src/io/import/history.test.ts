import { describe, expect, it } from 'vitest';
import type { Lifetime } from '../../network/time.js';
import { checkRecords } from './check.js';
import { parseCsv } from './csv.js';
import { historyIssues, type StoredDatedTie } from './history.js';
import { csvRecords } from './records.js';
import type { ImportTarget } from './types.js';

function checked(text: string, target: ImportTarget) {
  const parsed = parseCsv(text);
  if (!parsed.table) throw new Error(JSON.stringify(parsed.issues));
  const read = csvRecords(parsed.table, target, new Map());
  const result = checkRecords(read.records);
  expect([...read.issues, ...result.issues]).toEqual([]);
  return result;
}

const stored = (lifetimes: Record<string, Lifetime>, ties: StoredDatedTie[] = []) => ({
  lifetimes: new Map(Object.entries(lifetimes)),
  ties,
});

const PARTNERS = 'from,to,since,until,source,confidence\n';
const eutf = { 'funder-eutf': { founded: '2015-11-12' }, 'pa-iom': {} };

describe('historyIssues (imports respect history, docs/data-model.md#time)', () => {
  it('refuses a tie that starts before an end in the database was founded, at its row and column', () => {
    const { ties } = checked(`${PARTNERS}pa-iom,funder-eutf,2003-01-01,,s,1\n`, { tie: 'PARTNERS_WITH' });
    expect(historyIssues([], ties, stored(eutf))).toEqual([
      {
        code: 'ANACHRONISM',
        row: 2,
        column: 'since',
        columnIndex: 3,
        field: 'since',
        message:
          'since 2003-01-01 is before "funder-eutf" began (founded 2015-11-12): a tie may not start before either end existed; date it from 2015-11-12 or later, or attach it to the body that existed then',
      },
    ]);
  });

  it('refuses a tie that ends after an end closed, and accepts one inside both lifetimes', () => {
    const { ties } = checked(
      `${PARTNERS}pa-iom,funder-eutf,2016-01-01,2030-01-01,s,1\npa-iom,funder-x,2016-01-01,2019-12-31,s,1\n`,
      { tie: 'PARTNERS_WITH' },
    );
    const issues = historyIssues(
      [],
      ties,
      stored({ ...eutf, 'funder-x': { founded: '2010-01-01', closed: '2020-01-01' } }),
    );
    expect(issues).toEqual([]);
    const late = historyIssues(
      [],
      ties,
      stored({ ...eutf, 'funder-eutf': { founded: '2015-11-12', closed: '2025-12-31' } }),
    );
    expect(late).toEqual([expect.objectContaining({ code: 'ANACHRONISM', row: 2, column: 'until', field: 'until' })]);
    expect(late[0]!.message).toContain('until 2030-01-01 is after "funder-eutf" ended (closed 2025-12-31)');
  });

  it('judges a tie against the lifetime the same import gives its end', () => {
    const { nodes } = checked(
      'id,name,country,funderType,founded,sources\nfunder-eutf,EUTF,INTL,INTERNATIONAL,2015-11-12,s\n',
      {
        node: 'Funder',
      },
    );
    const { ties } = checked(`${PARTNERS}pa-iom,funder-eutf,2003-01-01,,s,1\n`, { tie: 'PARTNERS_WITH' });
    expect(historyIssues(nodes, ties, stored({ 'pa-iom': {} }))).toEqual([
      expect.objectContaining({ code: 'ANACHRONISM', field: 'since' }),
    ]);
  });

  it('refuses a new founding date that leaves a recorded tie before it, at the node row and its column', () => {
    const { nodes } = checked(
      'id,name,country,funderType,founded,sources\nfunder-eutf,EUTF,INTL,INTERNATIONAL,2015-11-12,s\n',
      {
        node: 'Funder',
      },
    );
    const recorded: StoredDatedTie = {
      type: 'FUNDS',
      from: 'funder-eutf',
      to: 'assoc-a',
      since: '2008-01-01',
      until: null,
    };
    const issues = historyIssues(nodes, [], stored({ 'funder-eutf': {}, 'assoc-a': {} }, [recorded]));
    expect(issues).toEqual([
      expect.objectContaining({ code: 'ANACHRONISM', row: 2, column: 'founded', field: 'founded' }),
    ]);
    expect(issues[0]!.message).toContain(
      'the recorded tie FUNDS funder-eutf → assoc-a would fall outside this lifetime',
    );
  });

  it('refuses a closing date before a founding date already recorded', () => {
    const { nodes } = checked(
      'id,name,country,funderType,closed,sources\nfunder-eutf,EUTF,INTL,INTERNATIONAL,2010-01-01,s\n',
      {
        node: 'Funder',
      },
    );
    expect(historyIssues(nodes, [], stored({ 'funder-eutf': { founded: '2015-11-12' } }))).toEqual([
      expect.objectContaining({
        code: 'DATE_ORDER',
        row: 2,
        column: 'closed',
        message: expect.stringContaining('closed 2010-01-01 is before founded 2015-11-12'),
      }),
    ]);
  });
});
