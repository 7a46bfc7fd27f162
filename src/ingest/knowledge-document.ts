import type { Language } from '../text/detect-language.js';

/**
 * Where a document's date comes from, most trusted first: its sidecar, the document itself
 * (front matter, a page's publication tag), a `YYYY-MM-DD` in its path, or the file's own
 * bookkeeping (a PDF's creation date), which is when it was saved, not published: a guess.
 */
export type DateSource = 'sidecar' | 'document' | 'path' | 'file';

/** A document of the knowledge base, read, cleaned and described. */
export interface KnowledgeDocument {
  /** Stable id: from the front matter, else derived from the file's path. */
  id: string;
  /** Path relative to KNOWLEDGE_DIR, with forward slashes. */
  path: string;
  title: string;
  /** Who published it ("China News Service"); `null` when unknown. */
  publisher: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `null` when unknown. */
  date: string | null;
  /** Where `date` comes from; `null` when there is no date. */
  dateSource: DateSource | null;
  language: Language;
  url: string | null;
  /** The cleaned text, paragraphs separated by blank lines. */
  text: string;
  /** Share (0–1) of the file's text that was page furniture: boilerplate, headings, captions. */
  furnitureShare: number;
  /** sha256 of the file's bytes (and its sidecar's): a changed hash means a changed document. */
  contentHash: string;
}

/** Metadata a parser, front matter or sidecar may supply; missing fields are derived. */
export type DocumentMetadata = Partial<
  Pick<KnowledgeDocument, 'id' | 'title' | 'publisher' | 'date' | 'language' | 'url'>
>;

/** What a format parser returns: the text and whatever metadata the format carries. */
export interface ParsedFile {
  text: string;
  metadata: DocumentMetadata;
  /** A date of the file rather than of the document (a PDF's creation date), used only when nothing else gives one. */
  fileDate?: string;
}
