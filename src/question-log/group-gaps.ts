/**
 * Groups questions by what they ask about. The most asked question opens a group; each
 * question after it joins the group whose opening question it is most like, when it is like
 * it enough, or opens a group of its own. "Like" is the share of the shorter question's
 * subject that the other shares: topics weighted by how specific they are, so sharing a
 * specific topic counts for more than sharing a common word, and "会费是多少" (membership
 * dues) belongs with "what is the membership fee" though it says less.
 */
import type { Language } from '../engine/answer-types.js';
import { hasHan } from '../text/analyzer.js';
import { compareText } from './compare-text.js';
import type { TopicMention } from './gap-topics.js';

/** One distinct question (by its normalised text), with its concepts as topics. */
export interface GapUnit {
  text: string;
  /** How many times it was asked. */
  count: number;
  language: Language | null;
  mentions: TopicMention[];
}

export interface UnitGroup<Unit extends GapUnit = GapUnit> {
  /** The most asked question, first; its words name the group. */
  units: Unit[];
  /** What the group's questions share, in the words of its first question. */
  label: string;
}

/**
 * How much of the shorter question's subject two questions must share to be one group: at
 * least half, so "when is the 2025 subsidy application deadline" and "补贴申请截止时间是
 * 什么时候" are one group, and "conference venue parking" and "conference speakers" are two.
 * A judgement, not a fit: the log holds no labelled groups yet to fit it on.
 */
export const SAME_SUBJECT = 0.5;

/** Groups the questions, most asked first; questions with no topic at all are left out. */
export function groupUnits<Unit extends GapUnit>(
  units: readonly Unit[],
  weights: readonly number[],
): UnitGroup<Unit>[] {
  const groups: Unit[][] = [];
  const ordered = [...units].sort((a, b) => b.count - a.count || compareText(a.text, b.text));
  for (const unit of ordered.filter((candidate) => subjectWeight(candidate, weights) > 0)) {
    const best = closestGroup(unit, groups, weights);
    if (best === null) groups.push([unit]);
    else best.push(unit);
  }
  return groups.map((members) => ({ units: members, label: labelOf(members) }));
}

function closestGroup<Unit extends GapUnit>(
  unit: Unit,
  groups: Unit[][],
  weights: readonly number[],
): Unit[] | null {
  let best: Unit[] | null = null;
  let bestSimilarity = 0;
  for (const group of groups) {
    const similarity = overlap(unit, group[0] as Unit, weights);
    if (similarity >= SAME_SUBJECT && similarity > bestSimilarity) {
      best = group;
      bestSimilarity = similarity;
    }
  }
  return best;
}

/** The weight of each subject topic a question mentions (years and the like left out). */
function subjectWeights(unit: GapUnit, weights: readonly number[]): Map<number, number> {
  return new Map(
    unit.mentions
      .filter((mention) => !mention.qualifier)
      .map((mention) => [mention.topic, weights[mention.topic] ?? 0]),
  );
}

function subjectWeight(unit: GapUnit, weights: readonly number[]): number {
  return sum([...subjectWeights(unit, weights).values()]);
}

/** The weight two questions share, as a share of the lighter one's. */
function overlap(a: GapUnit, b: GapUnit, weights: readonly number[]): number {
  const weightsB = subjectWeights(b, weights);
  const shared = [...subjectWeights(a, weights)].filter(([topic]) => weightsB.has(topic));
  const lighter = Math.min(subjectWeight(a, weights), subjectWeight(b, weights));
  return lighter === 0 ? 0 : sum(shared.map(([, weight]) => weight)) / lighter;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * The first question's words for the topics at least half the group's questions mention
 * (years included), in the order that question has them.
 */
function labelOf(units: readonly GapUnit[]): string {
  const [first] = units as [GapUnit];
  const total = units.reduce((sum, unit) => sum + unit.count, 0);
  const shared = first.mentions.filter((mention) => askedWith(mention.topic, units) * 2 >= total);
  const ordered = [...new Map(shared.map((mention) => [mention.topic, mention])).values()].sort(
    (a, b) => positionIn(first.text, a.surface) - positionIn(first.text, b.surface),
  );
  return joinWords(ordered.map((mention) => mention.surface));
}

/** How many questions of the group mention the topic. */
function askedWith(topic: number, units: readonly GapUnit[]): number {
  return units
    .filter((unit) => unit.mentions.some((mention) => mention.topic === topic))
    .reduce((sum, unit) => sum + unit.count, 0);
}

function positionIn(text: string, surface: string): number {
  const position = text.toLowerCase().indexOf(surface.toLowerCase());
  return position < 0 ? Number.MAX_SAFE_INTEGER : position;
}

/** Words joined by spaces, except between Chinese words, which are written together. */
export function joinWords(words: readonly string[]): string {
  return words.reduce((joined, word) => {
    if (joined === '') return word;
    const together = hasHan(joined.at(-1) as string) && hasHan(word[0] as string);
    return together ? joined + word : `${joined} ${word}`;
  }, '');
}
