/**
 * The report of a reload: what changed in the knowledge base, what was skipped and why,
 * what the reload noticed about the knowledge itself (reposts, aliases, the glossary,
 * documents worth a look) and what the build cost. Admins see the same text after
 * `npm run reload`, /reload and /kb reload: this file is its only renderer.
 */
import type { SkipReason } from '../errors.js';
import type { GlossaryChanges } from '../lexicon/glossary-changes.js';

/** A file the reload could not read, with the reason and what to do about it. */
export interface FailedFile {
  path: string;
  reason: SkipReason;
  message: string;
}

/** A file or folder the reload leaves out on purpose (a hidden one), with how to include it. */
export type SkippedFile = FailedFile;

/** Something about one document an admin may want to fix; the document loaded all the same. */
export type DocumentNotice =
  | { kind: 'undated'; path: string }
  /** The date is the file's own (a PDF's creation date): nothing else gave one. */
  | { kind: 'date-guessed'; path: string; date: string }
  /** `share` (0–1) of its text was boilerplate, headings and captions. */
  | { kind: 'mostly-furniture'; path: string; share: number }
  | { kind: 'traditional-script'; path: string };

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
  /** glossary.yaml's entries, what changed since the previous snapshot, and shared names; absent when the build failed. */
  glossary?: GlossaryChanges;
  /** Documents that loaded but may need an admin's eye; absent when the build failed. */
  notices?: DocumentNotice[];
  embeddings: { reused: number; computed: number };
  seconds: number;
  /** Why the build failed, when it did. */
  error?: string;
}

/** Names shown on one line, at most; the rest are counted ("and 4 more"). */
const SHOWN_NAMES = 5;
/** Aliases are shown more generously: a wrong pairing is only seen here. */
const SHOWN_ALIASES = 12;

/** The report as plain-text lines, for any chat or terminal. */
export function describeReloadReport(report: ReloadReport): string[] {
  if (!report.ok) {
    return [
      `Reload failed after ${report.seconds.toFixed(1)} s: ${report.error ?? 'unknown error'}`,
      'The previous snapshot is still serving.',
    ];
  }
  return [
    summaryLine(report),
    `Added ${report.added.length}, changed ${report.changed.length}, removed ${report.removed.length}, unchanged ${report.unchanged}, failed ${report.failed.length}.`,
    embeddingLine(report.embeddings),
    ...changeLines(report),
    ...report.failed.map(failedLine),
    ...report.skipped.map((file) => `Skipped: ${file.path} (${file.message})`),
    ...repostLines(report.duplicates),
    ...aliasLines(report.aliases),
    ...glossaryLines(report.glossary),
    ...noticeLines(report.notices ?? []),
  ];
}

/**
 * The part of the report about one file (or its sidecar), after the line that sums the reload
 * up: what an admin who added or removed that file from a chat needs, not the news of the
 * whole knowledge base. A failed reload is reported whole: it concerns every file.
 */
export function describeReloadReportFor(report: ReloadReport, path: string): string[] {
  if (!report.ok) return describeReloadReport(report);
  const about = (candidate: string) => candidate === path || candidate.startsWith(`${path}.`);
  const own = {
    ...report,
    added: report.added.filter(about),
    changed: report.changed.filter(about),
    removed: report.removed.filter(about),
  };
  return [
    summaryLine(report),
    ...changeLines(own),
    ...report.failed.filter((file) => about(file.path)).map(failedLine),
    ...repostLines(report.duplicates.filter((repost) => about(repost.path) || about(repost.of))),
    ...noticeLines((report.notices ?? []).filter((notice) => about(notice.path))),
  ];
}

function failedLine(file: FailedFile): string {
  return `Failed: ${file.path} (${file.reason}): ${file.message}`;
}

function summaryLine(report: ReloadReport): string {
  return `Reloaded in ${report.seconds.toFixed(1)} s: ${report.documents} documents, ${report.chunks} passages (snapshot ${report.snapshotId}).`;
}

function embeddingLine({ reused, computed }: ReloadReport['embeddings']): string {
  if (computed === 0 && reused > 0)
    return `Embeddings: all ${reused} reused from the cache, none computed.`;
  return `Embeddings: ${reused} reused from the cache, ${computed} computed.`;
}

function changeLines(report: ReloadReport): string[] {
  const changes = [
    ['Added', report.added],
    ['Changed', report.changed],
    ['Removed', report.removed],
  ] as const;
  return changes.flatMap(([label, paths]) =>
    paths.length === 0 ? [] : [`${label}: ${listSome(paths)}`],
  );
}

function repostLines(duplicates: ReloadReport['duplicates']): string[] {
  if (duplicates.length === 0) return [];
  const reposts = duplicates.map(
    ({ path, of, containment }) => `${path} repeats ${of} (${percent(containment)} shared)`,
  );
  return [`Reposts (${duplicates.length}): ${listSome(reposts)}; only what each adds is indexed.`];
}

function aliasLines(aliases: readonly string[][]): string[] {
  if (aliases.length === 0) return [];
  const pairs = aliases.map((names) => names.join(' = '));
  return [
    `Aliases found in the documents (${aliases.length}): ${listSome(pairs, SHOWN_ALIASES, '; ')}.`,
  ];
}

function glossaryLines(glossary: GlossaryChanges | undefined): string[] {
  if (glossary === undefined || (glossary.entries === 0 && glossary.removed.length === 0))
    return [];
  const changes = [
    ...(glossary.added.length > 0
      ? [`${glossary.added.length} added: ${listSome(glossary.added)}`]
      : []),
    ...(glossary.removed.length > 0
      ? [`${glossary.removed.length} removed: ${listSome(glossary.removed)}`]
      : []),
  ];
  const entries = `${glossary.entries} ${glossary.entries === 1 ? 'entry' : 'entries'}`;
  const lines = [`Glossary: ${entries} (${changes.join('; ') || 'none added or removed'}).`];
  if (glossary.conflicts.length > 0) lines.push(conflictLine(glossary.conflicts));
  return lines;
}

function conflictLine(conflicts: GlossaryChanges['conflicts']): string {
  const shared = conflicts.map(
    ({ name, entries }) => `"${name}" in entries ${joinWithAnd(entries.map(String))}`,
  );
  return `Glossary conflicts (${conflicts.length}): ${listSome(shared, SHOWN_NAMES, '; ')}; keep each name in one entry of glossary.yaml.`;
}

/** What each kind of notice is called in the report, and what to do about it. */
const NOTICE_LINES: Record<DocumentNotice['kind'], { title: string; advice: string }> = {
  undated: {
    title: 'Without a date',
    advice: 'give each a date in its front matter or in a <file>.meta.yaml sidecar',
  },
  'date-guessed': {
    title: 'Date guessed from the file',
    advice:
      'that is when the file was made, not published; set the real date in a <file>.meta.yaml sidecar',
  },
  'mostly-furniture': {
    title: 'Mostly page furniture',
    advice:
      'menus, captions and link lists answer nothing; check that the article itself is in the file',
  },
  'traditional-script': {
    title: 'Traditional script',
    advice: 'questions in either script find them; answers quote them as written',
  },
};

function noticeLines(notices: readonly DocumentNotice[]): string[] {
  const kinds = Object.keys(NOTICE_LINES) as DocumentNotice['kind'][];
  return kinds.flatMap((kind) => {
    const items = notices.filter((notice) => notice.kind === kind).map(noticeItem);
    const { title, advice } = NOTICE_LINES[kind];
    return items.length === 0 ? [] : [`${title} (${items.length}): ${listSome(items)}; ${advice}.`];
  });
}

function noticeItem(notice: DocumentNotice): string {
  if (notice.kind === 'date-guessed') return `${notice.path} (${notice.date})`;
  if (notice.kind === 'mostly-furniture') return `${notice.path} (${percent(notice.share)})`;
  return notice.path;
}

/** The first `shown` items, then how many more there are. */
function listSome(items: readonly string[], shown = SHOWN_NAMES, separator = ', '): string {
  const more = items.length > shown ? `${separator}and ${items.length - shown} more` : '';
  return `${items.slice(0, shown).join(separator)}${more}`;
}

function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) as string}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
