import { describe, expect, it } from 'vitest';
import { checkRecords, checkTieEnds } from './check.js';
import { parseCsv } from './csv.js';
import { csvRecords, jsonRecords } from './records.js';
import type { ImportTarget } from './types.js';

const none = new Map<string, string | null>();

function csv(text: string, target: ImportTarget) {
  const parsed = parseCsv(text);
  if (!parsed.table) throw new Error(JSON.stringify(parsed.issues));
  const read = csvRecords(parsed.table, target, none);
  const checked = checkRecords(read.records);
  return { ...checked, issues: [...read.issues, ...checked.issues] };
}

describe('CSV rows → checked records', () => {
  it('a good sheet: typed values, synthetic false by default, the columns given', () => {
    const { nodes, issues } = csv(
      'id,name,country,type,tags,founded,sources\nassoc-a,"Al Wafa",it,cultural,"youth; women",1998-01-01,https://example.org/a\n',
      { node: 'Association' },
    );
    expect(issues).toEqual([]);
    expect(nodes[0]!.value).toMatchObject({
      kind: 'Association',
      id: 'assoc-a',
      country: 'IT',
      type: 'CULTURAL',
      tags: ['youth', 'women'],
      founded: '1998-01-01',
      synthetic: false,
      altNames: [],
    });
    expect(nodes[0]!.provided).toEqual(['id', 'name', 'country', 'type', 'tags', 'founded', 'sources']);
  });

  it('a bad enum: row, column and the allowed values', () => {
    const { issues } = csv('id,name,country,type,sources\nassoc-a,A,IT,CULTURAL,s\nassoc-b,B,XX,CULTURAL,s\n', {
      node: 'Association',
    });
    expect(issues).toEqual([
      {
        code: 'BAD_ENUM',
        row: 3,
        column: 'country',
        columnIndex: 3,
        field: 'country',
        message: 'got "XX", expected one of IT, MA, INTL; use one of them',
      },
    ]);
  });

  it('a missing required cell and a missing required column', () => {
    expect(csv('id,name,country,type,sources\nassoc-a,,IT,CULTURAL,s\n', { node: 'Association' }).issues).toEqual([
      {
        code: 'MISSING_VALUE',
        row: 2,
        column: 'name',
        columnIndex: 2,
        field: 'name',
        message: 'missing; fill in name',
      },
    ]);
    expect(csv('id,name,country\nassoc-a,A,IT\n', { node: 'Association' }).issues).toEqual([
      {
        code: 'MISSING_VALUE',
        row: 1,
        field: 'type',
        message: 'no column for the required field type; add a "type" column',
      },
    ]);
  });

  it('a real record without a source, and an id of the wrong kind', () => {
    expect(csv('id,name,country,type\nassoc-a,A,IT,CULTURAL\n', { node: 'Association' }).issues[0]).toMatchObject({
      row: 2,
      field: 'sources',
      message: expect.stringContaining('needs at least one source'),
    });
    expect(
      csv('id,name,country,type,sources\nfirm-a,A,IT,CULTURAL,s\n', { node: 'Association' }).issues[0],
    ).toMatchObject({
      row: 2,
      column: 'id',
      columnIndex: 1,
      message: expect.stringContaining('expected an Association id starting with "assoc-"'),
    });
  });

  it('until before since, and a bad date', () => {
    const { issues } = csv(
      'from,to,since,until,source,confidence\nmigrant-a,assoc-a,2008-01-01,2007-06-30,s,1\nmigrant-b,assoc-a,2008-13-01,,s,0.9\n',
      { tie: 'MEMBER_OF' },
    );
    expect(issues).toEqual([
      {
        code: 'BAD_DATE',
        row: 3,
        column: 'since',
        columnIndex: 3,
        field: 'since',
        message:
          'got "2008-13-01": no such day; expected a calendar date written YYYY-MM-DD, e.g. 2008-03-15; fix the cell',
      },
      {
        code: 'DATE_ORDER',
        row: 2,
        column: 'until',
        columnIndex: 4,
        field: 'until',
        message: 'until 2007-06-30 is before since 2008-01-01; fix the value',
      },
    ]);
  });

  it('a duplicate id and a duplicate tie point back to the first row', () => {
    expect(
      csv('id,name,country,type,sources\nassoc-a,A,IT,NGO,s\nassoc-b,B,IT,NGO,s\nassoc-a,A2,IT,NGO,s\n', {
        node: 'Association',
      }).issues,
    ).toEqual([
      {
        code: 'DUPLICATE_ID',
        row: 4,
        column: 'id',
        columnIndex: 1,
        field: 'id',
        message: 'duplicate id "assoc-a": row 2 has it already; give one of them another id or merge the two rows',
      },
    ]);
    expect(
      csv('from,to,source,confidence\nmigrant-a,assoc-a,s,1\nmigrant-a,assoc-a,t,1\n', { tie: 'MEMBER_OF' }).issues[0],
    ).toMatchObject({ code: 'DUPLICATE_TIE', row: 3, column: 'to' });
  });

  it('tie ends: unknown ids and ends of a kind the type does not allow', () => {
    const { ties } = csv('from,to,source,confidence\nmigrant-a,assoc-a,s,1\nmigrant-b,firm-x,s,1\n', {
      tie: 'MEMBER_OF',
    });
    const issues = checkTieEnds(ties, new Map(), new Set(['migrant-a', 'assoc-a']));
    expect(issues).toEqual([
      {
        code: 'UNKNOWN_ID',
        row: 3,
        column: 'from',
        columnIndex: 1,
        field: 'from',
        message:
          'unknown id "migrant-b": it is neither in the database nor in this file; import that record first or fix the id',
      },
      {
        code: 'WRONG_KIND',
        row: 3,
        column: 'to',
        columnIndex: 2,
        field: 'to',
        message: '"firm-x" is a Firm, but MEMBER_OF ends at an Association; fix the id or use another tie type',
      },
    ]);
  });
});

describe('JSON records', () => {
  it('an array of records of the kind given; keys mapped like headings', () => {
    const read = jsonRecords(
      JSON.stringify([{ id: 'firm-a', nome: 'A', country: 'MA', sources: ['s'], colour: 'red' }]),
      { node: 'Firm' },
      none,
    );
    expect(read.issues).toEqual([
      {
        code: 'UNKNOWN_COLUMN',
        record: 0,
        column: 'colour',
        message: expect.stringContaining('unknown column "colour"'),
      },
    ]);
    expect(read.records[0]!.raw.values).toEqual({ id: 'firm-a', name: 'A', country: 'MA', sources: ['s'] });
  });

  it('the seed format: each record its own kind; a tie may point to a node of the file', () => {
    const text = JSON.stringify({
      nodes: [{ kind: 'Firm', id: 'firm-a', name: 'A', country: 'IT', synthetic: true }],
      ties: [{ type: 'OFFERS', from: 'firm-a', to: 'opp-x', source: 's', confidence: 2 }],
    });
    const read = jsonRecords(text, undefined, none);
    const checked = checkRecords(read.records);
    expect(checked.issues).toEqual([
      {
        code: 'BAD_VALUE',
        section: 'ties',
        record: 0,
        column: 'confidence',
        field: 'confidence',
        message: 'got 2: Too big: expected number to be <=1; fix the value',
      },
    ]);
    expect(checked.nodes.map((n) => n.value.id)).toEqual(['firm-a']);
  });

  it('refuses a record of another kind than the one asked for, and broken JSON', () => {
    const read = jsonRecords(JSON.stringify({ nodes: [{ kind: 'Funder', id: 'funder-a' }] }), { node: 'Firm' }, none);
    expect(read.issues[0]).toMatchObject({ code: 'WRONG_RECORD_KIND', section: 'nodes', record: 0, column: 'kind' });
    expect(jsonRecords('{"nodes": [', { node: 'Firm' }, none).issues[0]).toMatchObject({
      code: 'NOT_JSON',
      message: expect.stringMatching(/^not valid JSON/),
    });
    expect(jsonRecords('[]', { node: 'Firm' }, none).issues[0]!.code).toBe('EMPTY_FILE');
  });
});
