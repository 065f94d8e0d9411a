import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Browser tests share one built site and one Chromium at a time.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
