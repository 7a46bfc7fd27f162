/**
 * Which of the dates known about a document is its date. An admin's sidecar comes first,
 * then what the document says (front matter, a page's publication tag), then a date in its
 * path, and only when nothing else gives one the file's own date (a PDF's creation date):
 * a 2025 policy printed to PDF in 2026 must not become "the latest report, 2026".
 */
import { isCalendarDate } from './calendar-date.js';
import type { DateSource, KnowledgeDocument } from './knowledge-document.js';

/** The sources of a date, most trusted first. */
export const DATE_PRECEDENCE: readonly DateSource[] = ['sidecar', 'document', 'path', 'file'];

/** The dates each source gives, where it gives one. */
export type DateCandidates = Partial<Record<DateSource, string | null>>;

/** The document's date and where it comes from; both `null` when no source gives one. */
export function chooseDate(
  candidates: DateCandidates,
): Pick<KnowledgeDocument, 'date' | 'dateSource'> {
  for (const source of DATE_PRECEDENCE) {
    const date = candidates[source];
    if (date !== undefined && date !== null) return { date, dateSource: source };
  }
  return { date: null, dateSource: null };
}

/** A `YYYY-MM-DD` the calendar has in a file or folder name: "news/2021-05-01 简讯.txt". */
export function dateFromPath(relativePath: string): string | undefined {
  const date = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?:\D|$)/.exec(relativePath)?.[1];
  return date !== undefined && isCalendarDate(date) ? date : undefined;
}
