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
  const sameLanguage = valued.find(
    (item) => item.language === query.language && saysTheSame(item, first, query),
  );
  return sameLanguage !== undefined && sameLanguage.score >= first.score * SAME_LANGUAGE_SHARE
    ? sameLanguage
    : first;
}

/**
 * Whether a sentence in the asker's language may stand in for the best one: for a question
 * that asks for a value, only when it gives the same value (a report in the asker's language
 * saying the same thing reads better than a quote; one giving another figure is another
 * answer, and the ranker preferred the first).
 */
function saysTheSame(item: Evidence, best: Evidence, query: Query): boolean {
  if (item === best || !ruleFor(query.kind).asksForValue) return true;
  const wanted = pickValue(best.sentence, best.values, query);
  const offered = pickValue(item.sentence, item.values, query);
  if (wanted === undefined || offered === undefined) return wanted === offered;
  return valueKey(wanted.said.en) === valueKey(offered.said.en);
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
