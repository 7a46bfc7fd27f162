/**
 * Lark through a proxy (issue 10, item 3, for the third platform): the proxy the bot's
 * settings choose (HTTP_PROXY for the http:// stand-in, as HTTPS_PROXY for Feishu's https://
 * address) carries the SDK's API calls and the long connection's WebSocket, and NO_PROXY
 * exempts the hosts it names. A small proxy on 127.0.0.1 records every address it is asked to
 * reach; the WebSocket is handed an address on a second stand-in, so that its tunnel can be
 * told from the API's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkBot } from '../../adapters/lark/index.js';
import { captureLogs } from '../support/capture-logs.js';
import { type LocalProxy, startLocalProxy } from '../support/local-proxy.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { cardText } from './support/card-text.js';
import { messageEvent, messageIdOf } from './support/lark-events.js';
import { type LarkStandIn, startLarkStandIn } from './support/lark-stand-in.js';
import { larkTestConfig } from './support/lark-test-config.js';

let testEngine: TestEngine;
let api: LarkStandIn;
let socketEnd: LarkStandIn;
let proxy: LocalProxy;

beforeAll(async () => {
  [testEngine, api, socketEnd, proxy] = await Promise.all([
    createTestEngine(),
    startLarkStandIn(),
    startLarkStandIn(),
    startLocalProxy(),
  ]);
  api.longConnection.listenAt(`${socketEnd.domain.replace('http', 'ws')}/ws`);
});

afterAll(async () => {
  await Promise.all([api.close(), socketEnd.close(), proxy.close()]);
  await testEngine.cleanup();
});

function larkBot(noProxy?: string) {
  const network = {
    proxy: { httpsProxy: proxy.url, httpProxy: proxy.url, noProxy },
    connectTimeoutMs: 10_000,
  };
  const config = larkTestConfig(api.domain, { mode: 'websocket', network });
  return createLarkBot(testEngine.engine, config, captureLogs().logger);
}

const hostOf = (standIn: LarkStandIn) => new URL(standIn.domain).host;

describe('Lark through a proxy', () => {
  it('carries the API calls and the long connection, and a question is answered over them', async () => {
    const lark = larkBot();
    await lark.start();
    expect(proxy.targets).toContain(hostOf(api));
    expect(proxy.targets).toContain(hostOf(socketEnd));

    const question = messageEvent('Which companies signed in Luodian?');
    expect((await socketEnd.longConnection.send(question)).code).toBe(200);
    const reply = await api.waitFor(
      'message.reply',
      (call) => call.messageId === messageIdOf(question),
    );
    expect(cardText(reply)).toContain('DiaSorin');
    await lark.stop();
  });

  it('is bypassed for the hosts NO_PROXY names', async () => {
    proxy.targets.length = 0;
    const lark = larkBot('127.0.0.1');
    await lark.start();
    expect(proxy.targets).toEqual([]);
    expect(api.callsTo('bot.info').length).toBeGreaterThan(1);
    await lark.stop();
  });
});
