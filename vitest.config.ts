import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that need a network or a key are named *.int.test.ts and stay out of `npm test`.
    exclude: ['test/**/*.int.test.ts', 'node_modules/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Each test file builds real snapshots in worker threads; two at a time fit two cores.
    maxWorkers: 2,
  },
});
