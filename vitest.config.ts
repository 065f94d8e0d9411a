import { defineConfig } from 'vitest/config';
import { decimalTrim } from './src/bundle/decimal-trim.ts';

// Three projects: "unit" needs nothing built; "trimmed-decimal" reruns the
// tests of browser code on the decimal.js the browser gets; "site" builds the
// site once (global setup) and drives it in Chromium.
// `vitest run --project unit` is the quick loop.
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
        // The tests of code that runs in the browser again, on the decimal.js it gets (src/bundle/decimal-trim.ts).
        extends: true,
        plugins: [decimalTrim()],
        test: {
          name: 'trimmed-decimal',
          include: ['test/{engine,islands,application}/**/*.test.ts'],
          exclude: [
            'test/**/*.browser.test.ts',
            // Build side only (reading and changing the data files): never in the browser.
            'test/engine/{apply-changes*,change-labels,change-targets,parse-tariff,zod-issues}.test.ts',
            'test/engine/schemas/**',
          ],
          globalSetup: ['test/helpers/temp-dir.ts'],
          server: { deps: { inline: ['decimal.js'] } },
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
