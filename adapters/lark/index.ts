/** The Lark adapter's public surface, for tests; the composition root goes through lark-adapter.ts. */
export { createLarkBot, type LarkAdapter, type LarkAdapterConfig } from './create-lark-bot.js';
export { LARK_EVENTS_PATH } from './events-route.js';
export { type LarkSettings, larkAdapter } from './lark-adapter.js';
