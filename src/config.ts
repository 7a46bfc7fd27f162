/**
 * The bot's configuration. This is the only module that reads the environment: it loads
 * `.env` once, validates every variable with a schema and fails fast with a message that
 * names the variable and the fix. Everything else receives a `Config` as a parameter.
 */
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { ConfigError } from './errors.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Settings of the optional OpenAI-compatible model; `null` parts stay offline. */
export interface OpenAIConfig {
  apiKey: string;
  baseUrl: string | undefined;
  chatModel: string | undefined;
  embeddingModel: string | undefined;
  timeoutMs: number;
  maxTokens: number;
  maxRetries: number;
}

export interface TelegramConfig {
  token: string;
  apiRoot: string | undefined;
  adminIds: number[];
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
}

export interface SlackConfig {
  botToken: string;
  appToken: string | undefined;
  signingSecret: string | undefined;
  apiUrl: string | undefined;
  adminUserIds: string[];
}

/** Limits that protect the bot from oversized or abusive input. */
export interface LimitsConfig {
  maxQuestionChars: number;
  questionsPerWindow: number;
  rateWindowSeconds: number;
}

export interface Config {
  knowledgeDir: string;
  dataDir: string;
  promptsDir: string;
  /** `undefined` when LOG_LEVEL is not set, so each command may pick its own default. */
  logLevel: LogLevel | undefined;
  port: number;
  limits: LimitsConfig;
  openai: OpenAIConfig | null;
  telegram: TelegramConfig | null;
  slack: SlackConfig | null;
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const optionalUrl = (variable: string) =>
  optionalText.refine(
    (value) => value === undefined || (/^https?:\/\//i.test(value) && URL.canParse(value)),
    {
      message: `${variable} must be a full http(s) URL such as https://example.org/path`,
    },
  );

const integerWithDefault = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: `must be a whole number from ${min} to ${max}` })
      .int({ error: `must be a whole number from ${min} to ${max}` })
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` })
      .default(fallback),
  );

const idList = optionalText.transform((value) =>
  value === undefined ? [] : value.split(/[\s,]+/).filter((id) => id !== ''),
);

const environmentSchema = z.object({
  KNOWLEDGE_DIR: optionalText,
  DATA_DIR: optionalText,
  PROMPTS_DIR: optionalText,
  LOG_LEVEL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  ),
  PORT: integerWithDefault(3000, 0, 65535),
  MAX_QUESTION_CHARS: integerWithDefault(1000, 20, 20000),
  RATE_LIMIT_QUESTIONS: integerWithDefault(10, 1, 10000),
  RATE_LIMIT_WINDOW_SECONDS: integerWithDefault(60, 1, 86400),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl('OPENAI_BASE_URL'),
  OPENAI_CHAT_MODEL: optionalText,
  OPENAI_EMBEDDING_MODEL: optionalText,
  OPENAI_TIMEOUT_SECONDS: integerWithDefault(30, 1, 600),
  OPENAI_MAX_TOKENS: integerWithDefault(700, 16, 32000),
  OPENAI_MAX_RETRIES: integerWithDefault(2, 0, 10),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: optionalUrl('TELEGRAM_API_ROOT'),
  TELEGRAM_ADMIN_IDS: idList,
  TELEGRAM_WEBHOOK_URL: optionalUrl('TELEGRAM_WEBHOOK_URL'),
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalUrl('SLACK_API_URL'),
  SLACK_ADMIN_USER_IDS: idList,
});

type Environment = z.infer<typeof environmentSchema>;

/**
 * Reads `.env` (without overriding variables already set) and returns the validated config.
 * Pass `environment` to validate another set of variables (tests do).
 */
export function loadConfig(environment?: Record<string, string | undefined>): Config {
  if (environment === undefined) dotenv.config({ quiet: true });
  const source = environment ?? process.env;
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) throw configErrorFrom(parsed.error);
  return buildConfig(parsed.data);
}

function configErrorFrom(error: z.ZodError): ConfigError {
  const issue = error.issues[0];
  const variable = String(issue?.path[0] ?? 'configuration');
  const detail = issue?.message ?? 'is invalid';
  const message = detail.startsWith(variable)
    ? detail
    : `${variable} ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`;
  return new ConfigError(
    variable,
    `Invalid configuration: ${message}. Fix it in .env or the environment.`,
  );
}

function buildConfig(env: Environment): Config {
  return {
    knowledgeDir: path.resolve(env.KNOWLEDGE_DIR ?? 'knowledge'),
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    promptsDir: path.resolve(env.PROMPTS_DIR ?? 'prompts'),
    logLevel: env.LOG_LEVEL,
    port: env.PORT,
    limits: {
      maxQuestionChars: env.MAX_QUESTION_CHARS,
      questionsPerWindow: env.RATE_LIMIT_QUESTIONS,
      rateWindowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    },
    openai: openAIConfig(env),
    telegram: telegramConfig(env),
    slack: slackConfig(env),
  };
}

function openAIConfig(env: Environment): OpenAIConfig | null {
  if (env.OPENAI_CHAT_MODEL === undefined && env.OPENAI_EMBEDDING_MODEL === undefined) return null;
  if (env.OPENAI_API_KEY === undefined && env.OPENAI_BASE_URL === undefined) {
    throw new ConfigError(
      'OPENAI_API_KEY',
      'Invalid configuration: OPENAI_CHAT_MODEL or OPENAI_EMBEDDING_MODEL is set but neither OPENAI_API_KEY nor OPENAI_BASE_URL is. Set OPENAI_API_KEY for OpenAI, or OPENAI_BASE_URL for a local OpenAI-compatible server (for example http://127.0.0.1:11434/v1 for Ollama).',
    );
  }
  return {
    // Local servers (Ollama, vLLM, llama.cpp) accept any key, but the client requires one.
    apiKey: env.OPENAI_API_KEY ?? 'no-key',
    baseUrl: env.OPENAI_BASE_URL,
    chatModel: env.OPENAI_CHAT_MODEL,
    embeddingModel: env.OPENAI_EMBEDDING_MODEL,
    timeoutMs: env.OPENAI_TIMEOUT_SECONDS * 1000,
    maxTokens: env.OPENAI_MAX_TOKENS,
    maxRetries: env.OPENAI_MAX_RETRIES,
  };
}

function telegramConfig(env: Environment): TelegramConfig | null {
  if (env.TELEGRAM_BOT_TOKEN === undefined) return null;
  if (!/^\d+:[\w-]+$/.test(env.TELEGRAM_BOT_TOKEN)) {
    throw new ConfigError(
      'TELEGRAM_BOT_TOKEN',
      'Invalid configuration: TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters). Copy it again from @BotFather.',
    );
  }
  return {
    token: env.TELEGRAM_BOT_TOKEN,
    apiRoot: env.TELEGRAM_API_ROOT?.replace(/\/+$/, ''),
    adminIds: telegramAdminIds(env.TELEGRAM_ADMIN_IDS),
    webhookUrl: env.TELEGRAM_WEBHOOK_URL,
    webhookSecret: telegramWebhookSecret(env),
  };
}

function telegramAdminIds(ids: string[]): number[] {
  const bad = ids.find((id) => !/^\d+$/.test(id));
  if (bad !== undefined) {
    throw new ConfigError(
      'TELEGRAM_ADMIN_IDS',
      `Invalid configuration: TELEGRAM_ADMIN_IDS must be numeric user ids, got '${bad}'. Find a user's id with /status.`,
    );
  }
  return ids.map(Number);
}

function telegramWebhookSecret(env: Environment): string | undefined {
  const secret = env.TELEGRAM_WEBHOOK_SECRET;
  if (env.TELEGRAM_WEBHOOK_URL !== undefined && secret === undefined) {
    throw new ConfigError(
      'TELEGRAM_WEBHOOK_SECRET',
      'Invalid configuration: TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set. Generate one with `openssl rand -hex 32`.',
    );
  }
  if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
    throw new ConfigError(
      'TELEGRAM_WEBHOOK_SECRET',
      'Invalid configuration: TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1 to 256 characters). Generate one with `openssl rand -hex 32`.',
    );
  }
  return secret;
}

function slackConfig(env: Environment): SlackConfig | null {
  if (env.SLACK_BOT_TOKEN === undefined) return null;
  if (!env.SLACK_BOT_TOKEN.startsWith('xoxb-')) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN',
      'Invalid configuration: SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-…) from OAuth & Permissions; an xapp- token belongs in SLACK_APP_TOKEN.',
    );
  }
  if (env.SLACK_APP_TOKEN !== undefined && !env.SLACK_APP_TOKEN.startsWith('xapp-')) {
    throw new ConfigError(
      'SLACK_APP_TOKEN',
      'Invalid configuration: SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write scope, from Basic Information → App-Level Tokens.',
    );
  }
  if (env.SLACK_APP_TOKEN === undefined && env.SLACK_SIGNING_SECRET === undefined) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      'Invalid configuration: SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP events) is. Copy one from your Slack app settings (Basic Information).',
    );
  }
  return {
    botToken: env.SLACK_BOT_TOKEN,
    appToken: env.SLACK_APP_TOKEN,
    signingSecret: env.SLACK_SIGNING_SECRET,
    apiUrl: env.SLACK_API_URL?.replace(/\/*$/, '/'),
    adminUserIds: env.SLACK_ADMIN_USER_IDS,
  };
}

/** Every secret value in the config, so that the logger can scrub them from any output. */
export function secretsOf(config: Config): string[] {
  const values = [
    config.openai?.apiKey,
    config.telegram?.token,
    config.telegram?.webhookSecret,
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
  ];
  return values.filter((value): value is string => value !== undefined && value.length >= 6);
}
