/**
 * The Telegram platform as the table of adapters (adapters/index.ts) sees it: its variables,
 * which of them are secrets, the settings built from them, and how the bot is created.
 * grammY is loaded only when TELEGRAM_BOT_TOKEN is set.
 */
import { z } from 'zod';
import {
  ConfigError,
  defineAdapter,
  idList,
  optionalText,
  optionalUrl,
} from '../../src/adapter-kit.js';

/** The Telegram adapter's settings, from its variables. */
export interface TelegramSettings {
  token: string;
  apiRoot: string | undefined;
  adminIds: number[];
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  /** The chat the weekly digest goes to (ADMIN_DIGEST_TELEGRAM_CHAT_ID); none when unset. */
  digestChatId?: string | undefined;
}

const TELEGRAM_VARIABLES = z.object({
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: optionalUrl('TELEGRAM_API_ROOT'),
  TELEGRAM_ADMIN_IDS: idList,
  TELEGRAM_WEBHOOK_URL: optionalUrl('TELEGRAM_WEBHOOK_URL'),
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  ADMIN_DIGEST_TELEGRAM_CHAT_ID: optionalText.refine(
    (value) => value === undefined || /^(-?\d+|@\w{5,})$/.test(value),
    {
      message:
        'ADMIN_DIGEST_TELEGRAM_CHAT_ID must be a numeric chat id such as -1001234567890 (groups and channels are negative) or a channel @username',
    },
  ),
});

type TelegramVariables = z.infer<typeof TELEGRAM_VARIABLES>;

export const telegramAdapter = defineAdapter({
  name: 'telegram',
  variables: TELEGRAM_VARIABLES,
  enabledBy: 'TELEGRAM_BOT_TOKEN',
  secrets: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'],
  redact: { fields: ['webhookSecret'], headers: ['x-telegram-bot-api-secret-token'] },
  settings: telegramSettings,
  async create(engine, settings, { limits, logger, network, questionLog }) {
    const { createTelegramBot } = await import('./create-telegram-bot.js');
    return createTelegramBot(engine, { ...settings, limits, network, questionLog }, logger);
  },
});

function telegramSettings(variables: TelegramVariables): TelegramSettings {
  const token = variables.TELEGRAM_BOT_TOKEN ?? '';
  if (!/^\d+:[\w-]+$/.test(token)) {
    throw new ConfigError(
      'TELEGRAM_BOT_TOKEN',
      'Invalid configuration: TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters). Copy it again from @BotFather.',
    );
  }
  return {
    token,
    apiRoot: variables.TELEGRAM_API_ROOT?.replace(/\/+$/, ''),
    adminIds: telegramAdminIds(variables.TELEGRAM_ADMIN_IDS),
    webhookUrl: variables.TELEGRAM_WEBHOOK_URL,
    webhookSecret: telegramWebhookSecret(variables),
    digestChatId: variables.ADMIN_DIGEST_TELEGRAM_CHAT_ID,
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

function telegramWebhookSecret(variables: TelegramVariables): string | undefined {
  const secret = variables.TELEGRAM_WEBHOOK_SECRET;
  if (variables.TELEGRAM_WEBHOOK_URL !== undefined && secret === undefined) {
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
