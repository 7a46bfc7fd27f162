/**
 * The table of chat platforms: one line per folder under adapters/. src/config.ts reads each
 * platform's variables through it, src/logger.ts redacts its secrets, and src/main.ts runs
 * the ones whose variables are set. Adding a platform is its folder plus one line here.
 */
export { larkAdapter } from './lark/lark-adapter.js';
export { slackAdapter } from './slack/slack-adapter.js';
export { telegramAdapter } from './telegram/telegram-adapter.js';
