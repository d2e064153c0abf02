import { describe, expect, it } from 'vitest';
import { convertCell, dateProblem, fieldSpecs } from './fields.js';

const spec = (kind: Parameters<typeof fieldSpecs>[0], name: string) => fieldSpecs(kind).find((s) => s.name === name)!;

describe('fieldSpecs (read from the seed schemas)', () => {
  it('knows the type, list-ness and requiredness of each field', () => {
    expect(spec({ node: 'Migrant' }, 'skills')).toMatchObject({ type: 'text', list: true, required: false });
    expect(spec({ node: 'Migrant' }, 'status')).toMatchObject({
      type: 'enum',
      required: true,
      values: ['POTENTIAL', 'RESIDENT', 'RETURNED', 'CIRCULAR'],
    });
    expect(spec({ node: 'Migrant' }, 'birthYear')).toMatchObject({ type: 'integer', required: false });
    expect(spec({ node: 'Firm' }, 'services')).toMatchObject({ type: 'enum', list: true });
    expect(spec({ tie: 'MEMBER_OF' }, 'since')).toMatchObject({ type: 'date', required: false });
    expect(spec({ tie: 'MEMBER_OF' }, 'confidence')).toMatchObject({ type: 'number', required: true });
    expect(spec({ node: 'Association' }, 'synthetic')).toMatchObject({ type: 'boolean', required: true });
    expect(fieldSpecs({ tie: 'OFFERS' }).map((s) => s.name)).toEqual([
      'from',
      'to',
      'since',
      'until',
      'source',
      'confidence',
      'note',
      'evidence',
    ]);
    // Sources as records: one JSON array per cell, never split on `;`.
    expect(spec({ tie: 'OFFERS' }, 'evidence')).toMatchObject({ type: 'json', list: false, required: false });
    expect(convertCell(spec({ node: 'Firm' }, 'evidence'), '[{"title": "a; b"}]')).toEqual({
      value: [{ title: 'a; b' }],
    });
    expect(convertCell(spec({ node: 'Firm' }, 'evidence'), '[{"title"').problem?.code).toBe('BAD_VALUE');
  });
});

describe('convertCell', () => {
  it('splits lists on ; and |, trims, drops empty parts', () => {
    expect(convertCell(spec({ node: 'Migrant' }, 'skills'), ' welding; accounting |; ').value).toEqual([
      'welding',
      'accounting',
    ]);
    expect(convertCell(spec({ node: 'Firm' }, 'services'), 'incubation; job placement').value).toEqual([
      'INCUBATION',
      'JOB_PLACEMENT',
    ]);
  });

  it('turns an empty cell into no value', () => {
    expect(convertCell(spec({ node: 'Migrant' }, 'skills'), '  ')).toEqual({ value: undefined });
  });

  it('reads numbers with a decimal point or comma, and refuses the rest', () => {
    expect(convertCell(spec({ tie: 'FUNDS' }, 'confidence'), '0,75').value).toBe(0.75);
    expect(convertCell(spec({ tie: 'FUNDS' }, 'amountEur'), '12000').value).toBe(12000);
    expect(convertCell(spec({ tie: 'FUNDS' }, 'amountEur'), '12.000,50').problem).toMatchObject({ code: 'BAD_NUMBER' });
    expect(convertCell(spec({ node: 'Migrant' }, 'birthYear'), '1990.5').problem).toEqual({
      code: 'BAD_NUMBER',
      message: 'got "1990.5": expected a whole number; fix the cell',
    });
  });

  it('reads booleans in English, Italian and French', () => {
    const s = spec({ node: 'Firm' }, 'synthetic');
    expect(['yes', 'Sì', 'vrai', '1'].map((c) => convertCell(s, c).value)).toEqual([true, true, true, true]);
    expect(['no', 'falso', 'NON', '0'].map((c) => convertCell(s, c).value)).toEqual([false, false, false, false]);
    expect(convertCell(s, 'maybe').problem!.code).toBe('BAD_VALUE');
  });

  it('upper-cases enums and refuses unknown values, listing the allowed ones', () => {
    expect(convertCell(spec({ node: 'Migrant' }, 'status'), 'resident').value).toBe('RESIDENT');
    expect(convertCell(spec({ node: 'Firm' }, 'country'), 'XX').problem).toEqual({
      code: 'BAD_ENUM',
      message: 'got "XX", expected one of IT, MA, INTL; use one of them',
    });
  });

  it('checks dates are real days written YYYY-MM-DD', () => {
    expect(convertCell(spec({ tie: 'MEMBER_OF' }, 'since'), '2008-02-29').value).toBe('2008-02-29');
    expect(dateProblem('2007-02-29')).toBe(
      'got "2007-02-29": no such day; expected a calendar date written YYYY-MM-DD, e.g. 2008-03-15; fix the cell',
    );
    expect(dateProblem('15/03/2008')).toBe(
      'got "15/03/2008": expected a calendar date written YYYY-MM-DD, e.g. 2008-03-15; fix the cell',
    );
  });
});

describe('cells neutralised against formulas by an export', () => {
  it('lose the apostrophe the export added, and only that one', () => {
    const name = fieldSpecs({ node: 'Association' }).find((s) => s.name === 'name')!;
    expect(convertCell(name, "'=Cooperativa")).toEqual({ value: '=Cooperativa' });
    expect(convertCell(name, "'+39 011 000")).toEqual({ value: '+39 011 000' });
    expect(convertCell(name, "'Assoc")).toEqual({ value: "'Assoc" });
    expect(convertCell(name, "l'Aquila")).toEqual({ value: "l'Aquila" });
  });
});
