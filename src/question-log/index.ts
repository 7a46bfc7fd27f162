/**
 * The question log and its reports: what src/adapter-kit.ts re-exports for the adapters
 * (record questions and feedback; show /stats, /gaps and the digest) and main.ts wires up.
 */
export type { AnswerFigures } from './answer-figures.js';
export { type GapGroup, type KnowledgeGaps, knowledgeGaps } from './knowledge-gaps.js';
export { loadCurrentSnapshot } from './load-current-snapshot.js';
export {
  gapsFromLog,
  type QuestionSource,
  type ReportOptions,
  statsFromLog,
} from './log-reports.js';
export {
  FEEDBACK_REASONS,
  type FeedbackEntry,
  type FeedbackReason,
  type LoggedQuestion,
  type QuestionEntry,
} from './logged-question.js';
export { type AskedBy, questionEntryFor } from './question-entry.js';
export {
  DEFAULT_RETENTION_DAYS,
  type FeedbackOutcome,
  type OpenReport,
  QUESTION_LOG_FILE,
  QuestionLog,
  type QuestionLogOptions,
} from './question-log.js';
export { groupHeadline, renderKnowledgeGaps } from './render-knowledge-gaps.js';
export { renderUsageStats } from './render-usage-stats.js';
export {
  type DigestSchedule,
  type DigestScheduleOptions,
  scheduleDigest,
  WEEKLY,
} from './schedule-digest.js';
export { type UsageStats, usageStats } from './usage-stats.js';
export { composeDigest, DIGEST_GAP_DAYS, type DigestOptions } from './weekly-digest.js';
