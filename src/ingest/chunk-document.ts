/**
 * Splits a document into passages for retrieval and citation. Passages end at sentence
 * boundaries of either language, prefer paragraph ends, and stay under a length bound in
 * which a Chinese character counts double (it carries about as much as an English word's
 * letters do). Each passage carries its document's metadata and a content-derived id, so
 * a citation to an unchanged passage survives reloads.
 */
import { createHash } from 'node:crypto';
import type { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Language } from '../text/detect-language.js';
import { splitSentences } from '../text/split-sentences.js';
import type { KnowledgeDocument } from './knowledge-document.js';

/** What a passage knows of its document. */
export interface ChunkMetadata {
  documentId: string;
  title: string;
  publisher: string | null;
  date: string | null;
  language: Language;
  url: string | null;
  path: string;
  /** 0-based position of the passage in its document. */
  position: number;
}

/** A passage, in LangChain's document shape. */
export interface Chunk {
  id: string;
  pageContent: string;
  metadata: ChunkMetadata;
}

/** Upper bound of a passage, in weighted characters. */
export const CHUNK_LIMIT = 800;
const PARAGRAPH_BREAK_AT = CHUNK_LIMIT * 0.6;

const HAN = /\p{Script=Han}/gu;
const LIST_LEAD = /[:：]\s*$/;

/** Length in which a Chinese character counts twice. */
export function weightedLength(text: string): number {
  return text.length + (text.match(HAN)?.length ?? 0);
}

let longSentenceSplitter: Promise<RecursiveCharacterTextSplitter> | undefined;

/**
 * The splitter for sentences longer than a passage, created on the first such sentence:
 * loading LangChain's text splitters takes about half a second, which every process that
 * reads an upload would otherwise pay, and most documents never need it.
 */
function splitterOfLongSentences(): Promise<RecursiveCharacterTextSplitter> {
  longSentenceSplitter ??= import('@langchain/textsplitters').then(
    ({ RecursiveCharacterTextSplitter }) =>
      new RecursiveCharacterTextSplitter({
        chunkSize: CHUNK_LIMIT,
        chunkOverlap: 0,
        keepSeparator: false,
        separators: ['，', ', ', '、', '：', ': ', ' ', ''],
        lengthFunction: weightedLength,
      }),
  );
  return longSentenceSplitter;
}

/** The passages of a document, in order. */
export async function chunkDocument(document: KnowledgeDocument): Promise<Chunk[]> {
  const texts = await packParagraphs(document.text.split(/\n+/), document.language);
  // A passage repeated word for word (a recurring caption) would repeat its id: keep the first.
  const unique = texts.filter((text, index) => texts.indexOf(text) === index);
  return unique.map((pageContent, position) => ({
    id: chunkId(document.id, pageContent),
    pageContent,
    metadata: {
      documentId: document.id,
      title: document.title,
      publisher: document.publisher,
      date: document.date,
      language: document.language,
      url: document.url,
      path: document.path,
      position,
    },
  }));
}

/** Stable id of a passage: a hash of its document id and its text. */
export function chunkId(documentId: string, pageContent: string): string {
  return createHash('sha256').update(`${documentId}\n${pageContent}`).digest('hex').slice(0, 16);
}

async function packParagraphs(paragraphs: string[], language: Language): Promise<string[]> {
  const packer = new PassagePacker(language === 'zh' ? '' : ' ');
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      for (const piece of await boundedPieces(sentence)) packer.add(piece);
    }
    packer.endParagraph();
  }
  return packer.finish();
}

/** A sentence longer than a passage is cut at clause punctuation, then at spaces. */
async function boundedPieces(sentence: string): Promise<string[]> {
  if (weightedLength(sentence) <= CHUNK_LIMIT) return [sentence];
  return (await splitterOfLongSentences()).splitText(sentence);
}

class PassagePacker {
  private readonly passages: string[] = [];
  private lines: string[] = [];
  private sentences: string[] = [];
  private length = 0;

  constructor(private readonly sentenceJoiner: string) {}

  add(sentence: string): void {
    const added = weightedLength(sentence) + 1;
    if (this.length > 0 && this.length + added > CHUNK_LIMIT) this.flush();
    this.sentences.push(sentence);
    this.length += added;
  }

  endParagraph(): void {
    if (this.sentences.length > 0) this.lines.push(this.sentences.join(this.sentenceJoiner));
    this.sentences = [];
    if (this.length >= PARAGRAPH_BREAK_AT) this.flush();
  }

  finish(): string[] {
    this.endParagraph();
    this.flush();
    return this.passages;
  }

  private flush(): void {
    if (this.sentences.length > 0) this.lines.push(this.sentences.join(this.sentenceJoiner));
    // A line that leads into a list ("包括：", "as follows:") starts the passage that holds its items.
    const lead =
      this.lines.length > 1 && LIST_LEAD.test(this.lines.at(-1) ?? '')
        ? this.lines.pop()
        : undefined;
    if (this.lines.length > 0) this.passages.push(this.lines.join('\n'));
    this.lines = lead === undefined ? [] : [lead];
    this.sentences = [];
    this.length = lead === undefined ? 0 : weightedLength(lead) + 1;
  }
}
