/**
 * The Telegram adapter: a grammY bot that turns updates into engine calls and answers into
 * messages. Mirrors `createSlackApp` in adapters/slack and `createLarkBot` in adapters/lark;
 * the composition root serves `routes` (the webhook, in webhook mode) and calls `start()`
 * and `stop()`.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import type {
  ChatAdapter,
  Engine,
  LimitsConfig,
  Logger,
  NetworkConfig,
  QuestionLog,
  ReportClock,
} from '../../src/adapter-kit.js';
import {
  ChatQueues,
  ConversationMemory,
  DEFAULT_NETWORK,
  InFlightWork,
  proxyAgentFor,
  QuestionRateLimiter,
} from '../../src/adapter-kit.js';
import { adminCommands } from './admin-commands.js';
import { commands } from './commands.js';
import { documentUploads } from './document-uploads.js';
import { fileDownloader } from './download-file.js';
import { type BotErrorHandler, errorBoundary } from './error-boundary.js';
import { feedbackButtons } from './feedback-buttons.js';
import { ignoreDuplicateUpdates } from './ignore-duplicate-updates.js';
import { logPollingFailures } from './log-polling-failures.js';
import { mediaHint } from './media-hint.js';
import { questionMessages } from './question-messages.js';
import { sendReport } from './send-report.js';
import type { TelegramSettings } from './telegram-adapter.js';
import { TELEGRAM_API } from './telegram-api.js';
import { TelegramConnection } from './telegram-connection.js';
import type { TelegramServices } from './telegram-services.js';
import { webhookRoute } from './webhook-route.js';

export interface TelegramAdapterConfig extends TelegramSettings {
  limits: LimitsConfig;
  /** The proxy and the start-up bound; no proxy and 60 s when omitted (tests). */
  network?: NetworkConfig;
  /** Where questions and ratings are recorded; without one nothing is (tests). */
  questionLog?: QuestionLog | undefined;
  /** The days /stats, /gaps and /digest count; the real clock and the server's zone when omitted. */
  reportClock?: ReportClock | undefined;
}

/**
 * One API call waits at most this long (grammY's default is 500 s); getUpdates holds its
 * request open for 30 s, so the bound must be longer than that.
 */
const API_TIMEOUT_SECONDS = 60;

export interface TelegramAdapter extends ChatAdapter {
  /** The grammY bot, for tests (`bot.handleUpdate`) and API transformers. */
  readonly bot: Bot;
}

/**
 * Retries on 429 (after Telegram's retry_after) and 5xx, a bounded number of times. Network
 * errors are rethrown: the plugin would retry them without bound, and the runner already
 * retries getUpdates on its own.
 */
const RETRY_OPTIONS = { maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true };

export function createTelegramBot(
  engine: Engine,
  config: TelegramAdapterConfig,
  logger: Logger,
): TelegramAdapter {
  const network = config.network ?? DEFAULT_NETWORK;
  const bot = new Bot(config.token, { client: clientOptions(config.apiRoot, network) });
  bot.api.config.use(autoRetry(RETRY_OPTIONS), logPollingFailures(logger));
  const inFlight = new InFlightWork();
  installMiddleware(
    bot,
    inFlight,
    servicesFor(engine, config, logger),
    errorBoundary(config.token, logger),
  );
  const connection = new TelegramConnection(bot, { ...config, network }, inFlight, logger);
  return {
    name: 'telegram',
    bot,
    routes:
      config.webhookUrl === undefined
        ? []
        : [webhookRoute(bot, config.webhookUrl, config.webhookSecret)],
    start: () => connection.start(),
    stop: () => connection.stop(),
    digestChatId: config.digestChatId,
    sendToChat: (chatId, text) => sendReport(bot.api, chatId, text),
  };
}

/** grammY's client: the API root, a bound on each call, and the proxy when one applies. */
function clientOptions(apiRoot: string | undefined, network: NetworkConfig) {
  const agent = proxyAgentFor(apiRoot ?? TELEGRAM_API, network.proxy);
  return {
    ...(apiRoot === undefined ? {} : { apiRoot }),
    timeoutSeconds: API_TIMEOUT_SECONDS,
    ...(agent === undefined ? {} : { baseFetchConfig: { agent, compress: true } }),
  };
}

function servicesFor(
  engine: Engine,
  config: TelegramAdapterConfig,
  logger: Logger,
): TelegramServices {
  return {
    engine,
    memory: new ConversationMemory(),
    rateLimiter: new QuestionRateLimiter(config.limits),
    chatQueues: new ChatQueues(),
    adminIds: new Set(config.adminIds.map(String)),
    downloadFile: fileDownloader(config.token, config.apiRoot, config.network ?? DEFAULT_NETWORK),
    logger,
    questionLog: config.questionLog,
    reportClock: config.reportClock,
  };
}

/**
 * Order matters: duplicates are dropped first, commands win over questions, an admin's
 * document is added before media get their hint. The error handler is installed twice on
 * purpose: `bot.catch` only sees errors of the runner's updates, while grammY's webhook
 * callback and `handleUpdate` rethrow; the error boundary around every handler catches them
 * in all three, with the same handler. The runner
 * handles updates concurrently; a chat's questions still come in order, one at a time, from
 * the shared flow's bounded queue per chat (the runner's `sequentialize` queued without bound).
 */
function installMiddleware(
  bot: Bot,
  inFlight: InFlightWork,
  services: TelegramServices,
  onError: BotErrorHandler,
): void {
  bot.catch(onError);
  // Every update is tracked until handled, so that stop() waits for the answers in flight
  // (the runner's stop() ends polling but does not wait for the middleware it started).
  bot.use(ignoreDuplicateUpdates(), (_ctx, next) => inFlight.track(next()));
  const guarded = bot.errorBoundary(onError);
  guarded.use(commands(services), adminCommands(services), feedbackButtons(services));
  guarded.use(questionMessages(services), documentUploads(services), mediaHint());
}
