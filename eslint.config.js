import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ and what each may import (ARCHITECTURE.md). An import from a folder not
 * listed fails `npm run lint`; src/index.ts, which only re-exports, is in no layer.
 */
const LAYERS = {
  core: [],
  law: ['core'],
  input: ['core', 'law'],
  tax: ['core', 'law'],
  trace: ['core', 'law', 'input'],
  allocation: ['core', 'law', 'input', 'tax', 'trace'],
  'community-property': ['core', 'law', 'input', 'trace', 'allocation'],
  'official-form': ['core', 'law', 'input', 'trace', 'allocation'],
  // The after-filing check and the comparison of `expected` (issue 21): the pipeline passes it
  // a callback that allocates a modified case, so it never imports the pipeline.
  check: ['core', 'law', 'input', 'trace', 'official-form'],
  pipeline: [
    'core',
    'law',
    'input',
    'tax',
    'trace',
    'allocation',
    'community-property',
    'official-form',
    'check',
  ],
  // The worksheet (issue 12) still reads tax/, allocation/steps and community-property types.
  report: [
    'core',
    'law',
    'input',
    'tax',
    'trace',
    'allocation',
    'community-property',
    'official-form',
    'check',
    'pipeline',
  ],
  // The filler of the official PDF (form8379/pdf): reads the result's official form only.
  pdf: ['core', 'official-form', 'pipeline'],
  cli: ['core', 'law', 'input', 'trace', 'official-form', 'check', 'pipeline', 'report', 'pdf'],
};

const layers = {
  files: ['src/**/*.ts'],
  plugins: { boundaries },
  settings: {
    // Our imports end in `.js`; without the TypeScript resolver the rule would pass silently.
    'import/resolver': { typescript: true },
    'boundaries/elements': Object.keys(LAYERS).map((type) => ({ type, pattern: `src/${type}` })),
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: Object.entries(LAYERS).map(([type, allowed]) => ({
          from: { element: { type } },
          allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
        })),
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-output/',
      'examples/**/*.html',
      // Handlebars' precompiler output (scripts/generate-templates.mjs).
      'src/report/templates.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  layers,
  {
    // Community property implements the distribution contract and reads nothing else of the
    // allocation room: its steps and options are the separate-property method's own.
    files: ['src/community-property/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/allocation/**', '!**/allocation/index.js'],
              message:
                'community-property imports the allocation room only through allocation/index.js',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
