import { describe, expect, it } from 'vitest';
import { columnLetter, decodeText, parseCsv, sniffDelimiter } from './csv.js';

const table = (text: string) => {
  const result = parseCsv(text);
  if (!result.table) throw new Error(JSON.stringify(result.issues));
  return result.table;
};

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted cells with commas, escaped quotes and line breaks, CRLF ends', () => {
    const t = table('id,name,note\r\nassoc-a,"Al Wafa, Torino","He said ""ciao""\r\nand left"\r\nassoc-b,Plain,\r\n');
    expect(t.header.cells).toEqual(['id', 'name', 'note']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['assoc-a', 'Al Wafa, Torino', 'He said "ciao"\r\nand left'] },
      // A quoted line break stays inside one spreadsheet row: the next record is row 3.
      { row: 3, cells: ['assoc-b', 'Plain', ''] },
    ]);
  });

  it('counts blank rows in row numbers but skips them', () => {
    const t = table('id,name\n\nassoc-a,A\n,\nassoc-b,B');
    expect(t.rows.map((r) => r.row)).toEqual([3, 5]);
  });

  it('takes ; or tab as the delimiter when the header uses it', () => {
    expect(sniffDelimiter('id;name;"a,b"\n')).toBe(';');
    expect(sniffDelimiter('id\tname\n')).toBe('\t');
    expect(sniffDelimiter('id,name\n')).toBe(',');
    expect(table('id;name\nassoc-a;"x;y"\n').rows[0]!.cells).toEqual(['assoc-a', 'x;y']);
  });

  it('refuses a row with the wrong number of cells, naming the row', () => {
    expect(parseCsv('id,name\nassoc-a,A,extra\n').issues).toEqual([
      {
        code: 'BAD_ROW',
        row: 2,
        message:
          'has 3 cells but the header has 2; quote cells that contain "," and give every row one cell per column',
      },
    ]);
  });

  it('refuses an unclosed quote and text after a closing quote', () => {
    expect(parseCsv('id,name\nassoc-a,"A\n').issues![0]).toMatchObject({
      code: 'BAD_ROW',
      row: 2,
      columnIndex: 2,
      message: expect.stringContaining('never closed'),
    });
    expect(parseCsv('id,name\nassoc-a,"A"x\n').issues![0]).toMatchObject({
      code: 'BAD_ROW',
      row: 2,
      columnIndex: 2,
      message: expect.stringContaining('after a closing quote'),
    });
  });

  it('refuses JSON, a header alone and an empty file', () => {
    expect(parseCsv('[{"id": "assoc-a"}]').issues![0]).toMatchObject({
      code: 'NOT_CSV',
      row: 1,
      message: expect.stringContaining('looks like JSON'),
    });
    expect(parseCsv('id,name\n').issues).toEqual([
      { code: 'EMPTY_FILE', row: 2, message: 'the file has a header but no records; add rows under the header' },
    ]);
    expect(parseCsv('\n\n').issues![0]!.code).toBe('EMPTY_FILE');
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64])).text).toBe('id');
    expect(decodeText('\ufeffid').text).toBe('id');
  });

  it('refuses binary data with the row of the first NUL byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    // The PNG signature holds two line feeds before its first NUL byte.
    expect(decodeText(png).issue).toMatchObject({
      code: 'NOT_CSV',
      row: 3,
      message: expect.stringContaining('binary data'),
    });
    expect(decodeText('id\nx\u0000').issue).toMatchObject({ code: 'NOT_CSV', row: 2 });
  });

  it('refuses text that is not UTF-8 (a Latin-1 export)', () => {
    const latin1 = new Uint8Array([0x69, 0x64, 0x0a, 0x63, 0x69, 0x74, 0x74, 0xe0]);
    expect(decodeText(latin1).issue).toMatchObject({
      code: 'NOT_CSV',
      row: 2,
      message: expect.stringContaining('not UTF-8'),
    });
  });

  it('calls a file of whitespace empty', () => {
    expect(decodeText(new Uint8Array()).issue!.code).toBe('EMPTY_FILE');
    expect(decodeText('  \n ').issue!.code).toBe('EMPTY_FILE');
  });
});

it('columnLetter counts like a spreadsheet', () => {
  expect([1, 3, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'AAA']);
});
