/**
 * One synthetic report: a theme (company, place, topic, year…), a title, a date, a publisher,
 * and 5–10 passages of template sentences of realistic length (English 400–700 characters,
 * Chinese 150–350), already cut as the engine's chunker would cut them.
 */
import { type Chunk, chunkId } from '../src/ingest/chunk-document.js';
import type { Language } from '../src/text/detect-language.js';
import type { CorpusVocabulary, NamedSlot } from './corpus-vocabulary.js';
import { documentTitle } from './document-titles.js';
import type { Bilingual } from './domain-vocabulary.js';
import type { Random } from './seeded-random.js';
import { createFill, type DocumentTheme, type Fill, randomYear } from './sentence-fill.js';
import { CHINESE_TEMPLATES, ENGLISH_TEMPLATES, type Template } from './sentence-templates.js';
import { type Picker, zipfPicker } from './zipf-picker.js';

/** Share of English reports (the rest are Chinese). */
export const ENGLISH_SHARE = 0.6;
const PASSAGES_PER_DOCUMENT = [5, 10] as const;
const PASSAGE_LENGTH: Record<Language, readonly [number, number]> = {
  en: [400, 700],
  zh: [150, 350],
};
/** Template frequencies are flatter than word frequencies: every kind of sentence is common. */
const TEMPLATE_EXPONENT = 0.6;
const SENTENCES_PER_LINE = 3;

const templatePickers: Record<Language, Picker<Template>> = {
  en: zipfPicker(ENGLISH_TEMPLATES, TEMPLATE_EXPONENT),
  zh: zipfPicker(CHINESE_TEMPLATES, TEMPLATE_EXPONENT),
};

/** The passages of document number `number`. */
export function generateDocument(
  number: number,
  vocabulary: CorpusVocabulary,
  random: Random,
): Chunk[] {
  const language: Language = random.chance(ENGLISH_SHARE) ? 'en' : 'zh';
  const theme = pickTheme(vocabulary, random);
  const fill = createFill(theme, language, vocabulary, random);
  const documentId = `bench-${number}`;
  const metadata = {
    documentId,
    title: documentTitle(theme, language, random),
    publisher: theme.publisher[language],
    date: `${theme.year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    language,
    url: `https://example.org/reports/${documentId}`,
    path: `news/${documentId}.md`,
  };
  const count = random.int(...PASSAGES_PER_DOCUMENT);
  return Array.from({ length: count }, (_, position) => {
    const pageContent = passageText(fill);
    return {
      id: chunkId(documentId, pageContent),
      pageContent,
      metadata: { ...metadata, position },
    };
  });
}

function pickTheme(vocabulary: CorpusVocabulary, random: Random): DocumentTheme {
  const slots = Object.keys(vocabulary.named) as NamedSlot[];
  const named = Object.fromEntries(
    slots.map((slot) => [slot, vocabulary.named[slot](random)]),
  ) as Record<NamedSlot, Bilingual>;
  return { ...named, year: randomYear(random) };
}

/** Sentences until the passage reaches a random length in its language's range. */
function passageText(fill: Fill): string {
  const [minimum, maximum] = PASSAGE_LENGTH[fill.language];
  const target = fill.random.int(minimum, maximum);
  const sentences: string[] = [];
  let length = 0;
  while (length < target) {
    const sentence = templatePickers[fill.language](fill.random)(fill);
    if (length >= minimum && length + sentence.length > maximum) break;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return lines(sentences, fill.language === 'en' ? ' ' : '');
}

/** A few sentences per line, as news paragraphs are. */
function lines(sentences: readonly string[], joiner: string): string {
  const paragraphs: string[] = [];
  for (let start = 0; start < sentences.length; start += SENTENCES_PER_LINE) {
    paragraphs.push(sentences.slice(start, start + SENTENCES_PER_LINE).join(joiner));
  }
  return paragraphs.join('\n');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
