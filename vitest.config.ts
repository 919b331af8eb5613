import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Worker threads share one process: the compiled stylesheets and schemas load once per worker.
    pool: 'threads',
  },
});
