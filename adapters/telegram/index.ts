/**
 * The Telegram adapter's public surface, for the tests that drive it directly; src/main.ts
 * reaches it through the table in adapters/index.ts.
 */
export {
  createTelegramBot,
  type TelegramAdapter,
  type TelegramAdapterConfig,
} from './create-telegram-bot.js';
