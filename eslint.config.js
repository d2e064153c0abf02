// ESLint 9 flat config: typescript-eslint's type-aware rules for the server, seeds and explorer,
// eslint-plugin-svelte for the components. `npm run lint` runs it with --max-warnings 0, so a rule
// is either an error worth fixing or turned off here with the reason.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './client/svelte.config.js';

export default tseslint.config(
  {
    // Generated code is checked by its generator and by `npm run codegen:check`, not by hand.
    ignores: [
      'schema/generated/**',
      'server/src/graphql/__generated__/**',
      'server/src/explain/__generated__/**',
      'client/src/gql/**',
      'client/dist/**',
      '.neo4j/**',
      '.data/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        // Each file is checked with the tsconfig that owns it (tsconfig.json, client/tsconfig.json).
        projectService: { allowDefaultProject: ['eslint.config.js', 'client/svelte.config.js'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
  },
  {
    rules: {
      // `_`-prefixed parameters are required by a signature but unused (Express error handlers).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // The code base's convention (see tsconfig's verbatimModuleSyntax): `import type` for types.
      // `typeof import('graphql')` stays allowed: it types the CommonJS copy that createRequire
      // loads (graphql/restricted-schema.ts, http/list-limits.ts, writes/graphql-cjs.ts), which no import statement can name.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Timers and event handlers take async callbacks whose awaited work does not reject (urql
      // answers errors in `result.error`); promises left floating elsewhere are still errors.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      // Noise, turned off:
      // - `array[i]!` is flagged as unnecessary without `noUncheckedIndexedAccess`, but the `!`
      //   states an invariant the code relies on (345 of them; removing them would only hurt the
      //   day that option is turned on).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // - `any` enters only at boundaries: neo4j-driver's `Record.get`, JSON and XML parsers,
      //   vitest's `expect.any`; strict tsc already forbids implicit `any` everywhere else.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // - Apollo's plugin hooks and other interfaces are async by contract, with or without await.
      '@typescript-eslint/require-await': 'off',
      // - `String(value)` of unknown input is how messages quote what was sent.
      '@typescript-eslint/no-base-to-string': 'off',
      // - Error codes arrive as strings in `extensions.code` and are compared with `ErrorCode`.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // - Plain Maps and Sets are built in locals and assigned whole to `$state`, or are kept
      //   non-reactive on purpose; SvelteMap/SvelteSet would change what re-renders.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
