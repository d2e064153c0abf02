import type { ImportIssue } from './types.js';

/**
 * A small RFC 4180 reader: quoted cells (with `""` for a quote, commas and line breaks inside),
 * CRLF or LF line ends, a UTF-8 byte-order mark, and `,`, `;` or tab as the delimiter (Italian and
 * French spreadsheets export `;`), chosen from the header line. Written here rather than taken
 * from a package because every problem must name the row a spreadsheet shows, and that number has
 * to count quoted line breaks as part of one row. Pure.
 */

export interface CsvRow {
  /** The row number a spreadsheet shows for this record: the header is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly delimiter: ',' | ';' | '\t';
  readonly header: CsvRow;
  /** The records after the header; blank rows are skipped but still counted in row numbers. */
  readonly rows: readonly CsvRow[];
}

export type CsvResult =
  | { readonly table: CsvTable; readonly issues?: undefined }
  | { readonly table?: undefined; readonly issues: readonly ImportIssue[] };

const EXPORT_HINT = 'export the sheet as "CSV UTF-8 (comma delimited)" and try again';

/**
 * Bytes → text. Refuses what is not text (NUL bytes, invalid UTF-8) with the row it was found on.
 * A string (the API's `content`) has already been decoded by the client; it is only checked.
 */
export function decodeText(
  input: string | Uint8Array,
): { text: string; issue?: undefined } | { text?: undefined; issue: ImportIssue } {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    // NUL bytes first: binary files are often valid UTF-8 for a while, and this is the clearer reason.
    const nulByte = input.indexOf(0);
    if (nulByte !== -1) return { issue: binary(countLines(input.subarray(0, nulByte))) };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      const bad = firstInvalidUtf8(input);
      const row = countLines(input.subarray(0, bad));
      return {
        issue: { code: 'NOT_CSV', row, message: `not UTF-8 text (byte ${bad + 1} is not valid UTF-8); ${EXPORT_HINT}` },
      };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return { issue: binary(countLines(text.slice(0, nul))) };
  if (text.trim() === '')
    return {
      issue: { code: 'EMPTY_FILE', message: 'the file is empty; it needs a header row and at least one record' },
    };
  return { text };
}

function binary(row: number): ImportIssue {
  return {
    code: 'NOT_CSV',
    row,
    message: `not a CSV file: it holds binary data (a NUL byte on row ${row}), as a spreadsheet (.xlsx, .ods), an image or UTF-16 text does; ${EXPORT_HINT}`,
  };
}

function countLines(bytesOrText: Uint8Array | string): number {
  let lines = 1;
  for (let i = 0; i < bytesOrText.length; i++)
    if ((typeof bytesOrText === 'string' ? bytesOrText.charCodeAt(i) : bytesOrText[i]) === 10) lines++;
  return lines;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** The delimiter is whichever of `,` `;` tab appears most often outside quotes on the first line. */
export function sniffDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Parses decoded text into a header and rows, or lists every structural problem found. */
export function parseCsv(text: string): CsvResult {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return {
      issues: [
        {
          code: 'NOT_CSV',
          row: 1,
          message: 'not a CSV file: it looks like JSON; import it with the JSON format (--format json) instead',
        },
      ],
    };
  }
  const delimiter = sniffDelimiter(text);
  const issues: ImportIssue[] = [];
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  let cellStart = true;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !wasQuoted)) records.push({ row, cells });
    cells = [];
    cell = '';
    cellStart = true;
    wasQuoted = false;
    row++;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        // After a closing quote only a delimiter or a line end may follow.
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          issues.push({
            code: 'BAD_ROW',
            row,
            columnIndex: cells.length + 1,
            message: `text after a closing quote in column ${cells.length + 1}; put the whole cell in quotes and write a quote inside it as ""`,
          });
          while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
        }
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cellStart) {
      quoted = true;
      wasQuoted = true;
      cellStart = false;
      i++;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      cellStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    cellStart = false;
    i++;
  }
  if (quoted) {
    const start = records.length > 0 ? records[records.length - 1]!.row + 1 : 1;
    issues.push({
      code: 'BAD_ROW',
      row: start,
      columnIndex: cells.length + 1,
      message: `a quoted cell in column ${cells.length + 1} is never closed; add the closing quote (") or remove the opening one`,
    });
    return { issues };
  }
  if (cell !== '' || cells.length > 0 || wasQuoted) endRecord();

  const nonBlank = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonBlank[0];
  if (!header)
    return {
      issues: [{ code: 'EMPTY_FILE', message: 'the file is empty; it needs a header row and at least one record' }],
    };
  if (header.row !== 1)
    issues.push({
      code: 'BAD_ROW',
      row: 1,
      message: `the header must be on row 1 (it is on row ${header.row}); delete the blank rows above it`,
    });
  const rows = nonBlank.slice(1);
  if (rows.length === 0 && issues.length === 0)
    issues.push({
      code: 'EMPTY_FILE',
      row: 2,
      message: 'the file has a header but no records; add rows under the header',
    });
  for (const r of rows) {
    if (r.cells.length !== header.cells.length) {
      issues.push({
        code: 'BAD_ROW',
        row: r.row,
        message: `has ${r.cells.length} ${r.cells.length === 1 ? 'cell' : 'cells'} but the header has ${header.cells.length}; ${
          r.cells.length === 1 && header.cells.length > 1
            ? `is the file ${delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : 'tab'}-delimited? `
            : ''
        }quote cells that contain "${delimiter === '\t' ? '\\t' : delimiter}" and give every row one cell per column`,
      });
    }
  }
  return issues.length > 0 ? { issues } : { table: { delimiter, header, rows } };
}

// Shared with the explorer's Import page: the one copy (docs/architecture.md#one-copy-of-each).
export { columnLetter } from '../../../../shared/csv.js';
