/**
 * Usage figures from the question log, as plain data: questions per day with a sparkline,
 * answer and 👎 rates overall, by platform and by language, and the most asked questions.
 * Adapters format it; render-usage-stats.ts writes it as plain text.
 */
import type { Language } from '../engine/answer-types.js';
import { type AnswerFigures, answerFigures } from './answer-figures.js';
import type { LoggedQuestion } from './logged-question.js';
import { normalizeQuestion } from './normalize-question.js';
import { dayOf, inWindow, reportWindow, type WindowOptions } from './report-window.js';
import { sparkline } from './sparkline.js';

export interface UsageStats {
  /** The days covered, first and last (YYYY-MM-DD), in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
  perDay: { day: string; questions: number }[];
  sparkline: string;
  totals: AnswerFigures;
  /** Most questions first. */
  byPlatform: ({ platform: string } & AnswerFigures)[];
  /** Most questions first; `unknown` for imported ratings whose question was lost. */
  byLanguage: ({ language: Language | 'unknown' } & AnswerFigures)[];
  /** Questions asked at least twice, by their normalised text, most asked first. */
  topQuestions: { question: string; count: number }[];
}

export interface UsageStatsOptions extends WindowOptions {
  /** How many of the most asked questions to list; 10 by default. */
  top?: number;
}

const DEFAULT_TOP = 10;
/** A question asked once is not "most asked", however few questions there were. */
const MIN_TIMES_ASKED = 2;

/** The usage figures of the questions asked in the window (others are ignored). */
export function usageStats(
  questions: readonly LoggedQuestion[],
  options: UsageStatsOptions,
): UsageStats {
  const window = reportWindow(options);
  const asked = inWindow(questions, window);
  const perDay = questionsPerDay(asked, window.days, window.timeZone);
  return {
    from: window.days[0] ?? '',
    to: window.days.at(-1) ?? '',
    timeZone: window.timeZone,
    perDay,
    sparkline: sparkline(perDay.map((day) => day.questions)),
    totals: answerFigures(asked),
    byPlatform: figuresBy(asked, (question) => question.platform).map(([platform, figures]) => ({
      platform,
      ...figures,
    })),
    byLanguage: figuresBy(asked, (question) => question.language ?? 'unknown').map(
      ([language, figures]) => ({ language, ...figures }),
    ),
    topQuestions: mostAsked(asked, options.top ?? DEFAULT_TOP),
  };
}

function questionsPerDay(
  questions: readonly LoggedQuestion[],
  days: readonly string[],
  timeZone: string,
): UsageStats['perDay'] {
  const counts = new Map(days.map((day) => [day, 0]));
  for (const question of questions) {
    const day = dayOf(question.askedAt, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return days.map((day) => ({ day, questions: counts.get(day) ?? 0 }));
}

function figuresBy<Key extends string>(
  questions: readonly LoggedQuestion[],
  keyOf: (question: LoggedQuestion) => Key,
): [Key, AnswerFigures][] {
  const groups = new Map<Key, LoggedQuestion[]>();
  for (const question of questions) {
    const key = keyOf(question);
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [question]);
    else members.push(question);
  }
  return [...groups]
    .map(([key, members]): [Key, AnswerFigures] => [key, answerFigures(members)])
    .sort(([keyA, a], [keyB, b]) => b.questions - a.questions || keyA.localeCompare(keyB));
}

/** Invalid input (an empty message, a pasted novel) is not a question anyone asked. */
function mostAsked(questions: readonly LoggedQuestion[], top: number): UsageStats['topQuestions'] {
  const counts = new Map<string, number>();
  for (const { question, kind } of questions) {
    if (question === null || kind === 'invalid_question') continue;
    const key = normalizeQuestion(question);
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= MIN_TIMES_ASKED)
    .sort(([textA, a], [textB, b]) => b - a || textA.localeCompare(textB))
    .slice(0, top)
    .map(([question, count]) => ({ question, count }));
}
