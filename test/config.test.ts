import { describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../src/config.js';
import { configError } from './support/config-error.js';

describe('configuration', () => {
  it('works with no variables at all: offline, console only', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      openai: null,
      adapters: { telegram: null, slack: null },
      limits: { maxQuestionChars: 1000 },
    });
    expect(config.knowledgeDir).toMatch(/knowledge$/);
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('names the variable and the fix when a value is wrong', () => {
    expect(configError({ PORT: 'eighty' })).toMatchObject({
      variable: 'PORT',
      message: expect.stringContaining('PORT must be a whole number from 0 to 65535'),
    });
    expect(configError({ LOG_LEVEL: 'loud' }).variable).toBe('LOG_LEVEL');
    expect(configError({ OPENAI_BASE_URL: 'localhost:11434' }).message).toContain(
      'OPENAI_BASE_URL must be a full http(s) URL',
    );
    expect(configError({ OPENAI_CHAT_MODEL: 'qwen2.5' }).message).toContain(
      'Set OPENAI_API_KEY for OpenAI, or OPENAI_BASE_URL for a local OpenAI-compatible server',
    );
    expect(
      configError({
        TELEGRAM_BOT_TOKEN: '123:abc',
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram',
      }).variable,
    ).toBe('TELEGRAM_WEBHOOK_SECRET');
    expect(configError({ SLACK_BOT_TOKEN: 'xoxb-1' }).message).toContain(
      'SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP events)',
    );
  });

  it('accepts a local model server without a key', () => {
    const config = loadConfig({
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      OPENAI_CHAT_MODEL: 'qwen2.5:7b',
    });
    expect(config.openai).toMatchObject({
      baseUrl: 'http://127.0.0.1:11434/v1',
      chatModel: 'qwen2.5:7b',
      embeddingModel: undefined,
    });
  });

  it('lists every secret so that logs can scrub them', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: '123456:secret-token',
      SLACK_BOT_TOKEN: 'xoxb-slack-secret',
      SLACK_SIGNING_SECRET: 'signing-secret',
      OPENAI_API_KEY: 'sk-test-key',
      OPENAI_CHAT_MODEL: 'gpt',
    });
    expect(secretsOf(config).sort()).toEqual([
      '123456:secret-token',
      'signing-secret',
      'sk-test-key',
      'xoxb-slack-secret',
    ]);
  });
});
