/**
 * Builds a snapshot on the calling thread, for commands that serve nothing while they build
 * (`npm run reload`, `npm run ask`). A worker thread would load every module of the build a
 * second time (1-2 s under tsx) only to keep free an event loop that has nothing to answer.
 * Failures carry the same error as a worker's, so reports and exit codes do not change.
 */
import { errorMessage, SnapshotBuildError } from '../errors.js';
import type { BuildRequest, BuildResult } from './build-snapshot.js';

export async function buildInThisThread(request: BuildRequest): Promise<BuildResult> {
  const { buildSnapshot } = await import('./build-snapshot.js');
  try {
    return await buildSnapshot(request);
  } catch (error) {
    if (error instanceof SnapshotBuildError) throw error;
    throw new SnapshotBuildError(errorMessage(error), { cause: error });
  }
}
