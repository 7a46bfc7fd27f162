/**
 * Errors of the knowledge bot. Every error carries a stable `code`: callers branch on the
 * code, never on the message, and messages say what to do about it.
 */

/** Stable error codes; part of the contract with adapters and logs. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_LOAD_FAILED'
  | 'SNAPSHOT_INVALID'
  | 'SNAPSHOT_BUILD_FAILED'
  | 'SNAPSHOT_LOCKED'
  | 'PROMPT_TEMPLATE_INVALID'
  | 'LANGUAGE_MODEL_FAILED'
  | 'NOT_AUTHORIZED'
  | 'CHAT_PLATFORM_FAILED'
  | 'PLATFORM_UNREACHABLE'
  | 'REQUEST_INVALID'
  | 'QUESTION_LOG_FAILED'
  | 'UPLOAD_REFUSED';

/** Base class of the bot's own errors (not named `BotError`: grammY exports that name). */
export class KnowledgeBotError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A setting is missing or malformed; the message names the variable and the fix. */
export class ConfigError extends KnowledgeBotError {
  readonly variable: string;

  constructor(variable: string, message: string) {
    super('CONFIG_INVALID', message);
    this.variable = variable;
  }
}

/** Why a file in the knowledge folder was skipped. */
export type SkipReason =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'TOO_DEEP'
  | 'ENCODING'
  | 'CORRUPT'
  | 'UNREADABLE'
  | 'OUTSIDE_KNOWLEDGE_DIR'
  | 'UNSUPPORTED_TYPE'
  | 'INVALID_METADATA'
  | 'ORPHAN_SIDECAR'
  | 'HIDDEN';

/** One knowledge file could not be read; the reload skips it and reports `reason`. */
export class KnowledgeLoadError extends KnowledgeBotError {
  readonly path: string;
  readonly reason: SkipReason;

  constructor(path: string, reason: SkipReason, message: string, options?: { cause?: unknown }) {
    super('KNOWLEDGE_LOAD_FAILED', message, options);
    this.path = path;
    this.reason = reason;
  }
}

/** A persisted snapshot is missing, damaged or does not match its manifest. */
export class SnapshotError extends KnowledgeBotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('SNAPSHOT_INVALID', message, options);
  }
}

/** Building a new snapshot failed; the previous snapshot keeps serving. */
export class SnapshotBuildError extends KnowledgeBotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('SNAPSHOT_BUILD_FAILED', message, options);
  }
}

/**
 * Another process held the lock on DATA_DIR's snapshots for longer than a swap takes; the
 * message names the lock folder to remove when no process holds it any more.
 */
export class SnapshotLockError extends KnowledgeBotError {
  readonly lockPath: string;

  constructor(lockPath: string, message: string, options?: { cause?: unknown }) {
    super('SNAPSHOT_LOCKED', message, options);
    this.lockPath = lockPath;
  }
}

/** A prompt template names a variable it may not use, or misses one it must use. */
export class PromptTemplateError extends KnowledgeBotError {
  readonly file: string;
  readonly variable: string;

  constructor(file: string, variable: string, message: string) {
    super('PROMPT_TEMPLATE_INVALID', message);
    this.file = file;
    this.variable = variable;
  }
}

/** The language model failed or answered unusably; the extractive answer is used instead. */
export class LanguageModelError extends KnowledgeBotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('LANGUAGE_MODEL_FAILED', message, options);
  }
}

/** A user who is not an admin called an admin command. */
export class NotAuthorizedError extends KnowledgeBotError {
  readonly userId: string;

  constructor(userId: string, command: string) {
    super('NOT_AUTHORIZED', `User ${userId} is not an admin and may not run ${command}.`);
    this.userId = userId;
  }
}

/**
 * A chat platform refused a request the bot made (a missing permission, a chat the bot has
 * left); the message says what to change in the platform's settings when that is known.
 */
export class ChatPlatformError extends KnowledgeBotError {
  readonly platform: string;
  /** The platform's own error code, when it gave one. */
  readonly platformCode: number | string | undefined;

  constructor(
    platform: string,
    message: string,
    options?: { platformCode?: number | string; cause?: unknown },
  ) {
    super('CHAT_PLATFORM_FAILED', message, { cause: options?.cause });
    this.platform = platform;
    this.platformCode = options?.platformCode;
  }
}

/**
 * A chat platform's API could not be reached at start-up within CONNECT_TIMEOUT_SECONDS (no
 * connection, no answer, or only 5xx); the message names the address and the variable to fix.
 */
export class PlatformUnreachableError extends KnowledgeBotError {
  readonly platform: string;
  readonly address: string;
  readonly variable: string;

  constructor(
    details: { platform: string; address: string; variable: string },
    message: string,
    options?: { cause?: unknown },
  ) {
    super('PLATFORM_UNREACHABLE', message, options);
    this.platform = details.platform;
    this.address = details.address;
    this.variable = details.variable;
  }
}

/** A request to one of the bot's HTTP routes is not what the platform sends (malformed JSON). */
export class InvalidRequestError extends KnowledgeBotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('REQUEST_INVALID', message, options);
  }
}

/**
 * The question log (SQLite under DATA_DIR) cannot be opened or used: a database written by a
 * newer bot, a damaged file, feedback that breaks the log's rules.
 */
export class QuestionLogError extends KnowledgeBotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('QUESTION_LOG_FAILED', message, options);
  }
}

/** Why a document sent through the chat was not stored. */
export type UploadRefusal = SkipReason | 'INVALID_NAME' | 'INVALID_CAPTION' | 'DOWNLOAD_FAILED';

/**
 * A document an admin sent through the chat was refused before it became part of the
 * knowledge base (wrong type, too large, a bad caption, a file that does not read); nothing
 * was stored, and the message says what to send instead.
 */
export class UploadRefusedError extends KnowledgeBotError {
  readonly reason: UploadRefusal;

  constructor(reason: UploadRefusal, message: string, options?: { cause?: unknown }) {
    super('UPLOAD_REFUSED', message, options);
    this.reason = reason;
  }
}

/** The message of any thrown value, for logs and reports. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
