/**
 * The bot's configuration. This is the only module that reads the environment: it loads
 * `.env` once, validates every variable with a schema and fails fast with a message that
 * names the variable and the fix. Everything else receives a `Config` as a parameter.
 */
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { ADAPTERS, type AdapterSettings } from './adapter-registry.js';
import { ConfigError } from './errors.js';
import { proxyUrlFor } from './network/proxy-url-for.js';
import {
  integerWithDefault,
  optionalListenAddress,
  optionalProxyUrl,
  optionalText,
  optionalUrl,
} from './variable-schemas.js';

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
  /** The proxy the model is reached through (HTTPS_PROXY, NO_PROXY), if any. */
  proxyUrl?: string | undefined;
}

/** Limits that protect the bot from oversized or abusive input. */
export interface LimitsConfig {
  maxQuestionChars: number;
  questionsPerWindow: number;
  rateWindowSeconds: number;
}

/** HTTPS_PROXY, HTTP_PROXY and NO_PROXY (or their lowercase forms), as given. */
export interface ProxyConfig {
  httpsProxy: string | undefined;
  httpProxy: string | undefined;
  noProxy: string | undefined;
}

/** How the bot reaches the chat platforms and the model. */
export interface NetworkConfig {
  proxy: ProxyConfig;
  /** How long start-up keeps trying to reach a chat platform (CONNECT_TIMEOUT_SECONDS). */
  connectTimeoutMs: number;
}

export interface Config {
  knowledgeDir: string;
  dataDir: string;
  promptsDir: string;
  /** `undefined` when LOG_LEVEL is not set, so each command may pick its own default. */
  logLevel: LogLevel | undefined;
  port: number;
  /** The address the HTTP server listens on (HOST); every interface when unset. */
  host: string | undefined;
  /** How long a stop may take before the process exits anyway (SHUTDOWN_TIMEOUT_SECONDS). */
  shutdownTimeoutMs: number;
  network: NetworkConfig;
  limits: LimitsConfig;
  openai: OpenAIConfig | null;
  /** Each chat platform's settings by name (adapters/index.ts lists them); null when off. */
  adapters: AdapterSettings;
  /** Every secret value configured (keys, tokens, signing secrets), for the logger to scrub. */
  secrets: readonly string[];
  questionLog: QuestionLogConfig;
}

/** The question log (SQLite in DATA_DIR) behind /stats, /gaps and the digest. */
export interface QuestionLogConfig {
  /** Questions older than this many days are deleted (LOG_RETENTION_DAYS). */
  retentionDays: number;
  /** The key user ids are hashed with (LOG_USER_SALT); a random one in DATA_DIR when unset. */
  userSalt: string | undefined;
}

const environmentSchema = z.object({
  KNOWLEDGE_DIR: optionalText,
  DATA_DIR: optionalText,
  PROMPTS_DIR: optionalText,
  LOG_LEVEL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  ),
  PORT: integerWithDefault(3000, 0, 65535),
  HOST: optionalListenAddress('HOST'),
  SHUTDOWN_TIMEOUT_SECONDS: integerWithDefault(10, 1, 600),
  CONNECT_TIMEOUT_SECONDS: integerWithDefault(60, 1, 3600),
  // Lowercase first, as curl and undici read them.
  https_proxy: optionalProxyUrl('https_proxy'),
  HTTPS_PROXY: optionalProxyUrl('HTTPS_PROXY'),
  http_proxy: optionalProxyUrl('http_proxy'),
  HTTP_PROXY: optionalProxyUrl('HTTP_PROXY'),
  no_proxy: optionalText,
  NO_PROXY: optionalText,
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
  LOG_RETENTION_DAYS: integerWithDefault(180, 1, 3650),
  LOG_USER_SALT: optionalText.refine((value) => value === undefined || value.length >= 16, {
    message: 'LOG_USER_SALT must be at least 16 characters; make one with: openssl rand -hex 32',
  }),
});

type Environment = z.infer<typeof environmentSchema>;

/**
 * Reads `.env` (without overriding variables already set) and returns the validated config:
 * the bot's own variables, then each chat platform's, as its folder declares them.
 * Pass `environment` to validate another set of variables (tests do).
 */
export function loadConfig(environment?: Record<string, string | undefined>): Config {
  if (environment === undefined) dotenv.config({ quiet: true });
  const source = environment ?? process.env;
  const config = buildConfig(parseVariables(environmentSchema, source));
  const platforms = readAdapters(source);
  return {
    ...config,
    adapters: platforms.adapters,
    secrets: [
      config.openai?.apiKey,
      config.questionLog.userSalt,
      ...proxyPasswords(config.network.proxy),
      ...platforms.secrets,
    ].filter(isSecret),
  };
}

function parseVariables<Variables>(
  schema: z.ZodType<Variables>,
  source: Record<string, string | undefined>,
): Variables {
  const parsed = schema.safeParse(source);
  if (!parsed.success) throw configErrorFrom(parsed.error);
  return parsed.data;
}

/** Every platform's settings (null when its enabling variable is unset) and secret values. */
function readAdapters(source: Record<string, string | undefined>) {
  const adapters: Record<string, unknown> = {};
  const secrets: unknown[] = [];
  for (const module of ADAPTERS) {
    const variables = parseVariables(module.variables, source);
    secrets.push(...module.secrets.map((name) => variables[name]));
    adapters[module.name] =
      variables[module.enabledBy] === undefined ? null : module.settings(variables);
  }
  return { adapters: adapters as AdapterSettings, secrets };
}

/** Short values are left out: scrubbing "abc" from every log line would garble the log. */
function isSecret(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 6;
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

function buildConfig(env: Environment): Omit<Config, 'adapters' | 'secrets'> {
  return {
    knowledgeDir: path.resolve(env.KNOWLEDGE_DIR ?? 'knowledge'),
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    promptsDir: path.resolve(env.PROMPTS_DIR ?? 'prompts'),
    logLevel: env.LOG_LEVEL,
    port: env.PORT,
    host: env.HOST,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    network: { proxy: proxyConfig(env), connectTimeoutMs: env.CONNECT_TIMEOUT_SECONDS * 1000 },
    limits: {
      maxQuestionChars: env.MAX_QUESTION_CHARS,
      questionsPerWindow: env.RATE_LIMIT_QUESTIONS,
      rateWindowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    },
    openai: openAIConfig(env),
    questionLog: { retentionDays: env.LOG_RETENTION_DAYS, userSalt: env.LOG_USER_SALT },
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
    proxyUrl: proxyUrlFor(env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1', proxyConfig(env)),
  };
}

function proxyConfig(env: Environment): ProxyConfig {
  return {
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY,
    httpProxy: env.http_proxy ?? env.HTTP_PROXY,
    noProxy: env.no_proxy ?? env.NO_PROXY,
  };
}

/** A proxy's password (http://user:password@host) is a secret like any token. */
function proxyPasswords(proxy: ProxyConfig): string[] {
  return [proxy.httpsProxy, proxy.httpProxy].flatMap((url) => {
    const password = url === undefined ? '' : new URL(url).password;
    return password === '' ? [] : [password, decodeURIComponent(password)];
  });
}

/** Every secret value in the config, so that the logger can scrub them from any output. */
export function secretsOf(config: Pick<Config, 'secrets'>): string[] {
  return [...config.secrets];
}
