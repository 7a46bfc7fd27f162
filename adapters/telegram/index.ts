/** The Telegram adapter's public surface, used by the composition root (src/main.ts). */
export {
  createTelegramBot,
  type TelegramAdapter,
  type TelegramAdapterConfig,
} from './create-telegram-bot.js';
