/**
 * Picks the sentences of an extractive answer: the best-covering sentence (in the asker's
 * language when one covers nearly as well), then up to two more that add something, are
 * not near-duplicates, and keep the reply short; a sentence that refers back brings the
 * sentence it refers to.
 */
import type { Language } from '../text/detect-language.js';
import type { Evidence } from './gather-evidence.js';

const MAX_SENTENCES = 3;
const MAX_CHARACTERS = 700;
/** A further sentence must score at least this share of the first. */
const CLOSE_SCORE = 0.85;
/** A sentence in the asker's language wins when it scores within this of the best. */
const SAME_LANGUAGE_MARGIN = 0.1;
const DUPLICATE_SIMILARITY = 0.5;

/** The sentences to answer with, in the order to say them. */
export function selectSentences(
  evidence: readonly Evidence[],
  language: Language,
  support: number,
): Evidence[] {
  const usable = evidence.filter((item) => item.coverage >= support);
  const primary = primarySentence(usable, language);
  if (primary === undefined) return [];
  const selected = [primary];
  let characters = primary.sentence.length;
  for (const item of usable) {
    if (selected.length >= MAX_SENTENCES) break;
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

/**
 * The best sentence, preferring one that holds what the question asks for (a person for
 * "who", a number for "how many") and then one in the asker's language.
 */
function primarySentence(evidence: readonly Evidence[], language: Language): Evidence | undefined {
  const fitting = evidence.filter((item) => item.fitsKind);
  const usable = fitting.length > 0 ? fitting : evidence;
  const best = usable[0];
  const sameLanguage = usable.find((item) => item.language === language);
  if (best === undefined || sameLanguage === undefined) return best;
  return sameLanguage.score >= best.score - SAME_LANGUAGE_MARGIN ? sameLanguage : best;
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
