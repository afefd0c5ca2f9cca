import { defineConfig } from 'vitest/config';

// Checks of what ships: the built manifests and bundles in dist/ (`npm run build` first). `npm test` runs them right
// after its builds.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
  },
});
