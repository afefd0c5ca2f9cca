import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (dist/) loaded into Debian's Chromium and Firefox ESR, driven from Node.
// One file at a time: two browsers at once on a 2-core machine make timings flaky, not faster.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
