/**
 * The Feishu/Lark platform as the table of adapters (adapters/index.ts) sees it: its
 * variables, which of them are secrets, the settings built from them, and how the bot is
 * created. The Lark SDK is loaded only when LARK_APP_ID is set.
 */
import { z } from 'zod';
import {
  ConfigError,
  choiceWithDefault,
  defineAdapter,
  idList,
  optionalText,
} from '../../src/adapter-kit.js';

/** How Lark delivers events: the SDK's long connection (no public URL) or HTTP requests. */
export const LARK_MODES = ['websocket', 'http'] as const;
export type LarkMode = (typeof LARK_MODES)[number];

/** The Open Platform's address for each named domain. */
export const LARK_DOMAINS = {
  feishu: 'https://open.feishu.cn',
  lark: 'https://open.larksuite.com',
} as const;

/** The Lark adapter's settings, from its variables. */
export interface LarkSettings {
  appId: string;
  appSecret: string;
  /** Checked against the token in every HTTP event; required in HTTP mode. */
  verificationToken: string | undefined;
  /** Decrypts events and checks their signature, when set in the developer console. */
  encryptKey: string | undefined;
  /** The Open Platform's base URL (Feishu's, Lark's, or a stand-in in tests). */
  domain: string;
  mode: LarkMode;
  /** Open ids (ou_…) of the users allowed to run the admin commands (/reload, /docs…). */
  adminOpenIds: string[];
}

const LARK_VARIABLES = z.object({
  LARK_APP_ID: optionalText,
  LARK_APP_SECRET: optionalText,
  LARK_VERIFICATION_TOKEN: optionalText,
  LARK_ENCRYPT_KEY: optionalText,
  LARK_DOMAIN: optionalText,
  LARK_MODE: choiceWithDefault(LARK_MODES, 'websocket'),
  LARK_ADMIN_OPEN_IDS: idList,
});

type LarkVariables = z.infer<typeof LARK_VARIABLES>;

export const larkAdapter = defineAdapter({
  name: 'lark',
  variables: LARK_VARIABLES,
  enabledBy: 'LARK_APP_ID',
  secrets: ['LARK_APP_SECRET', 'LARK_VERIFICATION_TOKEN', 'LARK_ENCRYPT_KEY'],
  redact: {
    fields: ['appSecret', 'app_secret', 'verificationToken', 'encryptKey'],
    headers: ['x-lark-signature'],
  },
  settings: larkSettings,
  async create(engine, settings, { limits, logger, network, questionLog }) {
    const { createLarkBot } = await import('./create-lark-bot.js');
    return createLarkBot(engine, { ...settings, limits, network, questionLog }, logger);
  },
});

function larkSettings(variables: LarkVariables): LarkSettings {
  return {
    appId: larkAppId(variables.LARK_APP_ID ?? ''),
    appSecret: required(variables.LARK_APP_SECRET, 'LARK_APP_SECRET'),
    verificationToken: verificationToken(variables),
    encryptKey: variables.LARK_ENCRYPT_KEY,
    domain: larkDomain(variables.LARK_DOMAIN),
    mode: variables.LARK_MODE,
    adminOpenIds: adminOpenIds(variables.LARK_ADMIN_OPEN_IDS),
  };
}

/** The SDK's long connection accepts only ids of this shape, and refuses silently otherwise. */
function larkAppId(appId: string): string {
  if (/^cli_[0-9a-f]{16}$/i.test(appId)) return appId;
  throw new ConfigError(
    'LARK_APP_ID',
    `Invalid configuration: LARK_APP_ID must be the App ID shown under Credentials & Basic Info in the Feishu/Lark developer console ("cli_" and 16 hexadecimal characters), got '${appId}'.`,
  );
}

function required(value: string | undefined, variable: 'LARK_APP_SECRET'): string {
  if (value !== undefined) return value;
  throw new ConfigError(
    variable,
    `Invalid configuration: ${variable} is required with LARK_APP_ID. Copy the App Secret from Credentials & Basic Info in the developer console.`,
  );
}

function verificationToken(variables: LarkVariables): string | undefined {
  const token = variables.LARK_VERIFICATION_TOKEN;
  if (variables.LARK_MODE === 'http' && token === undefined) {
    throw new ConfigError(
      'LARK_VERIFICATION_TOKEN',
      'Invalid configuration: LARK_VERIFICATION_TOKEN is required when LARK_MODE is http, so that only Lark can post events. Copy it from Events & Callbacks → Encryption Strategy in the developer console.',
    );
  }
  return token;
}

function larkDomain(domain: string | undefined): string {
  const name = (domain ?? 'feishu').toLowerCase();
  if (name === 'feishu' || name === 'lark') return LARK_DOMAINS[name];
  if (domain !== undefined && /^https?:\/\//i.test(domain) && URL.canParse(domain))
    return domain.replace(/\/+$/, '');
  throw new ConfigError(
    'LARK_DOMAIN',
    `Invalid configuration: LARK_DOMAIN must be feishu (open.feishu.cn, mainland China), lark (open.larksuite.com, elsewhere) or a full http(s) URL, got '${domain}'.`,
  );
}

function adminOpenIds(ids: string[]): string[] {
  const bad = ids.find((id) => !id.startsWith('ou_'));
  if (bad === undefined) return ids;
  throw new ConfigError(
    'LARK_ADMIN_OPEN_IDS',
    `Invalid configuration: LARK_ADMIN_OPEN_IDS must be open ids (ou_…), got '${bad}'. A user finds theirs by sending /status to the bot.`,
  );
}
