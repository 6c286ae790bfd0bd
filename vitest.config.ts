import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scenarios/**/*.test.ts', 'tests/**/*.test.ts', 'web/**/*.test.{ts,tsx}'],
    // Each file gets its own process: the HTTP and browser tests start real servers.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
