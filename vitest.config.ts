import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic (matcher, schema, compiler, search, scanner) in Node. WxtVitest maps `wxt/browser` to WXT's
// in-memory fake browser, so that storage code (settings and their migrations, the user's terms) runs here too.
// The property tests of tests/fuzz run here too, at 200 generated inputs each (`npm run fuzz` runs them at 10,000).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/fuzz/**/*.fuzz.ts'],
    environment: 'node',
  },
});
