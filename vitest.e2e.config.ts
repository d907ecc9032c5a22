import { defineConfig } from 'vitest/config';

// The end-to-end suite: the built extension in Debian's Chromium (see tests/e2e/harness.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
