import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run fuzz`: the property tests of tests/fuzz at 10,000 generated inputs each (the unit suite runs the same files
// at 200; tests/fuzz/fuzz.ts reads FUZZ_RUNS). A failure prints fast-check's seed and path: rerun with FUZZ_SEED and
// FUZZ_PATH set to them to replay the shrunk counterexample.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/fuzz/**/*.fuzz.ts'],
    environment: 'node',
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' },
  },
});
