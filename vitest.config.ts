import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Rules keep their table-driven tests beside them in src/; everything else is under test/.
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Tests that need a network or a key are named *.int.test.ts and stay out of `npm test`.
    exclude: ['**/*.int.test.ts', 'node_modules/**'],
    pool: 'forks',
    // The repository's knowledge is built once per run and copied by every engine over it.
    globalSetup: ['test/support/build-shared-fixtures.ts'],
    // For tests that build nothing or one snapshot; those doing more say how much (time-limits.ts).
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Each test file builds real snapshots in worker threads; two at a time fit two cores.
    maxWorkers: 2,
  },
});
