/** The engine's status as plain-text lines, for /status, /kb status and the console. */
import type { EngineStatus } from './answer-types.js';

export function describeStatus(status: EngineStatus): string[] {
  const last = status.lastReload;
  const lastLine =
    last === null
      ? 'Last reload: none since start.'
      : last.ok
        ? `Last reload: ok, ${last.documents} documents, ${last.chunks} passages, ${last.failed.length} failed, ${last.seconds.toFixed(1)} s.`
        : `Last reload: failed (${last.error ?? 'unknown error'}); the previous snapshot is serving.`;
  return [
    `Documents: ${status.documents}, passages: ${status.chunks}.`,
    `Snapshot: ${status.snapshotId ?? 'none'}, built ${status.builtAt ?? 'never'}, embedder ${status.embedder ?? 'none'}.`,
    lastLine,
    `Uptime: ${formatDuration(status.uptimeSeconds)}, answers given: ${status.answersGiven}.`,
    `Answers written by: ${status.model === null ? 'the offline extractive answerer' : `model ${status.model}`}.`,
  ];
}

function formatDuration(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return days > 0
    ? `${days}d ${hours}h ${minutes}m`
    : hours > 0
      ? `${hours}h ${minutes}m`
      : `${minutes}m ${seconds % 60}s`;
}
