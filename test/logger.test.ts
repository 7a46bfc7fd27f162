import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('logs', () => {
  it('never print a token, wherever it appears', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({
      level: 'info',
      secrets: ['123456:AAE-secret-token'],
      destination,
    });
    logger.info({ config: { token: '123456:AAE-secret-token' } }, 'starting');
    logger.error(
      { reason: 'request to https://api.telegram.org/bot123456:AAE-secret-token/getMe failed' },
      'network error',
    );
    const output = lines.join('');
    expect(output).not.toContain('AAE-secret-token');
    expect(output).toContain('[redacted]');
    expect(output).toContain('network error');
  });
});
