/** Usage figures as plain text: the console's rendering, and the default for any platform. */
import type { AnswerFigures } from './answer-figures.js';
import type { FeedbackReason } from './logged-question.js';
import type { UsageStats } from './usage-stats.js';

export function renderUsageStats(stats: UsageStats): string {
  return [
    ...overview(stats),
    '',
    'By platform:',
    ...breakdown(stats.byPlatform.map((row) => [row.platform, row])),
    'By language:',
    ...breakdown(stats.byLanguage.map((row) => [row.language, row])),
    '',
    ...mostAsked(stats.topQuestions),
  ].join('\n');
}

function overview(stats: UsageStats): string[] {
  const { totals, perDay } = stats;
  const peak = perDay.reduce((best, day) => (day.questions > best.questions ? day : best), {
    day: '',
    questions: 0,
  });
  return [
    `Questions, ${stats.from} to ${stats.to} (${stats.timeZone}): ${totals.questions}`,
    `${stats.sparkline}${peak.questions > 0 ? `  peak ${peak.questions} on ${peak.day}` : ''}`,
    `Answered: ${answered(totals)}`,
    `👎: ${thumbsDown(totals)}`,
  ];
}

function breakdown(rows: [string, AnswerFigures][]): string[] {
  if (rows.length === 0) return ['  none'];
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(
    ([name, figures]) =>
      `  ${name.padEnd(width)}  ${figures.questions} questions, answered ${percent(figures.answerRate)}, 👎 ${percent(figures.thumbsDownRate)}`,
  );
}

function answered(figures: AnswerFigures): string {
  const decided = figures.answered + figures.refused;
  const notes = [
    figures.invalid > 0 ? `${figures.invalid} invalid` : '',
    figures.unknown > 0 ? `${figures.unknown} imported without an outcome` : '',
  ].filter((note) => note !== '');
  const suffix = notes.length > 0 ? `; ${notes.join(', ')}` : '';
  return `${percent(figures.answerRate)} (${figures.answered} of ${decided}${suffix})`;
}

function thumbsDown(figures: AnswerFigures): string {
  const { up, down } = figures.ratings;
  if (up + down === 0) return 'no ratings';
  const reasons = Object.entries(figures.reasons)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${REASON_NAMES[reason as FeedbackReason]} ${count}`);
  const detail = reasons.length > 0 ? `; ${reasons.join(', ')}` : '';
  return `${percent(figures.thumbsDownRate)} of ${up + down} ratings (${down} 👎${detail})`;
}

function mostAsked(top: UsageStats['topQuestions']): string[] {
  if (top.length === 0) return ['Most asked: no question was asked twice.'];
  return ['Most asked:', ...top.map(({ question, count }) => `  ${count}× ${question}`)];
}

/** How each 👎 reason reads in a report. */
export const REASON_NAMES: Record<FeedbackReason, string> = {
  wrong: 'wrong',
  incomplete: 'incomplete',
  not_asked: 'not what was asked',
};

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}
