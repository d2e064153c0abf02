/**
 * XML text and attribute values, for GraphML, GEXF and SVG on both sides: the one copy
 * (docs/architecture.md#one-copy-of-each). Characters XML 1.0 cannot hold at all (control
 * characters other than tab and line breaks, lone surrogates) become U+FFFD so the file always
 * parses. Pure, with no imports, for the explorer's bundle too.
 */
export function xmlEscape(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
