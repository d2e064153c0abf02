/**
 * The Import page's pure parts: which kinds can be imported, the format a file name implies, the
 * page's size limit, who may see the page, and the `Header=field` mapping as the API takes it.
 * The rules themselves live in the server (server/src/io/import/); this only prepares a request.
 */
export { NODE_KINDS as IMPORT_NODE_KINDS, TIE_TYPES as IMPORT_TIE_TYPES } from '../../../../schema/generated/model.js';

/**
 * The API's request body is limited to 1 MB and refuses `content` above 900,000 characters;
 * a file above this many bytes goes to the command line instead.
 */
export const MAX_PAGE_FILE_BYTES = 900_000;

export function formatOf(fileName: string): 'CSV' | 'JSON' | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'JSON';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'CSV';
  return undefined;
}

/** Staff and admins import; everyone else never sees the page. */
export function mayImport(role: string | undefined): boolean {
  return role === 'staff' || role === 'admin';
}

/** `Ragione sociale=name, Note=-` → [{header, field}]; undefined when a part is not HEADER=FIELD. */
export function parseMapping(text: string): { header: string; field: string | null }[] | undefined {
  const pairs: { header: string; field: string | null }[] = [];
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.lastIndexOf('=');
    if (eq <= 0 || eq === part.length - 1) return undefined;
    const field = part.slice(eq + 1).trim();
    pairs.push({ header: part.slice(0, eq).trim(), field: field === '-' ? null : field });
  }
  return pairs;
}

/** Spreadsheet column letters (1 → A, 27 → AA), as the server's import reports name columns. */
export { columnLetter } from '../../../../shared/csv.js';
