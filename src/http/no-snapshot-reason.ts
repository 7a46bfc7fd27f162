import type { EngineStatus } from '../engine/answer-types.js';

/**
 * Why the bot cannot answer while no snapshot serves (for /healthz's 503), or `null` while
 * one does. A bot without a snapshot still runs, so that a reload can bring it back; a load
 * balancer or supervisor should see that it answers nothing meanwhile.
 */
export function noSnapshotReason(
  status: Pick<EngineStatus, 'snapshotId' | 'lastReload'>,
): string | null {
  if (status.snapshotId !== null) return null;
  const failure = status.lastReload?.error;
  const why = failure === undefined ? '' : ` (the last build failed: ${failure})`;
  return `no knowledge snapshot serves${why}; fix KNOWLEDGE_DIR and run npm run reload: the running bot picks the new snapshot up within seconds`;
}
