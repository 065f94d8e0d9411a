import { defineConfig } from 'vitest/config';

// Two projects: "unit" needs nothing built; "site" builds the site once (global
// setup) and drives it in Chromium. `vitest run --project unit` is the quick loop.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/site/**', 'test/**/*.browser.test.ts'],
          globalSetup: ['test/helpers/temp-dir.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/**/*.browser.test.ts'],
          globalSetup: ['test/helpers/temp-dir.ts', 'test/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
