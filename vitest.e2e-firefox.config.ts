import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite: the built add-on in Debian's Firefox ESR (tests/e2e-firefox/harness.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
