/**
 * The adapter kit: everything a chat adapter needs from the engine, through one entry point.
 * Adapters under adapters/ import src/ only through this module (a Biome rule enforces it),
 * so what the platforms share is this one list, and the engine's modules can move freely
 * behind it. What two platforms do alike lives here once, in platform-free code: the
 * question flow (rate limit → answer with the conversation → remember → record), the
 * conversation keys, the admin commands, feedback, and the sentences around answers.
 */

// Declaring an adapter: its variables, secrets, settings, routes and how it is created.
export { type AdapterContext, type AdapterModule, defineAdapter } from './adapter-module.js';
export type { LimitsConfig, NetworkConfig } from './config.js';
// Admin commands, feedback, and the sentences every platform says.
export {
  ADMIN_COMMANDS,
  type AdminCommand,
  type AdminRequest,
  admitAdmin,
  isAdminCommand,
  runAdminCommand,
} from './engine/admin-commands.js';
// The question flow every platform shares, and the state it keeps.
export {
  type AnswerDelivery,
  type AskedQuestion,
  answerInConversation,
  type ConversationServices,
} from './engine/answer-in-conversation.js';
// The engine's contract: a question and earlier turns in, an Answer out.
export type {
  Answer,
  AnswerKind,
  Engine,
  EngineStatus,
  Language,
  ReloadReport,
  Source,
  Turn,
} from './engine/answer-types.js';
export {
  CHAT_MESSAGES,
  type ChatMessages,
  chatMessagesFor,
  sourcesHeading,
} from './engine/chat-messages.js';
export { ChatQueues, MAX_WAITING_PER_CHAT } from './engine/chat-queues.js';
export { askerKey, conversationKey } from './engine/conversation-keys.js';
export { ConversationMemory, MAX_TURNS } from './engine/conversation-memory.js';
export { describeStatus } from './engine/describe-status.js';
// Documents admins send through the chat: checked, stored, reloaded, with suggested questions.
export {
  addUploadedDocument,
  type DocumentUpload,
  type UploadReply,
} from './engine/document-commands.js';
export { LOG_REPORTS, type ReportClock } from './engine/log-report.js';
export { QuestionRateLimiter } from './engine/rate-limiter.js';
export { ratingOf, reasonOf, recordFeedback } from './engine/record-feedback.js';
// Errors, logging and bounded state.
export {
  ChatPlatformError,
  ConfigError,
  errorMessage,
  InvalidRequestError,
  KnowledgeBotError,
  NotAuthorizedError,
  PlatformUnreachableError,
} from './errors.js';
export type { ChatAdapter } from './http/chat-adapter.js';
export type { HttpRoute } from './http/http-route.js';
// What the engine reads: the file types and the most it reads of one (for upload hints).
export { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS } from './ingest/read-document.js';
export type { Logger } from './logger.js';
// Reaching the platforms: through a proxy when one is set, within a bound at start-up.
export { DEFAULT_NETWORK } from './network/default-network.js';
export { proxyAgentFor } from './network/proxy-agent.js';
export { proxyDispatcherFor, proxyFetchFor } from './network/proxy-fetch.js';
export { type ReachOptions, reachPlatform } from './network/reach-platform.js';
// The question log the flow and the ratings record into.
export {
  FEEDBACK_REASONS,
  type FeedbackEntry,
  type FeedbackReason,
} from './question-log/logged-question.js';
export type { QuestionLog } from './question-log/question-log.js';
export { secretScrubber } from './secret-scrubber.js';
export { describeReloadReport } from './snapshot/reload-report.js';
export { detectLanguage } from './text/detect-language.js';
export { BoundedMap } from './util/bounded-map.js';
export { InFlightWork } from './util/in-flight-work.js';
export { choiceWithDefault, idList, optionalText, optionalUrl } from './variable-schemas.js';
