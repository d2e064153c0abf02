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

describe('a row that gives only one of since/until is judged with the recorded other (docs/import-export.md)', () => {
  const day = (n: number) => `${2000 + (n % 25)}-0${1 + (n % 9)}-1${n % 10}`;
  const key = 'PARTNERS_WITH pa-iom → funder-x';
  const window = (since: string | null, until: string | null) => ({
    ...stored({ 'pa-iom': {}, 'funder-x': {} }),
    windows: new Map([[key, { since, until }]]),
  });

  it('for all recorded untils and file sinces: refused at the since column exactly when since > until', () => {
    for (let i = 0; i < 60; i++) {
      const [since, until] = [day(i * 7 + 3), day(i * 11)];
      const { ties } = checked(`from,to,since,source,confidence\npa-iom,funder-x,${since},s,1\n`, {
        tie: 'PARTNERS_WITH',
      });
      const issues = historyIssues([], ties, window(null, until));
      if (since <= until) expect(issues).toEqual([]);
      else
        expect(issues).toEqual([
          expect.objectContaining({
            code: 'DATE_ORDER',
            row: 2,
            column: 'since',
            columnIndex: 3,
            message: expect.stringContaining(`since ${since} is after the recorded until ${until} of this tie`),
          }),
        ]);
    }
  });

  it('for all recorded sinces and file untils: refused at the until column exactly when until < since', () => {
    for (let i = 0; i < 60; i++) {
      const [since, until] = [day(i * 5 + 1), day(i * 13 + 2)];
      const { ties } = checked(`from,to,until,source,confidence\npa-iom,funder-x,${until},s,1\n`, {
        tie: 'PARTNERS_WITH',
      });
      const issues = historyIssues([], ties, window(since, null));
      expect(issues.map((x) => [x.code, x.column])).toEqual(since <= until ? [] : [['DATE_ORDER', 'until']]);
    }
  });

  it('a recorded since checked against the lifetime the same file gives its end; an empty cell replaces it', () => {
    const { nodes } = checked(
      'id,name,country,funderType,founded,sources\nfunder-x,X,INTL,INTERNATIONAL,2012-01-01,s\n',
      { node: 'Funder' },
    );
    const only = checked(`from,to,until,source,confidence\npa-iom,funder-x,2020-01-01,s,1\n`, {
      tie: 'PARTNERS_WITH',
    });
    expect(historyIssues(nodes, only.ties, window('2008-01-01', null))).toEqual([
      expect.objectContaining({ code: 'ANACHRONISM', row: 2, field: 'since' }),
    ]);
    const cleared = checked(`from,to,since,until,source,confidence\npa-iom,funder-x,,2020-01-01,s,1\n`, {
      tie: 'PARTNERS_WITH',
    });
    expect(historyIssues(nodes, cleared.ties, window('2008-01-01', null))).toEqual([]);
  });

  it('a row that gives no date does not answer for a problem the recorded tie already had', () => {
    const { ties } = checked(`from,to,source,confidence\npa-iom,funder-x,s,0.5\n`, { tie: 'PARTNERS_WITH' });
    const old = {
      ...stored({ 'pa-iom': {}, 'funder-x': { founded: '2015-01-01' } }),
      windows: new Map([[key, { since: '2003-01-01', until: null }]]),
    };
    expect(historyIssues([], ties, old)).toEqual([]);
  });
});
