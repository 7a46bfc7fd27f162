import { defineConfig } from 'vitest/config';
import { SlowFoldersFirst } from './test/support/slow-folders-first.js';

/** Tests that need a network or a key are named *.int.test.ts and stay out of `npm test`. */
const EXCLUDED = ['**/*.int.test.ts', 'node_modules/**'];
/** The rules' table-driven tests, beside them in src/, and the text rules': pure functions. */
const RULES = ['src/**/*.test.ts', 'test/text/**/*.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    // For tests that build nothing or one snapshot; those doing more say how much (time-limits.ts).
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Test files build real snapshots and start bot processes; two at a time fit two cores.
    maxWorkers: 2,
    sequence: { sequencer: SlowFoldersFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'rules',
          include: RULES,
          exclude: EXCLUDED,
          // They share their modules within a worker: loading the analyzer's language models
          // anew for each file took longer than the file's tests.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'bot',
          include: ['test/**/*.test.ts'],
          exclude: [...EXCLUDED, ...RULES],
          // Files share their modules within a worker too: importing the engine, grammY, bolt
          // and Lark anew for each of 110 files took 160 s of a 410 s run (20 s shared). Each
          // test builds its own engine, servers and temp folders and closes them; the two that
          // fake timers restore them.
          isolate: false,
          // The repository's knowledge is built once per run and copied by every engine over it.
          globalSetup: ['test/support/build-shared-fixtures.ts'],
        },
      },
    ],
  },
});
