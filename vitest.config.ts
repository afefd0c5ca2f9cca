import { defineConfig } from 'vitest/config';

// Unit tests: pure logic (matcher, schema, compiler, search, scanner) in Node.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
