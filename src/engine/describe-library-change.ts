/**
 * What the bot tells an admin who added or removed a document from a chat, as plain-text
 * lines in English like every report: that file's part of the reload report, the document as
 * it is now in service, and the questions it answers; or why nothing was stored.
 */
import type { UploadRefusedError } from '../errors.js';
import { describeReloadReportFor } from '../snapshot/reload-report.js';
import type { AddedDocument, RemovedDocument } from './document-library.js';

/** Where a date came from, as the admin needs to know it. */
const DATE_SOURCES: Record<string, string> = {
  sidecar: ' (from the caption or the sidecar)',
  file: ' (guessed from the file; send it again with a "date: YYYY-MM-DD" caption to set it)',
};

/** The reply to a document stored and reloaded. */
export function describeAddedDocument(added: AddedDocument): string[] {
  const report = describeReloadReportFor(added.report, added.path);
  if (!added.report.ok)
    return [
      ...report,
      `${added.path} is stored; the next reload that succeeds puts it in service.`,
    ];
  if (added.entry === null)
    return [...report, `${added.path} is stored but not in service; the lines above say why.`];
  const dated =
    added.date === null
      ? 'no date (send it again with a "date: YYYY-MM-DD" caption to give it one)'
      : `dated ${added.date}${DATE_SOURCES[added.dateSource ?? ''] ?? ''}`;
  return [
    ...report,
    `${added.replaced ? 'Replaced' : 'Added'} document ${added.entry.id}: "${added.title}", ${dated}, ${added.entry.passages} ${added.entry.passages === 1 ? 'passage' : 'passages'}.`,
    ...suggestionLines(added.suggestions),
  ];
}

function suggestionLines(suggestions: readonly string[]): string[] {
  if (suggestions.length === 0)
    return [
      'No question made from its sentences was answered from it yet; ask one in your own words to see what members get.',
    ];
  return ['Questions it answers (each checked just now):', ...suggestions.map((q) => `• ${q}`)];
}

/** The reply to an upload refused before it was stored. */
export function describeRefusedUpload(fileName: string, refusal: UploadRefusedError): string[] {
  return [`${fileName || 'The file'} was not added: ${refusal.message}.`, 'Nothing was stored.'];
}

/** The reply to /remove. */
export function describeRemovedDocument(removed: RemovedDocument): string[] {
  if (removed.outcome === 'not_found')
    return [
      `No document in service has the id '${removed.id}'; the list of documents shows each one's id.`,
    ];
  const { entry } = removed;
  if (removed.outcome === 'not_uploaded')
    return [
      `${entry.id} (${entry.path}) was not added through the chat, so it cannot be removed from here; delete it from the knowledge folder on the server, then reload.`,
    ];
  return [
    `Removed document ${entry.id} (${entry.path}) and its metadata.`,
    ...describeReloadReportFor(removed.report, entry.path),
  ];
}
