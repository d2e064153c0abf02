// The style the code is already written in: single quotes, semicolons, two spaces, trailing
// commas, parentheses around every arrow parameter, 120 columns (long Cypher and GraphQL strings
// read better on one line).
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  semi: true,
  tabWidth: 2,
  trailingComma: 'all',
  arrowParens: 'always',
  plugins: ['prettier-plugin-svelte'],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
