/** The Lark adapter's variables, as its folder declares them and src/config.ts reads them. */
import { describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../../src/config.js';
import { captureLogs } from '../support/capture-logs.js';
import { configError } from '../support/config-error.js';

const APP = { LARK_APP_ID: 'cli_a1b2c3d4e5f60718', LARK_APP_SECRET: 'lark-app-secret-value' };

describe('Lark configuration', () => {
  it('is off without LARK_APP_ID', () => {
    expect(loadConfig({}).adapters.lark).toBeNull();
  });

  it('defaults to the long connection to Feishu, with no admins', () => {
    expect(loadConfig(APP).adapters.lark).toEqual({
      appId: 'cli_a1b2c3d4e5f60718',
      appSecret: 'lark-app-secret-value',
      verificationToken: undefined,
      encryptKey: undefined,
      domain: 'https://open.feishu.cn',
      mode: 'websocket',
      adminOpenIds: [],
    });
  });

  it.each([
    ['feishu', 'https://open.feishu.cn'],
    ['Lark', 'https://open.larksuite.com'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
  ])('reads LARK_DOMAIN=%s as %s', (domain, baseUrl) => {
    expect(loadConfig({ ...APP, LARK_DOMAIN: domain }).adapters.lark?.domain).toBe(baseUrl);
  });

  it('takes HTTP mode with its verification token and encrypt key, and admins by open id', () => {
    const lark = loadConfig({
      ...APP,
      LARK_MODE: 'HTTP',
      LARK_VERIFICATION_TOKEN: 'verification-token',
      LARK_ENCRYPT_KEY: 'encrypt-key-value',
      LARK_ADMIN_OPEN_IDS: 'ou_one, ou_two',
    }).adapters.lark;
    expect(lark).toMatchObject({
      mode: 'http',
      verificationToken: 'verification-token',
      encryptKey: 'encrypt-key-value',
      adminOpenIds: ['ou_one', 'ou_two'],
    });
  });

  it.each([
    [{ LARK_APP_ID: 'a1b2c3' }, 'LARK_APP_ID', 'Credentials & Basic Info'],
    [{ LARK_APP_ID: APP.LARK_APP_ID }, 'LARK_APP_SECRET', 'Copy the App Secret'],
    [
      { ...APP, LARK_DOMAIN: 'open.feishu.cn' },
      'LARK_DOMAIN',
      'feishu (open.feishu.cn, mainland China)',
    ],
    [{ ...APP, LARK_MODE: 'webhook' }, 'LARK_MODE', 'LARK_MODE must be one of websocket, http'],
    [{ ...APP, LARK_MODE: 'http' }, 'LARK_VERIFICATION_TOKEN', 'Events & Callbacks'],
    [
      { ...APP, LARK_ADMIN_OPEN_IDS: '@alice' },
      'LARK_ADMIN_OPEN_IDS',
      'sending /status to the bot',
    ],
  ])('refuses %o naming %s and the fix', (environment, variable, fix) => {
    const error = configError(environment);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(fix);
  });

  it('lists its secrets, so that the logger scrubs them', () => {
    const config = loadConfig({
      ...APP,
      LARK_VERIFICATION_TOKEN: 'verification-token',
      LARK_ENCRYPT_KEY: 'encrypt-key-value',
    });
    expect(secretsOf(config).sort()).toEqual([
      'encrypt-key-value',
      'lark-app-secret-value',
      'verification-token',
    ]);
  });

  it('has its secret fields and signature header redacted from any log line', () => {
    const { logger, text } = captureLogs();
    logger.info(
      {
        settings: { appSecret: 'secret-1', encryptKey: 'secret-2', verificationToken: 'secret-3' },
        request: { headers: { 'x-lark-signature': 'secret-4' } },
      },
      'starting',
    );
    for (const secret of ['secret-1', 'secret-2', 'secret-3', 'secret-4'])
      expect(text()).not.toContain(secret);
  });
});
