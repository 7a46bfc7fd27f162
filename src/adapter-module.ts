/**
 * What a chat platform's folder declares so that the bot can run it: its environment
 * variables (a zod schema), the one that turns it on, which of them are secrets, what the
 * logger must redact, the settings it builds from them, and how to create the adapter. The
 * composition root finds every module through one table (adapters/index.ts), so adding a
 * platform is its folder plus one line there.
 */
import type { z } from 'zod';
import type { LimitsConfig, NetworkConfig } from './config.js';
import type { Engine } from './engine/answer-types.js';
import type { ChatAdapter } from './http/chat-adapter.js';
import type { Logger } from './logger.js';
import type { QuestionLog } from './question-log/question-log.js';

/** What every adapter receives besides its own settings. */
export interface AdapterContext {
  /** The shared limits (longest question, questions per user per window). */
  limits: LimitsConfig;
  /** A logger already tagged with the adapter's name. */
  logger: Logger;
  /** The proxy to reach the platform through, and how long start-up may try to reach it. */
  network: NetworkConfig;
  /** Where every question and rating is recorded, and /stats, /gaps and /digest read. */
  questionLog: QuestionLog;
}

/** One chat platform, as its folder declares it (see `defineAdapter`). */
export interface AdapterModule<
  Name extends string = string,
  Schema extends VariablesSchema = VariablesSchema,
  Settings = unknown,
> {
  /** "telegram": its key in `config.adapters` and the `adapter` field of its log lines. */
  readonly name: Name;
  /** The schema of its environment variables; only src/config.ts passes the environment. */
  readonly variables: Schema;
  /** The variable that turns the adapter on when it is set ("TELEGRAM_BOT_TOKEN"). */
  readonly enabledBy: VariableName<Schema>;
  /** The variables whose values are secrets: the logger scrubs them from every line. */
  readonly secrets: readonly VariableName<Schema>[];
  /** Settings fields and request headers that hold secrets, redacted from any log line. */
  readonly redact: { fields: readonly string[]; headers: readonly string[] };
  /** The adapter's settings from its variables; throws ConfigError naming the variable and the fix. */
  settings(variables: z.output<Schema>): Settings;
  /** Creates the adapter. Its platform SDK is loaded only now, when the platform is used. */
  create(engine: Engine, settings: Settings, context: AdapterContext): Promise<ChatAdapter>;
}

/** A schema over some environment variables (a `z.object` of them). */
export type VariablesSchema = z.ZodType<Record<string, unknown>>;

/** The name of a variable a schema declares. */
export type VariableName<Schema extends VariablesSchema> = keyof z.output<Schema> & string;

/** The settings type an adapter module builds. */
export type SettingsOf<Module> =
  Module extends AdapterModule<string, VariablesSchema, infer Settings> ? Settings : never;

/**
 * Declares an adapter module with its types inferred from its schema, so that `settings`
 * receives the variables as parsed and `secrets` may name only variables it declares.
 */
export function defineAdapter<const Name extends string, Schema extends VariablesSchema, Settings>(
  module: AdapterModule<Name, Schema, Settings>,
): AdapterModule<Name, Schema, Settings> {
  return module;
}
