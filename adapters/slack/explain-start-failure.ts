/**
 * Turns Slack's refusal of a token at start-up into a ConfigError that names the variable
 * and the fix; other failures (network, Slack down) pass through unchanged.
 */
import { ConfigError } from '../../src/adapter-kit.js';

const REJECTED_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

const FIXES = {
  SLACK_BOT_TOKEN:
    'Copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions in your Slack app settings.',
  SLACK_APP_TOKEN:
    'Create an app-level token (xapp-…) with the connections:write scope under Basic Information, and enable Socket Mode.',
} as const;

export function explainStartFailure(error: unknown, variable: keyof typeof FIXES): unknown {
  const slackError = (error as { data?: { error?: unknown } } | null)?.data?.error;
  if (typeof slackError !== 'string' || !REJECTED_TOKEN.has(slackError)) return error;
  return new ConfigError(
    variable,
    `Slack rejected ${variable} (${slackError}). ${FIXES[variable]}`,
  );
}
