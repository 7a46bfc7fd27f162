/**
 * Lark unreachable at start never hangs the bot (issue 10, item 3, for the third platform).
 * Start-up tries the Open Platform within CONNECT_TIMEOUT_SECONDS, logs the address it cannot
 * reach, and fails naming the variable to fix; the long connection, which the SDK would retry
 * without end, is held to the same bound. The real SDK client and WSClient, against a closed
 * port on 127.0.0.1 and a stand-in Open Platform that hands out a closed WebSocket address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkBot, type LarkAdapterConfig } from '../../adapters/lark/index.js';
import { PlatformUnreachableError } from '../../src/errors.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { closedPort } from '../support/silent-servers.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { waitUntil } from '../support/wait-until.js';
import { type LarkStandIn, startLarkStandIn } from './support/lark-stand-in.js';
import { larkTestConfig } from './support/lark-test-config.js';

const NO_PROXY = { httpsProxy: undefined, httpProxy: undefined, noProxy: undefined };

let testEngine: TestEngine;
let standIn: LarkStandIn;

beforeAll(async () => {
  [testEngine, standIn] = await Promise.all([createTestEngine(), startLarkStandIn()]);
});

afterAll(async () => {
  await standIn.close();
  await testEngine.cleanup();
});

/** A Lark adapter for `domain` that gives up after `seconds` of CONNECT_TIMEOUT_SECONDS. */
function larkBot(
  domain: string,
  options: { mode: LarkAdapterConfig['mode']; seconds: number; proxy?: string },
) {
  const logs = captureLogs();
  const proxy = { ...NO_PROXY, httpProxy: options.proxy };
  const network = { proxy, connectTimeoutMs: options.seconds * 1000 };
  const config = larkTestConfig(domain, { mode: options.mode, network });
  return { lark: createLarkBot(testEngine.engine, config, logs.logger), logs };
}

/** Whether a line says, with the address, that it cannot reach `platform` and is retrying. */
function cannotReach(logs: CapturedLogs, platform: string, address: string): boolean {
  const said = `Cannot reach ${platform} at ${address}; retrying`;
  return logs
    .records()
    .some((record) => record.level === 40 && String(record.msg).startsWith(said));
}

describe('Lark unreachable at start', () => {
  it.each(['http', 'websocket'] as const)(
    'in %s mode: a closed port is logged with its address, and start() fails naming LARK_DOMAIN',
    async (mode) => {
      const domain = `http://127.0.0.1:${await closedPort()}`;
      const { lark, logs } = larkBot(domain, { mode, seconds: 2 });

      const failure = await lark.start().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(PlatformUnreachableError);
      expect(failure).toMatchObject({ variable: 'LARK_DOMAIN', address: domain });
      expect((failure as Error).message).toMatch(
        new RegExp(
          `^Could not reach Lark at ${domain} \\(.*\\)\\. Check LARK_DOMAIN and the network`,
        ),
      );
      expect(cannotReach(logs, 'Lark', domain)).toBe(true);
      await lark.stop();
    },
  );

  it('through a proxy that is down: start() fails naming the proxy variable, not LARK_DOMAIN', async () => {
    const proxy = `http://127.0.0.1:${await closedPort()}`;
    const { lark } = larkBot(standIn.domain, { mode: 'websocket', seconds: 2, proxy });

    const failure = await lark.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformUnreachableError);
    expect(failure).toMatchObject({ variable: 'HTTP_PROXY' });
    expect((failure as Error).message).toContain(`through the proxy ${proxy}/`);
    expect((failure as Error).message).toContain('Check HTTP_PROXY: the proxy must be running');
    await lark.stop();
  });

  it('a long connection that never opens is given up within the bound, and start() fails naming LARK_DOMAIN', async () => {
    // The API answers; the WebSocket address it hands out has nothing listening.
    standIn.longConnection.listenAt(`ws://127.0.0.1:${await closedPort()}/ws`);
    const { lark, logs } = larkBot(standIn.domain, { mode: 'websocket', seconds: 2 });

    const failure = await lark.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformUnreachableError);
    expect(failure).toMatchObject({ variable: 'LARK_DOMAIN', address: standIn.domain });
    expect((failure as Error).message).toMatch(
      /^Could not reach Lark \(long connection\) at http:\/\/127\.0\.0\.1:\d+ .*Check LARK_DOMAIN/,
    );
    expect((failure as Error).message).toContain('last: the long connection did not open');
    expect(cannotReach(logs, 'Lark (long connection)', standIn.domain)).toBe(true);
    expect(standIn.callsTo('ws.endpoint').length).toBeGreaterThan(0);
    await lark.stop();
  });
});

describe('stop() while start() is still trying', () => {
  it.each(['http', 'websocket'] as const)(
    'in %s mode, with Lark unreachable: stop() returns and start() gives up',
    async (mode) => {
      const domain = `http://127.0.0.1:${await closedPort()}`;
      const { lark, logs } = larkBot(domain, { mode, seconds: 600 });
      const starting = lark.start().catch((error: unknown) => error);
      await logs.waitFor((record) => String(record.msg).startsWith('Cannot reach Lark at'));

      await lark.stop();
      expect(await starting).toMatchObject({ message: 'the Lark adapter is stopping' });
    },
  );

  it('while the long connection is not yet open: stop() returns and start() gives up', async () => {
    standIn.longConnection.listenAt(`ws://127.0.0.1:${await closedPort()}/ws`);
    const { lark, logs } = larkBot(standIn.domain, { mode: 'websocket', seconds: 600 });
    const asked = standIn.callsTo('ws.endpoint').length;
    const starting = lark.start().catch((error: unknown) => error);
    // The SDK has asked where to connect, and is trying the address it was given.
    await waitUntil(() => standIn.callsTo('ws.endpoint').length > asked, 'a request to connect');

    await lark.stop();
    expect(await starting).toMatchObject({ message: 'the Lark adapter is stopping' });
    expect(logs.records().some((record) => record.msg === 'Lark adapter stopped')).toBe(true);
  });
});
