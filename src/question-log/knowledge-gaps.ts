/**
 * The knowledge-gap report: questions the bot refused or whose answer got a 👎, grouped by
 * what they ask about, across both languages, largest groups first. Plain data; adapters
 * format it, render-knowledge-gaps.ts writes it as text.
 */
import type { Language } from '../engine/answer-types.js';
import { outcomeOf } from './answer-figures.js';
import { compareText } from './compare-text.js';
import { linkTopics } from './gap-topics.js';
import { type GapUnit, groupUnits } from './group-gaps.js';
import {
  emptyTally,
  FEEDBACK_REASONS,
  type FeedbackReason,
  type LoggedQuestion,
} from './logged-question.js';
import { normalizeQuestion } from './normalize-question.js';
import type { ConceptsOf } from './question-concepts.js';
import { inWindow, reportWindow, type WindowOptions } from './report-window.js';

export interface GapGroup {
  /** What the questions share, in the words of the most asked one; null: no clear subject. */
  label: string | null;
  /** Questions in the group, each time asked counted. */
  questions: number;
  /** Refused: the knowledge base had nothing to answer with. */
  refused: number;
  /** Answered, but rated 👎 (a refusal rated 👎 counts as refused). */
  thumbsDown: number;
  reasons: Record<FeedbackReason, number>;
  /** Up to two: the most asked, then the most asked in the other language, if any. */
  examples: string[];
}

export interface KnowledgeGaps {
  from: string;
  to: string;
  timeZone: string;
  /** Questions refused or rated 👎 in the window. */
  questions: number;
  /** Largest first; the group with no clear subject, if any, last. */
  groups: GapGroup[];
}

interface GapStats {
  refused: number;
  thumbsDown: number;
  reasons: Record<FeedbackReason, number>;
}

/** A question is a gap when it was refused or its answer got a 👎; invalid input is not. */
export function isGap(question: LoggedQuestion): boolean {
  const outcome = outcomeOf(question);
  if (outcome === 'invalid' || question.question === null) return false;
  return outcome === 'refused' || question.feedback.down > 0;
}

/** The distinct texts of the window's gap questions: what `questionConcepts` needs. */
export function gapQuestionTexts(
  questions: readonly LoggedQuestion[],
  options: WindowOptions,
): string[] {
  return gapUnits(inWindow(questions, reportWindow(options))).map((unit) => unit.text);
}

/** Groups the window's gap questions by what they ask about. */
export function knowledgeGaps(
  questions: readonly LoggedQuestion[],
  conceptsOf: ConceptsOf,
  options: WindowOptions,
): KnowledgeGaps {
  const window = reportWindow(options);
  const units = gapUnits(inWindow(questions, window));
  const topics = linkTopics(units.map((unit) => conceptsOf(unit.text)));
  const withTopics = units.map((unit, index) => ({
    ...unit,
    mentions: topics.mentions[index] ?? [],
  }));
  const grouped = groupUnits(withTopics, topics.weights);
  const placed = new Set(grouped.flatMap((group) => group.units.map((unit) => unit.text)));
  const unclear = withTopics.filter((unit) => !placed.has(unit.text));
  const groups = grouped
    .map((group) => gapGroup(group.label, group.units))
    .sort((a, b) => b.questions - a.questions || compareText(a.label ?? '', b.label ?? ''));
  return {
    from: window.days[0] ?? '',
    to: window.days.at(-1) ?? '',
    timeZone: window.timeZone,
    questions: units.reduce((sum, unit) => sum + unit.count, 0),
    groups: unclear.length > 0 ? [...groups, gapGroup(null, unclear)] : groups,
  };
}

type Unit = Omit<GapUnit, 'mentions'> & GapStats;

/** The gap questions, one unit per normalised text, shown as its latest wording. */
function gapUnits(questions: readonly LoggedQuestion[]): Unit[] {
  const units = new Map<string, Unit>();
  for (const question of questions.filter(isGap)) {
    const text = question.question as string;
    const key = normalizeQuestion(text);
    let unit = units.get(key);
    if (unit === undefined) {
      unit = newUnit(question.language);
      units.set(key, unit);
    }
    addQuestion(unit, question, text);
  }
  return [...units.values()];
}

function newUnit(language: Language | null): Unit {
  return { text: '', count: 0, language, refused: 0, thumbsDown: 0, reasons: emptyTally().reasons };
}

/** Adds one asking of the question; its wording is the latest (questions come oldest first). */
function addQuestion(unit: Unit, question: LoggedQuestion, text: string): void {
  unit.text = text;
  unit.count += 1;
  if (outcomeOf(question) === 'refused') unit.refused += 1;
  else unit.thumbsDown += 1;
  for (const reason of FEEDBACK_REASONS) unit.reasons[reason] += question.feedback.reasons[reason];
}

function gapGroup(label: string | null, units: readonly Unit[]): GapGroup {
  const reasons = emptyTally().reasons;
  for (const unit of units)
    for (const reason of FEEDBACK_REASONS) reasons[reason] += unit.reasons[reason];
  return {
    label,
    questions: sum(units, (unit) => unit.count),
    refused: sum(units, (unit) => unit.refused),
    thumbsDown: sum(units, (unit) => unit.thumbsDown),
    reasons,
    examples: examplesOf(units),
  };
}

/** The most asked question, and the most asked in another language, to show both are there. */
function examplesOf(units: readonly Unit[]): string[] {
  const ordered = [...units].sort((a, b) => b.count - a.count || compareText(a.text, b.text));
  const [first] = ordered;
  if (first === undefined) return [];
  const second =
    ordered.find((unit) => unit !== first && unit.language !== first.language) ?? ordered[1];
  return second === undefined ? [first.text] : [first.text, second.text];
}

function sum<Item>(items: readonly Item[], amountOf: (item: Item) => number): number {
  return items.reduce((total, item) => total + amountOf(item), 0);
}
