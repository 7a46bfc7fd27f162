/**
 * Connecting the bot to Telegram and letting go of it: long polling with @grammyjs/runner by
 * default, or a webhook registered with setWebhook when TELEGRAM_WEBHOOK_URL is set (the
 * composition root serves the route). Stopping ends polling, then waits for the answers in
 * flight to be sent.
 */
import { type RunnerHandle, run } from '@grammyjs/runner';
import { type Bot, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import type { TelegramConfig } from '../../src/config.js';
import { ConfigError, errorMessage } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { InFlightWork } from '../../src/util/in-flight-work.js';
import { registerCommandMenus } from './command-menus.js';

/** The updates the bot handles; Telegram does not send the others. */
export const ALLOWED_UPDATES = [
  'message',
  'callback_query',
] as const satisfies readonly (keyof Update)[];

export class TelegramConnection {
  private runner: RunnerHandle | undefined;
  private menus: Promise<void> = Promise.resolve();

  constructor(
    private readonly bot: Bot,
    private readonly config: TelegramConfig,
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
    await this.runner?.stop();
    this.runner = undefined;
    await this.inFlight.settled();
    await this.menus;
    this.logger.info('Telegram bot stopped');
  }

  /** getMe, with a fix for the commonest mistake: a wrong or revoked token. */
  private async identify(): Promise<void> {
    try {
      await this.bot.init();
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

  private reportPollingStopped(error: unknown): void {
    const hint =
      'A 409 means another instance polls with the same token; a 401 means the token was revoked.';
    this.logger.error(
      { reason: errorMessage(error).replaceAll(this.config.token, '[redacted]') },
      `Telegram long polling stopped. ${hint}`,
    );
  }
}
