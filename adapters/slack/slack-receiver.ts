/**
 * How Slack reaches the bot: Socket Mode when SLACK_APP_TOKEN is set (an outgoing WebSocket,
 * no public URL needed), otherwise HTTP events signed with SLACK_SIGNING_SECRET.
 */
import { type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { SLACK_EVENTS_PATH } from './http-route.js';

export type SlackReceiver =
  | { mode: 'socket'; receiver: SocketModeReceiver }
  | { mode: 'http'; receiver: HTTPReceiver };

export function createReceiver(config: SlackConfig, logger: BoltLogger): SlackReceiver {
  if (config.appToken !== undefined)
    return { mode: 'socket', receiver: socketModeReceiver(config.appToken, config.apiUrl, logger) };
  if (config.signingSecret === undefined) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      'Invalid configuration: the Slack adapter needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP events). Copy one from your Slack app settings (Basic Information).',
    );
  }
  return {
    mode: 'http',
    receiver: new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      logger,
    }),
  };
}

function socketModeReceiver(
  appToken: string,
  apiUrl: string | undefined,
  logger: BoltLogger,
): SocketModeReceiver {
  // The Socket Mode client opens its connection through the Web API (apps.connections.open).
  return new SocketModeReceiver({
    appToken,
    logger,
    installerOptions: { clientOptions: { slackApiUrl: apiUrl } },
  });
}
