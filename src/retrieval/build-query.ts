/**
 * Turns a question into a query of concepts. A concept is one thing the question is about
 * ("signed", "罗店", "Shanghai Pharma") with the alternative ways a passage may express it:
 * the word itself, its translations (CC-CEDICT), its pinyin (names) and its glossary
 * aliases. A passage matches a concept through its best alternative, so translations widen
 * recall without counting twice.
 */
import type { TermGroup } from '../index/keyword-index.js';
import { detectQuestionKind, type QuestionKind, ruleFor } from '../kinds/question-kinds.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { detectLanguage, type Language } from '../text/detect-language.js';
import type { AskedMeasure } from '../text/measures.js';
import { ConceptBuilder, type Route } from './concept-builder.js';
import { withoutQuestionFrame } from './question-frame.js';
import { detectTimeScope, isTimeWord, type TimeScope } from './time-scope.js';

export type { Route } from './concept-builder.js';

export interface Alternative extends TermGroup {
  route: Route;
}

export interface Concept {
  /** The words of the question this concept stands for. */
  label: string;
  alternatives: Alternative[];
  /** How much the concept matters to the question: its specificity (IDF) times its word's role. */
  importance: number;
  /** Role weight of the question's word (1 for names and nouns, less for verbs, adjectives). */
  role: number;
  /** A name or number: when the index lacks it entirely, it weighs the most a concept can. */
  specific: boolean;
  /** True when the index holds at least one alternative: the knowledge base has a word for it. */
  known: boolean;
  /** True for the word naming the kind of answer wanted ("which companies", "哪些论坛"). */
  answerType: boolean;
  /** True for a concept carried over from an earlier turn of the conversation. */
  fromContext: boolean;
  /** The year, when the concept is one ("2024"): a document of that date expresses it too. */
  year?: number;
  /**
   * The kind of quantity, when the concept names the one a question asks for ("how much
   * land"): a sentence stating such a quantity ("130,000 square meters") expresses it.
   */
  measure?: AskedMeasure;
}

export interface Query {
  text: string;
  language: Language;
  kind: QuestionKind;
  timeScope: TimeScope;
  concepts: Concept[];
  /** The question plus its translations, for the vector leg. */
  embeddingText: string;
}

/** Builds the query of a question against a snapshot. */
export function buildQuery(text: string, snapshot: Snapshot, now: Date): Query {
  const language = detectLanguage(text);
  const timeScope = detectTimeScope(text, language, now);
  const builder = new ConceptBuilder(snapshot);
  const unframed = withoutQuestionFrame(text);
  const masked = builder.addGlossaryConcepts(unframed);
  builder.addTokenConcepts(
    snapshot.analyzer
      .queryTokens(masked, unframed)
      .filter((token) => !isTimeWord(token.term, timeScope)),
  );
  const kind = detectQuestionKind(text, language);
  const prepare = ruleFor(kind).prepare;
  const concepts = prepare === undefined ? builder.concepts() : prepare(builder.concepts());
  return {
    text,
    language,
    kind,
    timeScope,
    concepts,
    embeddingText: [text, ...translationsOf(concepts)].join(' '),
  };
}

function translationsOf(concepts: readonly Concept[]): string[] {
  return concepts.flatMap((concept) =>
    concept.alternatives
      .filter((alternative) => alternative.route !== 'word')
      .flatMap((alternative) => alternative.terms),
  );
}
