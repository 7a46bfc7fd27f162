/** The documents in service as plain-text lines, for /docs and /kb docs. */
import type { DocumentEntry } from './document-library.js';

/** A chat message stays readable up to this many documents; a word narrows the list. */
export const SHOWN_DOCUMENTS = 50;

/**
 * One line per document, newest first: id, title, date and passages, those added through the
 * chat marked so. `filter` keeps the documents whose id, title or path holds it.
 */
export function describeDocuments(documents: readonly DocumentEntry[], filter = ''): string[] {
  const word = filter.trim().toLowerCase();
  const matching =
    word === ''
      ? documents
      : documents.filter((entry) =>
          [entry.id, entry.title, entry.path].some((text) => text.toLowerCase().includes(word)),
        );
  const matched = word === '' ? '' : ` matching "${filter.trim()}"`;
  if (matching.length === 0) return [`No documents${matched} are in service.`];
  const rest = matching.length - SHOWN_DOCUMENTS;
  return [
    `${count(matching.length, 'document')}${matched}, newest first (id: title, date, passages):`,
    ...matching.slice(0, SHOWN_DOCUMENTS).map(documentLine),
    ...(rest > 0
      ? [
          `…and ${rest} older; add a word to the command to list those whose id, title or path holds it.`,
        ]
      : []),
  ];
}

function documentLine(entry: DocumentEntry): string {
  const uploaded = entry.uploaded ? ', added in the chat' : '';
  return `• ${entry.id}: ${entry.title}, ${entry.date ?? 'no date'}, ${count(entry.passages, 'passage')}${uploaded}`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
