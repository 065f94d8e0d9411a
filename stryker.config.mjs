// @ts-check
/**
 * Mutation testing of the pricing engine: `npm run mutate` (slow: never part
 * of `npm test`; run it alone, it uses both cores). Each mutant of src/engine (and
 * of the change-file machinery, src/tariff-changes)
 * runs against the unit tests that import it; the run fails below 90 %.
 * The report: test/output/mutation/index.html (and mutation.json).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: [
    'src/engine/**/*.ts',
    // The change-file machinery and the issue formatting it reports through.
    'src/tariff-changes/**/*.ts',
    'src/editor-messages/{errors,zod-issues}.ts',
    // Words and message texts, not rules: a changed Chinese sentence is caught by the message tests' exact strings, not worth a mutant each.
    '!src/engine/schemas/field-names.ts',
  ],
  coverageAnalysis: 'perTest',
  // Module-level code (constant tables, zod schema construction) runs once per
  // import, so each of its ~1,300 mutants would need the whole suite: about a
  // day. They are left out of the score; the schema tests pin that code instead.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test/output/mutation/index.html' },
  jsonReporter: { fileName: 'test/output/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
