/**
 * Connecting the bot to Telegram and letting go of it: long polling with @grammyjs/runner by
 * default, or a webhook registered with setWebhook when TELEGRAM_WEBHOOK_URL is set (the
 * composition root serves the route). Telegram is reached within CONNECT_TIMEOUT_SECONDS or
 * start-up fails naming what to fix (grammY's own getMe retried forever, in silence).
 * Stopping ends polling, or the attempts to reach Telegram, then waits for the answers in
 * flight to be sent.
 */
import { type RunnerHandle, run } from '@grammyjs/runner';
import { type Bot, GrammyError, HttpError } from 'grammy';
import type { Update } from 'grammy/types';
import type { InFlightWork, Logger, NetworkConfig } from '../../src/adapter-kit.js';
import { ConfigError, errorMessage, reachPlatform } from '../../src/adapter-kit.js';
import { registerCommandMenus } from './command-menus.js';
import type { TelegramSettings } from './telegram-adapter.js';
import { TELEGRAM_API } from './telegram-api.js';

type GrammySignal = Parameters<Bot['api']['getMe']>[0];

/** The updates the bot handles; Telegram does not send the others. */
export const ALLOWED_UPDATES = [
  'message',
  'callback_query',
] as const satisfies readonly (keyof Update)[];

export class TelegramConnection {
  private runner: RunnerHandle | undefined;
  private menus: Promise<void> = Promise.resolve();
  private readonly stopping = new AbortController();

  constructor(
    private readonly bot: Bot,
    private readonly config: TelegramSettings & { network: NetworkConfig },
    private readonly inFlight: InFlightWork,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.identify();
    // In the background: a slow or failing menu must not delay or stop answering.
    this.menus = registerCommandMenus(this.bot.api, this.config.adminIds, this.logger);
    if (this.config.webhookUrl === undefined) await this.startPolling();
    else await this.registerWebhook(this.config.webhookUrl);
  }

  async stop(): Promise<void> {
    this.stopping.abort(new Error('the Telegram bot is stopping'));
    await this.runner?.stop();
    this.runner = undefined;
    await this.inFlight.settled();
    await this.menus;
    this.logger.info('Telegram bot stopped');
  }

  /** getMe, with a fix for the commonest mistake: a wrong or revoked token. */
  private async identify(): Promise<void> {
    try {
      // grammY types its signal as the abort-controller polyfill's; it only listens to it.
      const getMe = (signal: AbortSignal) => this.bot.api.getMe(signal as GrammySignal);
      this.bot.botInfo = await reachPlatform(getMe, {
        platform: 'Telegram',
        address: this.config.apiRoot ?? TELEGRAM_API,
        variable: this.config.apiRoot === undefined ? 'HTTPS_PROXY' : 'TELEGRAM_API_ROOT',
        network: this.config.network,
        signal: this.stopping.signal,
        logger: this.logger,
        isTransient,
        describe: (error) => this.describe(error),
      });
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 401) {
        throw new ConfigError(
          'TELEGRAM_BOT_TOKEN',
          'Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized). Copy the token again from @BotFather (/mybots → API Token).',
        );
      }
      throw error;
    }
  }

  private async startPolling(): Promise<void> {
    // getUpdates fails while a webhook is set; keep pending updates so no question is lost.
    await this.bot.api.deleteWebhook({ drop_pending_updates: false });
    if (this.stopping.signal.aborted) return;
    this.runner = run(this.bot, {
      runner: { silent: true, fetch: { allowed_updates: ALLOWED_UPDATES } },
    });
    this.runner.task()?.catch((error: unknown) => this.reportPollingStopped(error));
    this.logger.info(
      { username: this.bot.botInfo.username, mode: 'long polling' },
      'Telegram bot started',
    );
  }

  private async registerWebhook(url: string): Promise<void> {
    await this.bot.api.setWebhook(url, {
      secret_token: this.config.webhookSecret,
      allowed_updates: ALLOWED_UPDATES,
    });
    this.logger.info(
      { username: this.bot.botInfo.username, mode: 'webhook', path: new URL(url).pathname },
      'Telegram bot started',
    );
  }

  /** A failure in words; grammY's network errors hold the request URL, and so the token. */
  private describe(error: unknown): string {
    const cause = error instanceof HttpError ? `: ${errorMessage(error.error)}` : '';
    return `${errorMessage(error)}${cause}`.replaceAll(this.config.token, '[redacted]');
  }

  private reportPollingStopped(error: unknown): void {
    const hint =
      'A 409 means another instance polls with the same token; a 401 means the token was revoked.';
    this.logger.error(
      { reason: errorMessage(error).replaceAll(this.config.token, '[redacted]') },
      `Telegram long polling stopped. ${hint}`,
    );
  }
}

/** No connection, no answer in time, or Telegram's own trouble (5xx, 429): worth another try. */
function isTransient(error: unknown): boolean {
  if (error instanceof HttpError) return true;
  return error instanceof GrammyError && (error.error_code >= 500 || error.error_code === 429);
}
