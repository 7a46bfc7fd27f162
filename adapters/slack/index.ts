/**
 * The Slack adapter's public surface, for the tests that drive it directly; src/main.ts
 * reaches it through the table in adapters/index.ts.
 */
export { createSlackApp, type SlackAdapter, type SlackAdapterConfig } from './create-slack-app.js';
export { SLACK_EVENTS_PATH } from './http-route.js';
