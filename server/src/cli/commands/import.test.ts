import { describe, expect, it } from 'vitest';
import { formatChange, formatCounts, formatIssue, formatLocation } from '../../io/import/report.js';
import { parseImportArgs } from './import.js';

describe('ponte import: arguments', () => {
  it('reads the file, kind, format (from the extension), mapping and --dry-run', () => {
    const args = parseImportArgs([
      'people.CSV',
      '--kind',
      'member-of',
      '--map',
      'Ragione sociale=name,Note=-',
      '--dry-run',
    ]);
    expect(args).toMatchObject({ file: 'people.CSV', target: { tie: 'MEMBER_OF' }, format: 'csv', dryRun: true });
    expect([...args.mapping]).toEqual([
      ['ragionesociale', 'name'],
      ['note', null],
    ]);
    expect(parseImportArgs(['seed.json'])).toMatchObject({ format: 'json', target: undefined, dryRun: false });
  });

  it('says which option is wrong and what to write', () => {
    expect(() => parseImportArgs([])).toThrow(
      /import: which file\? give its path \(usage: npm run ponte -- import FILE --kind KIND/,
    );
    expect(() => parseImportArgs(['a.csv'])).toThrow(
      /--kind is required: a node kind \(Migrant, .*\) or a tie type \(MENTORS, /,
    );
    expect(() => parseImportArgs(['a.csv', '--kind', 'Person'])).toThrow(/--kind "Person" is not a node kind/);
    expect(() => parseImportArgs(['a.xlsx', '--kind', 'Firm'])).toThrow(
      /cannot tell the format of "a.xlsx" from its name; add --format csv or --format json/,
    );
    expect(() => parseImportArgs(['a.csv', '--kind'])).toThrow(/--kind needs a value/);
    expect(() => parseImportArgs(['a.csv', '--kind', 'Firm', '--force'])).toThrow(/unknown option --force/);
    expect(() => parseImportArgs(['a.csv', 'b.csv', '--kind', 'Firm'])).toThrow(/one file at a time/);
    expect(() => parseImportArgs(['a.csv', '--kind', 'Firm', '--map', 'oops'])).toThrow(/"oops" is not HEADER=FIELD/);
  });
});

describe('import report text', () => {
  it('names rows with the column letter and heading, JSON records with their field', () => {
    expect(formatLocation({ row: 3, column: 'country', columnIndex: 3 })).toBe('row 3, column C "country"');
    expect(formatLocation({ section: 'ties', record: 2, column: 'to' })).toBe('ties record 2, field "to"');
    expect(formatLocation({})).toBe('the file');
    expect(
      formatIssue('a.csv', { code: 'BAD_ENUM', row: 3, column: 'country', columnIndex: 3, message: 'got "XX"' }),
    ).toBe('a.csv, row 3, column C "country": got "XX" [BAD_ENUM]');
  });

  it('lists changes with the fields of an update, and sums up', () => {
    expect(formatChange({ row: 4, action: 'UPDATE', key: 'assoc-a', fields: ['city', 'tags'] })).toBe(
      '  row 4        update assoc-a (city, tags)',
    );
    const report = {
      target: 'Firm',
      format: 'csv',
      records: 3,
      counts: { created: 1, updated: 1, unchanged: 1 },
      ms: 12,
    } as const;
    expect(formatCounts({ ...report, dryRun: true } as never)).toBe(
      'Dry run: 3 records of Firm; would be 1 created, 1 updated, 1 unchanged. Nothing was written; run again without --dry-run to apply.',
    );
    expect(formatCounts({ ...report, dryRun: false } as never)).toBe(
      'Imported 3 records of Firm: 1 created, 1 updated, 1 unchanged (12 ms).',
    );
  });
});
