/**
 * The Slack platform as the table of adapters (adapters/index.ts) sees it: its variables,
 * which of them are secrets, the settings built from them, and how the app is created.
 * Bolt is loaded only when SLACK_BOT_TOKEN is set.
 */
import { z } from 'zod';
import {
  ConfigError,
  defineAdapter,
  idList,
  optionalText,
  optionalUrl,
} from '../../src/adapter-kit.js';

/** The Slack adapter's settings, from its variables. */
export interface SlackSettings {
  botToken: string;
  appToken: string | undefined;
  signingSecret: string | undefined;
  apiUrl: string | undefined;
  adminUserIds: string[];
  /** The channel the weekly digest goes to (ADMIN_DIGEST_SLACK_CHANNEL); none when unset. */
  digestChannel?: string | undefined;
}

const SLACK_VARIABLES = z.object({
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalUrl('SLACK_API_URL'),
  SLACK_ADMIN_USER_IDS: idList,
  ADMIN_DIGEST_SLACK_CHANNEL: optionalText.refine(
    (value) => value === undefined || /^[CGD][A-Z0-9]{6,}$/.test(value),
    {
      message:
        "ADMIN_DIGEST_SLACK_CHANNEL must be a channel id such as C0123456789 (in Slack: the channel's name → About → Channel ID)",
    },
  ),
});

type SlackVariables = z.infer<typeof SLACK_VARIABLES>;

export const slackAdapter = defineAdapter({
  name: 'slack',
  variables: SLACK_VARIABLES,
  enabledBy: 'SLACK_BOT_TOKEN',
  secrets: ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'],
  redact: { fields: ['botToken', 'appToken', 'signingSecret'], headers: ['x-slack-signature'] },
  settings: slackSettings,
  async create(engine, settings, { limits, logger, network, questionLog }) {
    const { createSlackApp } = await import('./create-slack-app.js');
    return createSlackApp(engine, { ...settings, limits, network, questionLog }, logger);
  },
});

function slackSettings(variables: SlackVariables): SlackSettings {
  const botToken = variables.SLACK_BOT_TOKEN ?? '';
  if (!botToken.startsWith('xoxb-')) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN',
      'Invalid configuration: SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-…) from OAuth & Permissions; an xapp- token belongs in SLACK_APP_TOKEN.',
    );
  }
  return {
    botToken,
    appToken: slackAppToken(variables),
    signingSecret: variables.SLACK_SIGNING_SECRET,
    apiUrl: variables.SLACK_API_URL?.replace(/\/*$/, '/'),
    adminUserIds: variables.SLACK_ADMIN_USER_IDS,
    digestChannel: variables.ADMIN_DIGEST_SLACK_CHANNEL,
  };
}

function slackAppToken(variables: SlackVariables): string | undefined {
  const appToken = variables.SLACK_APP_TOKEN;
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    throw new ConfigError(
      'SLACK_APP_TOKEN',
      'Invalid configuration: SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write scope, from Basic Information → App-Level Tokens.',
    );
  }
  if (appToken === undefined && variables.SLACK_SIGNING_SECRET === undefined) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      'Invalid configuration: SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP events) is. Copy one from your Slack app settings (Basic Information).',
    );
  }
  return appToken;
}
