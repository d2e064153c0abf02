import { describe, expect, it } from 'vitest';
import { columnLetter, formatOf, mayImport, parseMapping } from './import.js';

describe('the Import page helpers', () => {
  it('tells the format from the file name', () => {
    expect(formatOf('Associazioni.CSV')).toBe('CSV');
    expect(formatOf('people.tsv')).toBe('CSV');
    expect(formatOf('seed.json')).toBe('JSON');
    expect(formatOf('sheet.xlsx')).toBeUndefined();
  });

  it('shows the page to staff and admins only', () => {
    expect(['staff', 'admin', 'analyst', 'partner', undefined].map(mayImport)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('parses Header=field pairs, - skipping a column, and refuses the rest', () => {
    expect(parseMapping('Ragione sociale=name, Note interne=-')).toEqual([
      { header: 'Ragione sociale', field: 'name' },
      { header: 'Note interne', field: null },
    ]);
    expect(parseMapping('')).toEqual([]);
    expect(parseMapping('name')).toBeUndefined();
  });

  it('names columns like a spreadsheet', () => {
    expect([1, 26, 28].map(columnLetter)).toEqual(['A', 'Z', 'AB']);
  });
});
