/**
 * Picks the sentences of an extractive answer: the primary sentence (the ranker's best, one
 * holding a value of the asked kind when one ranks nearly as well, and one in the asker's
 * language when one does), then further sentences that add something, are not near
 * duplicates, and keep the reply short; a sentence that refers back brings the sentence it
 * refers to.
 */
import { ruleFor } from '../kinds/question-kinds.js';
import type { Query } from '../retrieval/build-query.js';
import type { Language } from '../text/detect-language.js';
import type { Evidence } from './gather-evidence.js';
import { pickValue, valueKey } from './pick-value.js';

const MAX_CHARACTERS = 700;
/** A further sentence must score at least this share of the primary one. */
const CLOSE_SCORE = 0.7;
/** A sentence holding the asked value, or in the asker's language, wins at this share of the best score. */
const VALUE_SHARE = 0.6;
const SAME_LANGUAGE_SHARE = 0.9;
const DUPLICATE_SIMILARITY = 0.5;

/** The sentence the answer rests on, from ranked evidence without furniture. */
export function primarySentence(evidence: readonly Evidence[], query: Query): Evidence | undefined {
  const best = evidence[0];
  if (best === undefined) return undefined;
  const fitting = evidence.filter((item) => item.fitsKind);
  const valued =
    fitting[0] !== undefined && fitting[0].score >= best.score * VALUE_SHARE ? fitting : evidence;
  const first = valued[0] as Evidence;
  // For a question that asks for a value, a sentence in the asker's language stands in for
  // the best one only when it gives the same value: a report in the asker's language saying
  // the same thing reads better than a quote, but one giving another figure is another
  // answer, and the ranker preferred the first.
  const asked = ruleFor(query.kind).asksForValue ? keyOfValue(first, query) : null;
  const sameLanguage = valued.find(
    (item) =>
      item.language === query.language &&
      (asked === null || item === first || keyOfValue(item, query) === asked),
  );
  return sameLanguage !== undefined && sameLanguage.score >= first.score * SAME_LANGUAGE_SHARE
    ? sameLanguage
    : first;
}

/** The value a sentence gives for the question, as compared across reports; `undefined` when none. */
function keyOfValue(item: Evidence, query: Query): string | undefined {
  const value = pickValue(item.sentence, item.values, query);
  return value === undefined ? undefined : valueKey(value.said.en);
}

/** The primary sentence and up to `max - 1` more, in the order to say them. */
export function supportingSentences(
  evidence: readonly Evidence[],
  primary: Evidence,
  language: Language,
  max: number,
): Evidence[] {
  const selected = [primary];
  let characters = primary.sentence.length;
  for (const item of evidence) {
    if (selected.length >= max) break;
    if (item === primary || item.score < primary.score * CLOSE_SCORE) continue;
    if (primary.fitsKind && !item.fitsKind) continue;
    if (characters + item.sentence.length > MAX_CHARACTERS) continue;
    if (item.language !== language && selected.some((chosen) => chosen.language === language))
      continue;
    if (
      selected.some((chosen) => similarity(chosen.sentence, item.sentence) > DUPLICATE_SIMILARITY)
    )
      continue;
    selected.push(item);
    characters += item.sentence.length;
  }
  return withAntecedents(selected, evidence);
}

/**
 * Each sentence that refers back ("It belongs to…", "…,” he said") preceded by the sentence
 * it refers to, so that the answer says what "it" and "he" are.
 */
function withAntecedents(selected: readonly Evidence[], evidence: readonly Evidence[]): Evidence[] {
  const ordered: Evidence[] = [];
  for (const item of selected) {
    const antecedent = item.leansOnPrevious
      ? evidence.find(
          (other) => other.passage === item.passage && other.position === item.position - 1,
        )
      : undefined;
    if (antecedent !== undefined && ordered.at(-1) !== antecedent) {
      const earlier = ordered.indexOf(antecedent);
      if (earlier >= 0) ordered.splice(earlier, 1);
      ordered.push(antecedent);
    }
    if (!ordered.includes(item)) ordered.push(item);
  }
  return ordered;
}

/** Jaccard similarity of character trigrams: near 1 for the same sentence reworded slightly. */
export function similarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / Math.max(1, left.size + right.size - shared);
}

function trigrams(text: string): Set<string> {
  const key = text.toLowerCase().replace(/\s+/g, ' ');
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= key.length; i += 1) grams.add(key.slice(i, i + 3));
  return grams;
}
