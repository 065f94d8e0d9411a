import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/engine (npm run mutate): the
// unit tests only (no build, no browser), with the same temporary folder setup
// and property tests cut to a few cases each.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/site/**', 'test/**/*.browser.test.ts'],
    globalSetup: ['test/helpers/temp-dir.ts'],
    testTimeout: 30_000,
    // A few cases per property: the exact-output tests do most of the killing.
    env: { FUZZ_RUNS: '25' },
  },
});
