/** The Slack adapter's public surface, for the composition root (src/main.ts). */
export { createSlackApp, type SlackAdapter, type SlackAdapterConfig } from './create-slack-app.js';
export { SLACK_EVENTS_PATH } from './http-route.js';
