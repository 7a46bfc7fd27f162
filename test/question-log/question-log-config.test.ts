import fs from 'node:fs/promises';
import path from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../../src/config.js';
import { configError } from '../support/config-error.js';

/** Telegram and Slack turned on: each platform reads its own digest destination. */
const PLATFORMS = {
  TELEGRAM_BOT_TOKEN: '123456:digest-test-token',
  SLACK_BOT_TOKEN: 'xoxb-digest-test-token',
  SLACK_SIGNING_SECRET: 'digest-test-signing-secret',
};

describe('the question log and digest settings', () => {
  it('keep 180 days, hash with a salt kept in DATA_DIR and send no digest, when unset', () => {
    const config = loadConfig(PLATFORMS);
    expect(config.questionLog).toEqual({ retentionDays: 180, userSalt: undefined });
    expect(config.adapters.telegram?.digestChatId).toBeUndefined();
    expect(config.adapters.slack?.digestChannel).toBeUndefined();
  });

  it('read LOG_RETENTION_DAYS, LOG_USER_SALT and the digest destinations', () => {
    const config = loadConfig({
      ...PLATFORMS,
      LOG_RETENTION_DAYS: '30',
      LOG_USER_SALT: 'a-long-enough-salt-value',
      ADMIN_DIGEST_TELEGRAM_CHAT_ID: '-1001234567890',
      ADMIN_DIGEST_SLACK_CHANNEL: 'C0123456789',
    });
    expect(config.questionLog).toEqual({ retentionDays: 30, userSalt: 'a-long-enough-salt-value' });
    expect(config.adapters.telegram?.digestChatId).toBe('-1001234567890');
    expect(config.adapters.slack?.digestChannel).toBe('C0123456789');
    expect(secretsOf(config)).toContain('a-long-enough-salt-value');
  });

  it.each([
    ['LOG_RETENTION_DAYS', '0', 'LOG_RETENTION_DAYS must be at least 1'],
    [
      'LOG_RETENTION_DAYS',
      'half a year',
      'LOG_RETENTION_DAYS must be a whole number from 1 to 3650',
    ],
    ['LOG_USER_SALT', 'short', 'make one with: openssl rand -hex 32'],
    ['ADMIN_DIGEST_TELEGRAM_CHAT_ID', 'admins', 'must be a numeric chat id such as -1001234567890'],
    ['ADMIN_DIGEST_SLACK_CHANNEL', '#kb-admins', 'must be a channel id such as C0123456789'],
  ])('name %s and the fix when it is %j', (variable, value, fix) => {
    const error = configError({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(fix);
    expect(error.message).toContain('Fix it in .env or the environment.');
  });

  it.each([['@assoc_admins'], ['123456789']])('accept the Telegram chat %s', (chat) => {
    const config = loadConfig({ ...PLATFORMS, ADMIN_DIGEST_TELEGRAM_CHAT_ID: chat });
    expect(config.adapters.telegram?.digestChatId).toBe(chat);
  });

  it('are listed in .env.example, whose values load as they stand', async () => {
    const example = await fs.readFile(
      path.resolve(import.meta.dirname, '../../.env.example'),
      'utf8',
    );
    for (const variable of [
      'LOG_RETENTION_DAYS',
      'LOG_USER_SALT',
      'ADMIN_DIGEST_TELEGRAM_CHAT_ID',
      'ADMIN_DIGEST_SLACK_CHANNEL',
    ])
      expect(example).toMatch(new RegExp(`^${variable}=`, 'm'));
    expect(loadConfig(dotenv.parse(example)).questionLog.retentionDays).toBe(180);
  });
});
