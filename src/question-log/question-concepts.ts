/**
 * What each question asks about, by the engine's own query analysis (buildQuery): its
 * concepts, each with the ways either language says it. The snapshot's lexicon only links
 * words its documents hold, and a gap is what they do not hold: "subsidy" and 补贴 would stay
 * strangers. So the questions get a lexicon of their own, built by the engine's lexicon
 * builder from CC-CEDICT over the questions' words, as a snapshot's is over its passages'.
 */
import { buildLexicon } from '../lexicon/build-lexicon.js';
import { readCedict } from '../lexicon/cedict.js';
import { Lexicon } from '../lexicon/lexicon.js';
import { buildQuery, type Concept } from '../retrieval/build-query.js';
import type { Snapshot } from '../snapshot/snapshot.js';

/** The concepts of a question. */
export type ConceptsOf = (question: string) => readonly Concept[];

/**
 * The analysis of `questions` against the snapshot (its analyzer, glossary and word
 * specificity), with translations between the questions' own words. Reads CC-CEDICT: about
 * a second, so make one per report, not one per question.
 */
export async function questionConcepts(
  snapshot: Snapshot,
  questions: readonly string[],
  now: Date,
): Promise<ConceptsOf> {
  const vocabulary = new Set(
    questions.flatMap((question) => snapshot.analyzer.indexTerms(question)),
  );
  const glossary = [...snapshot.lexicon.glossary];
  const lexicon = new Lexicon(buildLexicon(await readCedict(), vocabulary, glossary));
  const analysed: Snapshot = { ...snapshot, lexicon };
  return (question) => buildQuery(question, analysed, now).concepts;
}
