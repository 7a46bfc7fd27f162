/**
 * The report of a reload: what changed in the knowledge base, what was skipped and why,
 * and what the build cost. Admins see it after `npm run reload`, /reload and /kb reload.
 */
import type { SkipReason } from '../errors.js';

/** A file the reload could not read, with the reason and what to do about it. */
export interface FailedFile {
  path: string;
  reason: SkipReason;
  message: string;
}

/** A file or folder the reload leaves out on purpose (a hidden one), with how to include it. */
export type SkippedFile = FailedFile;

export interface ReloadReport {
  /** False when the build failed and the previous snapshot kept serving. */
  ok: boolean;
  snapshotId: string | null;
  documents: number;
  chunks: number;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  failed: FailedFile[];
  /** Hidden files and folders, which are never read; README.md and the glossary are not listed. */
  skipped: SkippedFile[];
  /** Documents that repost another: only the sentences the original lacks are indexed. */
  duplicates: { path: string; of: string; containment: number }[];
  /** Names the documents give in both languages ("药明康德（WuXi AppTec）"), added to the glossary. */
  aliases: string[][];
  embeddings: { reused: number; computed: number };
  seconds: number;
  /** Why the build failed, when it did. */
  error?: string;
}

/** The report as plain-text lines, for any chat or terminal. */
export function describeReloadReport(report: ReloadReport): string[] {
  if (!report.ok) {
    return [
      `Reload failed after ${report.seconds.toFixed(1)} s: ${report.error ?? 'unknown error'}`,
      'The previous snapshot is still serving.',
    ];
  }
  const lines = [
    `Reloaded in ${report.seconds.toFixed(1)} s: ${report.documents} documents, ${report.chunks} passages (snapshot ${report.snapshotId}).`,
    `Added ${report.added.length}, changed ${report.changed.length}, removed ${report.removed.length}, unchanged ${report.unchanged}, failed ${report.failed.length}.`,
    embeddingLine(report.embeddings),
  ];
  for (const [label, paths] of [
    ['Added', report.added],
    ['Changed', report.changed],
    ['Removed', report.removed],
  ] as const) {
    if (paths.length > 0) lines.push(`${label}: ${paths.join(', ')}`);
  }
  for (const failed of report.failed)
    lines.push(`Failed: ${failed.path} (${failed.reason}): ${failed.message}`);
  for (const skipped of report.skipped) lines.push(`Skipped: ${skipped.path} (${skipped.message})`);
  for (const duplicate of report.duplicates)
    lines.push(
      `Repost: ${duplicate.path} repeats ${duplicate.of} (${Math.round(duplicate.containment * 100)}% shared); only what it adds is indexed.`,
    );
  if (report.aliases.length > 0) lines.push(aliasLine(report.aliases));
  return lines;
}

function embeddingLine({ reused, computed }: ReloadReport['embeddings']): string {
  if (computed === 0 && reused > 0)
    return `Embeddings: all ${reused} reused from the cache, none computed.`;
  return `Embeddings: ${reused} reused from the cache, ${computed} computed.`;
}

/** Aliases shown in a report, at most. */
const SHOWN_ALIASES = 12;

function aliasLine(aliases: readonly string[][]): string {
  const shown = aliases.slice(0, SHOWN_ALIASES).map((names) => names.join(' = '));
  const more = aliases.length > SHOWN_ALIASES ? `, and ${aliases.length - SHOWN_ALIASES} more` : '';
  return `Aliases found in the documents (${aliases.length}): ${shown.join('; ')}${more}.`;
}
