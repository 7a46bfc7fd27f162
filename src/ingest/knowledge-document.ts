import type { Language } from '../text/detect-language.js';

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
  language: Language;
  url: string | null;
  /** The cleaned text, paragraphs separated by blank lines. */
  text: string;
  /** sha256 of the file's bytes: a changed hash means a changed document. */
  contentHash: string;
}

/** Metadata a parser or front matter may supply; missing fields are derived. */
export type DocumentMetadata = Partial<
  Pick<KnowledgeDocument, 'id' | 'title' | 'publisher' | 'date' | 'language' | 'url'>
>;

/** What a format parser returns: the text and whatever metadata the format carries. */
export interface ParsedFile {
  text: string;
  metadata: DocumentMetadata;
}
