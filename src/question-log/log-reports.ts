/** The reports, read from the question log: what /stats, /gaps and the CLI show. */
import type { Snapshot } from '../snapshot/snapshot.js';
import { gapQuestionTexts, type KnowledgeGaps, knowledgeGaps } from './knowledge-gaps.js';
import { questionConcepts } from './question-concepts.js';
import type { QuestionLog } from './question-log.js';
import { type WindowOptions, windowStart } from './report-window.js';
import { type UsageStats, usageStats } from './usage-stats.js';

/** What a report reads: only the questions of its window. */
export type QuestionSource = Pick<QuestionLog, 'questionsSince'>;

export type ReportOptions = Partial<WindowOptions>;

/** Usage figures of the last `days` days (30 by default). */
export function statsFromLog(log: QuestionSource, options: ReportOptions = {}): UsageStats {
  const window = withNow(options);
  return usageStats(log.questionsSince(windowStart(window)), window);
}

/**
 * Knowledge gaps of the last `days` days, analysed against the snapshot (its analyzer,
 * glossary and word specificity).
 */
export async function gapsFromLog(
  log: QuestionSource,
  snapshot: Snapshot,
  options: ReportOptions = {},
): Promise<KnowledgeGaps> {
  const window = withNow(options);
  const questions = log.questionsSince(windowStart(window));
  const texts = gapQuestionTexts(questions, window);
  const conceptsOf = await questionConcepts(snapshot, texts, window.now);
  return knowledgeGaps(questions, conceptsOf, window);
}

function withNow(options: ReportOptions): WindowOptions {
  return { ...options, now: options.now ?? new Date() };
}
