// ESLint: TypeScript's type-aware rules for src/, tests and scripts, Astro's
// rules for .astro files, and accessibility rules for the Preact islands.
// Formatting is Prettier's job (npm run format).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'tools/node-runtime/node_modules/', 'test/output/', '.stryker-tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    // Preact writes <label for>, not React's htmlFor.
    settings: { 'jsx-a11y': { attributes: { for: ['htmlFor', 'for'] } } },
  },
  {
    // Type-aware checks on the TypeScript the project compiles (tsconfig.json): a promise nobody
    // awaits or catches, a promise where a callback's result is ignored, a switch that misses a case.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts', 'scripts/**/*.ts', 'tools/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // Test files share loaded modules (vitest.config.ts: isolate false): a mocked module or global would leak into the next file.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'stubGlobal', 'stubEnv', 'useFakeTimers'].map((property) => ({
          object: 'vi',
          property,
          message: 'Test files share loaded modules (isolate: false); pass what the code needs instead.',
        })),
      ],
    },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // `T[]` for simple types, `Array<…>` left to taste.
      '@typescript-eslint/array-type': 'off',
    },
  },
);
