/**
 * The engine's contract with every adapter: a question (and earlier turns) in, an `Answer`
 * out. Plain data only; formatting for a platform happens in its adapter.
 */
import type { ReloadReport } from '../snapshot/reload-report.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Language } from '../text/detect-language.js';
import type { DocumentLibrary } from './document-library.js';

export type { ReloadReport } from '../snapshot/reload-report.js';
export type { Language } from '../text/detect-language.js';

/** One earlier turn of a conversation, oldest first. */
export interface Turn {
  role: 'user' | 'assistant';
  text: string;
  /** False for a reply that answered nothing (a refusal): its names are not what "he" or "it" means. */
  answered?: boolean;
}

/** A numbered source: the document a citation marker [n] points to (one number per document). */
export interface Source {
  n: number;
  title: string;
  /** The publisher ("China News Service"), empty when unknown. */
  source: string;
  date: string | null;
  url: string | null;
  /** Path of the document inside KNOWLEDGE_DIR. */
  path: string;
  /** The passages of the document cited, separated by "…" lines when there are several. */
  text: string;
  score: number;
  documentId: string;
  /** The first passage cited. */
  chunkId: string;
  language: Language;
}

/**
 * Why an answer is what it is: `answer` when the knowledge base supports one, `not_found`
 * when it does not, `invalid_question` when the input was empty, too long or not text.
 */
export type AnswerKind = 'answer' | 'not_found' | 'invalid_question';

export interface Answer {
  /** Short id to attach feedback to this answer. */
  id: string;
  /** The reply, with [n] markers that refer to `sources`. */
  text: string;
  answered: boolean;
  kind: AnswerKind;
  /** The language of the question, and of the reply. */
  language: Language;
  /** Cited sources when answered; the nearest documents when not found. */
  sources: Source[];
  /** Who wrote the text: the extractive answerer or a language model. */
  generator: 'extractive' | 'model';
}

export interface EngineStatus {
  documents: number;
  chunks: number;
  snapshotId: string | null;
  builtAt: string | null;
  embedder: string | null;
  lastReload: ReloadReport | null;
  startedAt: string;
  uptimeSeconds: number;
  answersGiven: number;
  model: string | null;
}

/** The answering engine, as adapters see it. */
export interface Engine {
  answer(question: string, conversation?: readonly Turn[]): Promise<Answer>;
  /** Builds a new snapshot off the main thread and swaps it in; concurrent calls share one build. */
  reload(): Promise<ReloadReport>;
  status(): EngineStatus;
  /**
   * The snapshot answering now, or null before the first one: /gaps and the digest read
   * questions with its analyzer and glossary, without loading a second copy from disk.
   */
  currentSnapshot(): Snapshot | null;
  /** The documents in service, and adding and removing those sent through the chat. */
  readonly library: DocumentLibrary;
  /** The longest question accepted, in characters. */
  readonly maxQuestionChars: number;
  close(): Promise<void>;
}
