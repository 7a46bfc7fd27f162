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
  | 'PROMPT_TEMPLATE_INVALID'
  | 'LANGUAGE_MODEL_FAILED'
  | 'NOT_AUTHORIZED';

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

/** The message of any thrown value, for logs and reports. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
