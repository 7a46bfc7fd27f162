/**
 * The Telegram adapter: a grammY bot that turns updates into engine calls and answers into
 * messages. Mirrors `createSlackApp` in adapters/slack; the composition root serves `routes`
 * (the webhook, in webhook mode) and calls `start()` and `stop()`.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Context } from 'grammy';
import type { LimitsConfig, TelegramConfig } from '../../src/config.js';
import type { Engine } from '../../src/engine/answer-types.js';
import { ConversationMemory } from '../../src/engine/conversation-memory.js';
import { QuestionRateLimiter } from '../../src/engine/rate-limiter.js';
import type { ChatAdapter } from '../../src/http/chat-adapter.js';
import type { Logger } from '../../src/logger.js';
import { InFlightWork } from '../../src/util/in-flight-work.js';
import { adminCommands } from './admin-commands.js';
import type { BotDependencies } from './bot-dependencies.js';
import { commands } from './commands.js';
import { feedbackButtons } from './feedback-buttons.js';
import { type BotErrorHandler, handleBotError } from './handle-bot-error.js';
import { ignoreDuplicateUpdates } from './ignore-duplicate-updates.js';
import { logPollingFailures } from './log-polling-failures.js';
import { mediaHint } from './media-hint.js';
import { questionMessages } from './question-messages.js';
import { TelegramConnection } from './telegram-connection.js';
import { webhookRoute } from './webhook-route.js';

export interface TelegramAdapterConfig extends TelegramConfig {
  limits: LimitsConfig;
}

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
  const bot = new Bot(
    config.token,
    config.apiRoot === undefined ? {} : { client: { apiRoot: config.apiRoot } },
  );
  bot.api.config.use(autoRetry(RETRY_OPTIONS), logPollingFailures(logger));
  const inFlight = new InFlightWork();
  installMiddleware(
    bot,
    inFlight,
    dependenciesFor(engine, config, logger),
    handleBotError(config.token, logger),
  );
  const connection = new TelegramConnection(bot, config, inFlight, logger);
  return {
    name: 'telegram',
    bot,
    routes:
      config.webhookUrl === undefined
        ? []
        : [webhookRoute(bot, config.webhookUrl, config.webhookSecret)],
    start: () => connection.start(),
    stop: () => connection.stop(),
  };
}

function dependenciesFor(
  engine: Engine,
  config: TelegramAdapterConfig,
  logger: Logger,
): BotDependencies {
  return {
    engine,
    memory: new ConversationMemory(),
    limiter: new QuestionRateLimiter(config.limits),
    adminIds: new Set(config.adminIds),
    logger,
  };
}

/**
 * Order matters: duplicates are dropped first, commands win over questions, media come last.
 * The error handler is installed twice on purpose: `bot.catch` only sees errors of the
 * runner's updates, while grammY's webhook callback and `handleUpdate` rethrow; the error
 * boundary around every handler catches them in all three, with the same handler.
 */
function installMiddleware(
  bot: Bot,
  inFlight: InFlightWork,
  dependencies: BotDependencies,
  onError: BotErrorHandler,
): void {
  bot.catch(onError);
  // Every update is tracked until handled, so that stop() waits for the answers in flight
  // (the runner's stop() ends polling but does not wait for the middleware it started).
  bot.use(ignoreDuplicateUpdates(), (_ctx, next) => inFlight.track(next()));
  const guarded = bot.errorBoundary(onError);
  // The runner handles updates concurrently; one user's messages in one chat stay in order,
  // so that a follow-up sees the answer before it.
  guarded.use(sequentialize(senderInChat));
  guarded.use(commands(dependencies), adminCommands(dependencies), feedbackButtons(dependencies));
  guarded.use(questionMessages(dependencies), mediaHint());
}

function senderInChat(ctx: Context): string | undefined {
  return ctx.chat === undefined ? undefined : `${ctx.chat.id}:${ctx.from?.id ?? ''}`;
}
