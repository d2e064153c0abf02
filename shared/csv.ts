/**
 * Spreadsheet text that the server and the explorer both write: the one copy
 * (docs/architecture.md#one-copy-of-each). Pure, with no imports, so the explorer's bundle can
 * take it by a relative path as it takes schema/generated/model.ts.
 */

/** A field always in double quotes, inner quotes doubled (RFC 4180). */
export function csvQuote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One RFC 4180 field: quoted only when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? csvQuote(text) : text;
}

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * first) gets a leading apostrophe, which spreadsheets show as text (OWASP's advice against CSV
 * injection: names and notes come from many hands). Ponte's importer removes it again
 * (server/src/io/import/fields.ts), so exported CSV re-imports to the same values. Only for text:
 * numbers are left alone.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
