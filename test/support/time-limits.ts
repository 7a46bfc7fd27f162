/**
 * Time limits sized to the work a test does, for a busy machine: two cores with another job
 * beside the tests, where one snapshot build was measured at 7-19 s and a bot process takes a
 * few seconds to start. A limit catches a hang; it never measures speed, so each allowance is
 * about twice the worst measured. Tests that wait for something poll for it; none sleeps.
 */

/** One snapshot build (read, chunk, embed, index, write, load back). */
export const SNAPSHOT_BUILD_MS = 40_000;
/** Starting `src/main.ts` under tsx, before it does any work. */
export const PROCESS_START_MS = 10_000;
/** Everything else a test does: a few answers, file copies, HTTP on 127.0.0.1. */
const BASE_MS = 15_000;

/** The time limit of a test that runs `builds` snapshot builds and starts `processes` CLI processes. */
export function timeLimit(work: { builds?: number; processes?: number }): number {
  return (
    BASE_MS + (work.builds ?? 0) * SNAPSHOT_BUILD_MS + (work.processes ?? 0) * PROCESS_START_MS
  );
}
