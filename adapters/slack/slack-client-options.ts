/**
 * How the bot's Slack clients reach Slack: the Web API address (SLACK_API_URL), a bound on
 * each call and on its retries, and the proxy (HTTPS_PROXY, NO_PROXY) when one applies.
 * @slack/web-api's default retries a call ten times over about half an hour, which held a
 * stopping bot and hid an unreachable Slack; here a call is tried at most three times within
 * seconds, and then its listener's error boundary apologises.
 */
import type { webApi } from '@slack/bolt';
import type { NetworkConfig } from '../../src/adapter-kit.js';
import { proxyDispatcherFor, proxyFetchFor } from '../../src/adapter-kit.js';

/** Where @slack/web-api sends calls unless SLACK_API_URL says otherwise. */
export const SLACK_API = 'https://slack.com/api/';

/** At most three attempts, 1-2 s and 2-4 s apart. */
export const SLACK_RETRY_POLICY = {
  retries: 2,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 4000,
  randomize: true,
} as const;

/** One attempt waits at most this long; Slack answers in well under a second. */
const CALL_TIMEOUT_MS = 15_000;

/** The options of the bot's Web API client (and of bolt's respond(), which uses its fetch). */
export function slackClientOptions(
  apiUrl: string | undefined,
  network: NetworkConfig,
): webApi.WebClientOptions {
  const fetch = proxyFetchFor(apiUrl ?? SLACK_API, network.proxy);
  return {
    slackApiUrl: apiUrl,
    retryConfig: { ...SLACK_RETRY_POLICY },
    timeout: CALL_TIMEOUT_MS,
    ...(fetch === undefined ? {} : { fetch }),
  };
}

/** The dispatcher Socket Mode opens its WebSocket (and its API calls) through, if proxied. */
export function socketModeDispatcher(apiUrl: string | undefined, network: NetworkConfig) {
  return proxyDispatcherFor(apiUrl ?? SLACK_API, network.proxy);
}
