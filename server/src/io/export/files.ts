/** One exported file: what the CLI writes to disk and `exportGraph` returns to staff. */
export interface ExportFile {
  /** A plain file name (no folders), e.g. `nodes-Association.csv`. */
  readonly name: string;
  readonly mediaType: string;
  readonly content: string;
}

/** Plain text cells and XML text: a value as one string, lists joined with `;`. */
export function joinValue(value: string | number | boolean | readonly string[]): string {
  return Array.isArray(value) ? value.join(';') : String(value);
}
