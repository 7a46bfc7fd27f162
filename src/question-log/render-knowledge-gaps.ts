/** The knowledge-gap report as plain text: the console's rendering, and any platform's default. */

import type { GapGroup, KnowledgeGaps } from './knowledge-gaps.js';
import type { FeedbackReason } from './logged-question.js';
import { REASON_NAMES } from './render-usage-stats.js';

/** Groups shown; the rest are summed up in one line. */
export const GROUPS_SHOWN = 10;

export function renderKnowledgeGaps(gaps: KnowledgeGaps, limit = GROUPS_SHOWN): string {
  const period = `${gaps.from} to ${gaps.to} (${gaps.timeZone})`;
  if (gaps.questions === 0)
    return `Knowledge gaps, ${period}: no question was refused or rated 👎.`;
  const shown = gaps.groups.slice(0, limit);
  const rest = gaps.groups.slice(limit);
  return [
    `Knowledge gaps, ${period}: ${count(gaps.questions)} refused or rated 👎`,
    ...shown.flatMap(renderGroup),
    ...(rest.length > 0 ? [moreLine(rest)] : []),
  ].join('\n');
}

/** "14 questions about 2025 subsidy application deadlines: nothing in the knowledge base". */
export function groupHeadline(group: GapGroup): string {
  const subject = group.label === null ? 'with no clear subject' : `about ${group.label}`;
  return `${count(group.questions)} ${subject}: ${verdict(group)}`;
}

function renderGroup(group: GapGroup): string[] {
  return [groupHeadline(group), ...group.examples.map((example) => `  · ${example}`)];
}

function verdict(group: GapGroup): string {
  if (group.thumbsDown === 0) return 'nothing in the knowledge base';
  const rated = `rated 👎${reasonsOf(group.reasons)}`;
  if (group.refused === 0) return `answered, but ${rated}`;
  return `${group.refused} refused, ${group.thumbsDown} answered but ${rated}`;
}

function reasonsOf(reasons: Record<FeedbackReason, number>): string {
  const given = Object.entries(reasons)
    .filter(([, times]) => times > 0)
    .map(([reason, times]) => `${REASON_NAMES[reason as FeedbackReason]} ${times}`);
  return given.length > 0 ? ` (${given.join(', ')})` : '';
}

function moreLine(rest: readonly GapGroup[]): string {
  const questions = rest.reduce((sum, group) => sum + group.questions, 0);
  const groups = rest.length === 1 ? '1 more group' : `${rest.length} more groups`;
  return `…and ${count(questions)} in ${groups}.`;
}

function count(questions: number): string {
  return questions === 1 ? '1 question' : `${questions} questions`;
}
