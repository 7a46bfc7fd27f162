/**
 * What a reload notices about single documents that an admin may want to fix, though each
 * still loads: no date, a date guessed from the file, mostly page furniture, traditional
 * script. One rule per kind of notice; the report renders them (reload-report.ts).
 */
import { isMostlyFurniture } from '../ingest/furniture-share.js';
import type { KnowledgeDocument } from '../ingest/knowledge-document.js';
import { isTraditionalScript } from '../ingest/traditional-script.js';
import type { DocumentNotice } from './reload-report.js';

type NoticeRule = (document: KnowledgeDocument) => DocumentNotice | null;

/** The rules, in the order the report lists their notices. */
const NOTICE_RULES: readonly NoticeRule[] = [
  ({ path, date }) => (date === null ? { kind: 'undated', path } : null),
  ({ path, date, dateSource }) =>
    date !== null && dateSource === 'file' ? { kind: 'date-guessed', path, date } : null,
  ({ path, furnitureShare }) =>
    isMostlyFurniture(furnitureShare)
      ? { kind: 'mostly-furniture', path, share: furnitureShare }
      : null,
  ({ path, text }) => (isTraditionalScript(text) ? { kind: 'traditional-script', path } : null),
];

/** The notices of every document, grouped by rule, documents in the order given. */
export function documentNotices(documents: readonly KnowledgeDocument[]): DocumentNotice[] {
  return NOTICE_RULES.flatMap((rule) =>
    documents.map(rule).filter((notice): notice is DocumentNotice => notice !== null),
  );
}
