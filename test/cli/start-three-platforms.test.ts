/**
 * `npm start` with Telegram (long polling), Slack (HTTP events) and Feishu/Lark (the long
 * connection) in one process: each platform answers, /healthz is served on PORT, and SIGTERM
 * stops all three cleanly. Real processes, stand-in platform servers on 127.0.0.1.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../lark/support/card-text.js';
import { messageEvent, messageIdOf } from '../lark/support/lark-events.js';
import {
  APP_ID,
  APP_SECRET,
  type LarkStandIn,
  startLarkStandIn,
  TENANT_TOKEN,
} from '../lark/support/lark-stand-in.js';
import { postEvent } from '../slack/support/signed-request.js';
import { mentionEvent } from '../slack/support/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../slack/support/slack-stand-in.js';
import { makeTempDir, REPOSITORY_KNOWLEDGE } from '../support/test-engine.js';
import { FakeBotApiServer } from '../telegram/support/fake-bot-api-server.js';
import { privateChat, textUpdate, USER } from '../telegram/support/telegram-updates.js';
import { type BotProcess, startBotProcess, waitForHealth } from './support/bot-process.js';

const TELEGRAM_TOKEN = '123456:three-platforms-token';
const SIGNING_SECRET = 'three-platforms-signing-secret';
/** A bot process starts by building or loading its snapshot: slow on a busy CI machine. */
const START_TIMEOUT = 90_000;

let root: string;
let telegram: FakeBotApiServer;
let slack: SlackStandIn;
let lark: LarkStandIn;
let bot: BotProcess;

beforeAll(async () => {
  root = await makeTempDir('kb-three-');
  await fs.cp(REPOSITORY_KNOWLEDGE, path.join(root, 'knowledge'), { recursive: true });
  telegram = new FakeBotApiServer(TELEGRAM_TOKEN);
  slack = await startSlackStandIn();
  lark = await startLarkStandIn();
  bot = await startBotProcess({
    HOME: root,
    KNOWLEDGE_DIR: path.join(root, 'knowledge'),
    DATA_DIR: path.join(root, 'data'),
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: await telegram.start(),
    SLACK_BOT_TOKEN: 'xoxb-three-platforms-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    LARK_APP_ID: APP_ID,
    LARK_APP_SECRET: APP_SECRET,
    LARK_DOMAIN: lark.domain,
  });
}, START_TIMEOUT);

afterAll(async () => {
  if (bot.process.exitCode === null) bot.process.kill('SIGKILL');
  await telegram.close();
  await slack.close();
  await lark.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('npm start with Telegram, Slack and Feishu/Lark', () => {
  it(
    'answers on all three platforms from one process and serves /healthz',
    async () => {
      expect(await waitForHealth(bot)).toMatchObject({ status: 'ok', documents: 9 });
      await lark.longConnection.connected();

      telegram.queueUpdate(
        textUpdate('Which companies signed in Luodian?', { from: USER, chat: privateChat(USER) }),
      );
      await telegram.waitForCall('sendMessage', (body) => String(body.text).includes('DiaSorin'));

      const slackResponse = await postEvent(
        `http://127.0.0.1:${bot.port}/slack/events`,
        mentionEvent({ text: 'which companies signed in Luodian?' }),
        { signingSecret: SIGNING_SECRET },
      );
      expect(slackResponse.status, bot.stderr).toBe(200);
      await slack.waitFor('chat.postMessage', (body) => JSON.stringify(body).includes('DiaSorin'));

      const question = messageEvent('Which companies signed in Luodian?');
      expect(await lark.longConnection.send(question)).toMatchObject({ code: 200 });
      const reply = await lark.waitFor(
        'message.reply',
        (call) => call.messageId === messageIdOf(question),
      );
      expect(cardText(reply)).toContain('DiaSorin');
    },
    START_TIMEOUT,
  );

  it('stops cleanly on SIGTERM, closing the long connection, with no secret in its logs', async () => {
    bot.process.kill('SIGTERM');
    expect(await bot.exited, bot.stderr).toBe(0);
    await lark.longConnection.disconnected();
    expect(bot.stderr).toContain('Lark adapter stopped');
    for (const secret of ['three-platforms-token', SIGNING_SECRET, APP_SECRET, TENANT_TOKEN])
      expect(bot.stderr).not.toContain(secret);
  });
});
