import { defineConfig } from 'vitest/config';

// Two projects: "unit" needs nothing built; "site" builds the sites once
// (global setup) and drives them in Chromium.
// `vitest run --project unit` is the quick loop.
export default defineConfig({
  test: {
    environment: 'node',
    // Guards against a hung test, not limits on speed: a busy machine may take several times longer.
    testTimeout: 180_000,
    // expect.poll waits on a condition; its default (1 s) is a wall-clock limit that fails under load.
    expect: { poll: { timeout: 60_000, interval: 100 } },
    hookTimeout: 240_000,
    maxWorkers: 2,
    // Test files share a worker's loaded modules instead of importing them afresh per file:
    // half the unit project's CPU time was imports. No test mocks a module or a global.
    isolate: false,
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
