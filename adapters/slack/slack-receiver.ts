/**
 * How Slack reaches the bot: Socket Mode when SLACK_APP_TOKEN is set (an outgoing WebSocket,
 * no public URL needed), otherwise HTTP events signed with SLACK_SIGNING_SECRET.
 */
import { type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { NetworkConfig } from '../../src/adapter-kit.js';
import { ConfigError } from '../../src/adapter-kit.js';
import { SLACK_EVENTS_PATH } from './http-route.js';
import type { SlackSettings } from './slack-adapter.js';
import { socketModeDispatcher } from './slack-client-options.js';

export type SlackReceiver =
  | { mode: 'socket'; receiver: SocketModeReceiver }
  | { mode: 'http'; receiver: HTTPReceiver };

export function createReceiver(
  config: SlackSettings & { network: NetworkConfig },
  logger: BoltLogger,
): SlackReceiver {
  if (config.appToken !== undefined)
    return { mode: 'socket', receiver: socketModeReceiver(config, config.appToken, logger) };
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
  config: SlackSettings & { network: NetworkConfig },
  appToken: string,
  logger: BoltLogger,
): SocketModeReceiver {
  // The Socket Mode client opens its connection through the Web API (apps.connections.open),
  // and both go through the proxy when one applies.
  const dispatcher = socketModeDispatcher(config.apiUrl, config.network);
  return new SocketModeReceiver({
    appToken,
    logger,
    ...(dispatcher === undefined ? {} : { dispatcher }),
    installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
  });
}
