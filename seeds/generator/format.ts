/**
 * Seed files are written as two-space JSON with short lists of strings or numbers kept on one
 * line, the way the hand-curated files read. Stable output: the same value gives the same bytes.
 */
const primitive = String.raw`(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|true|false|null)`;
const inlineArray = new RegExp(String.raw`\[\n\s*(${primitive}(?:,\n\s*${primitive})*)\n\s*\]`, 'g');

export function formatSeedJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)
    .replace(inlineArray, (_match, inner: string) => `[${inner.split(/,\n\s*/).join(', ')}]`)
    .replace(/\[\n\s*\]/g, '[]')}\n`;
}
