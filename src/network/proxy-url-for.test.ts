import { describe, expect, it } from 'vitest';
import { proxyUrlFor } from './proxy-url-for.js';

const HTTPS = 'http://proxy.local:7890';
const HTTP = 'http://plain-proxy.local:3128';

describe('proxyUrlFor', () => {
  it.each([
    // target, HTTPS_PROXY, HTTP_PROXY, NO_PROXY, expected
    ['https://api.telegram.org', HTTPS, HTTP, undefined, HTTPS],
    ['https://api.telegram.org', undefined, HTTP, undefined, HTTP],
    ['http://127.0.0.1:8081', HTTPS, HTTP, undefined, HTTP],
    ['http://127.0.0.1:8081', HTTPS, undefined, undefined, undefined],
    ['https://slack.com/api/', undefined, undefined, undefined, undefined],
    ['https://api.telegram.org', HTTPS, HTTP, '*', undefined],
    ['https://api.openai.com/v1', HTTPS, HTTP, 'localhost, openai.com', undefined],
    ['https://api.openai.com/v1', HTTPS, HTTP, '.openai.com', undefined],
    ['https://api.openai.com/v1', HTTPS, HTTP, '*.openai.com', undefined],
    ['https://notopenai.com/v1', HTTPS, HTTP, 'openai.com', HTTPS],
    ['http://127.0.0.1:11434/v1', HTTPS, HTTP, '127.0.0.1:11434', undefined],
    ['http://127.0.0.1:8081', HTTPS, HTTP, '127.0.0.1:11434', HTTP],
    ['https://slack.com/api/', HTTPS, HTTP, 'slack.com:443', undefined],
    ['http://[::1]:8080/', HTTPS, HTTP, '::1', undefined],
    ['https://API.Telegram.org', HTTPS, HTTP, 'api.telegram.ORG', undefined],
  ])(
    '%s with HTTPS_PROXY=%s, HTTP_PROXY=%s, NO_PROXY=%s goes through %s',
    (target, httpsProxy, httpProxy, noProxy, expected) => {
      expect(proxyUrlFor(target, { httpsProxy, httpProxy, noProxy })).toBe(expected);
    },
  );
});
