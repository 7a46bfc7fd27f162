/**
 * Admins add documents from Slack, end to end: signed requests to the bot's real HTTP route,
 * the real bolt App and Web API client against the stand-in Slack on 127.0.0.1 (files.info,
 * and the file's url_private served only with the bot token), the real engine storing under
 * KNOWLEDGE_DIR/uploads/ and reloading. A file is shared in a direct message, the message
 * text being its metadata; `/kb docs`, `/kb remove <id>` and `/kb add` are slash commands.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSlackApp,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
} from '../../adapters/slack/index.js';
import { type HttpServer, startHttpServer } from '../../src/http/start-http-server.js';
import { makeDocxBomb } from '../hostile/zip-bomb.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { makePdf } from '../support/document-fixtures.js';
import { type SilentServer, startSilentServer } from '../support/silent-servers.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { SNAPSHOT_BUILD_MS, timeLimit } from '../support/time-limits.js';
import { contextText, sectionText } from './support/message-blocks.js';
import { postCommand, postEvent } from './support/signed-request.js';
import type { SharedFile } from './support/slack-files.js';
import { messageEvent, slashCommand } from './support/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from './support/slack-stand-in.js';
import {
  ADMIN_USER_ID,
  BOT_TOKEN,
  SIGNING_SECRET,
  slackTestConfig,
} from './support/slack-test-config.js';

const MEMBER = 'U0MEMBER';
const MEGABYTE = 1024 * 1024;
const signed = { signingSecret: SIGNING_SECRET };

let testEngine: TestEngine;
let standIn: SlackStandIn;
let elsewhere: SilentServer;
let logs: CapturedLogs;
let slack: SlackAdapter;
let server: HttpServer;
let eventsUrl: string;

beforeAll(async () => {
  [testEngine, standIn, elsewhere] = await Promise.all([
    createTestEngine(),
    startSlackStandIn(),
    startSilentServer(),
  ]);
  logs = captureLogs();
  slack = createSlackApp(testEngine.engine, slackTestConfig(standIn.apiUrl), logs.logger);
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    routes: slack.routes,
    health: () => ({ adapters: ['slack'] }),
    logger: logs.logger,
  });
  eventsUrl = `http://127.0.0.1:${server.port}${SLACK_EVENTS_PATH}`;
  await slack.start();
});

afterAll(async () => {
  await slack?.stop();
  await server?.close();
  await standIn?.close();
  await elsewhere?.close();
  await testEngine?.cleanup();
});

/** A one-page report of a fund, made (by its PDF's own account) long after it was published. */
function cellTherapyFund(): Promise<Uint8Array> {
  return makePdf(
    [
      'Baoshan Cell Therapy Fund opens for applications',
      'The Baoshan District Science and Technology Commission announced a new cell therapy fund.',
      'The fund will accept applications from 15 July 2025.',
      'Each selected company receives up to 5 million yuan in support.',
      'Director Wang Lin said the fund would help companies move from laboratory to clinic.',
    ],
    'Baoshan Cell Therapy Fund',
    new Date('2026-12-01T00:00:00Z'),
  );
}

let conversations = 0;

/** A direct-message channel of its own for each exchange, so that replies are told apart. */
function newDirectMessage(): string {
  conversations += 1;
  return `D0DM${String(conversations).padStart(5, '0')}`;
}

/** The text of a report as the admin reads it: out of its code block, entities decoded. */
function reportText(text: unknown): string {
  return String(text)
    .replace(/^```\n|\n```$/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** Shares a file with the bot in a DM, with `text` as the message, and returns the bot's reply. */
async function shareFile(
  file: SharedFile,
  options: { text?: string; user?: string } = {},
): Promise<{ text: string; fileId: string }> {
  const { id: fileId } = standIn.files.add(file);
  const channel = newDirectMessage();
  const share = messageEvent(
    { text: options.text ?? '', channel, channelType: 'im', user: options.user ?? ADMIN_USER_ID },
    { subtype: 'file_share', files: [{ id: fileId, name: file.name }] },
  );
  expect((await postEvent(eventsUrl, share, signed)).status).toBe(200);
  const reply = await standIn.waitFor(
    'chat.postMessage',
    (body) => body.channel === channel,
    SNAPSHOT_BUILD_MS,
  );
  return { text: reportText(reply.body.text), fileId };
}

/** A member's question in a DM of its own; returns the answer and its sources. */
async function ask(question: string): Promise<{ answer: string; sources: string }> {
  const channel = newDirectMessage();
  const message = messageEvent({ text: question, channel, channelType: 'im', user: MEMBER });
  await postEvent(eventsUrl, message, signed);
  const reply = await standIn.waitFor('chat.postMessage', (body) => body.channel === channel);
  return { answer: sectionText(reply), sources: contextText(reply) };
}

let commands = 0;

/**
 * Runs `/kb <text>`: the acknowledgement Slack shows at once and, when `report` is set, the
 * report posted to the response URL afterwards.
 */
async function kb(
  text: string,
  options: { user?: string; report?: boolean } = {},
): Promise<{ ack: string; report: string }> {
  commands += 1;
  const name = `kb-${commands}`;
  const fields = slashCommand(
    '/kb',
    text,
    options.user ?? ADMIN_USER_ID,
    standIn.responseUrl(name),
  );
  const response = await postCommand(eventsUrl, fields, signed);
  const body = await response.text();
  const ack = body === '' ? '' : reportText((JSON.parse(body) as { text?: string }).text);
  if (!options.report) return { ack, report: '' };
  const posted = await standIn.waitForResponse(name, SNAPSHOT_BUILD_MS);
  return { ack, report: reportText(posted.body.text) };
}

/** Everything in KNOWLEDGE_DIR/uploads, hidden files included. */
async function uploadsFolder(): Promise<string[]> {
  return fs.readdir(path.join(testEngine.knowledgeDir, 'uploads')).catch(() => []);
}

const downloadsOf = (fileId: string) =>
  standIn.files.downloads.filter((download) => download.fileId === fileId);

describe('an admin adds a document by sharing it with the bot in a direct message', () => {
  it('shares a PDF with "date: 2025-06-30", asks a suggested question, lists it, removes it, and it is no longer cited', {
    timeout: timeLimit({ builds: 2 }),
  }, async () => {
    const { text: report, fileId } = await shareFile(
      {
        name: 'cell-therapy-fund.pdf',
        bytes: await cellTherapyFund(),
        mimetype: 'application/pdf',
      },
      { text: 'date: 2025-06-30' },
    );

    // Described by files.info, downloaded from url_private with the bot token, stored, reported.
    expect(standIn.callsTo('files.info', (body) => body.file === fileId)).toHaveLength(1);
    expect(downloadsOf(fileId)).toMatchObject([
      { served: true, authorization: `Bearer ${BOT_TOKEN}` },
    ]);
    expect(report).toMatch(/^Reloaded in [\d.]+ s: \d+ documents/);
    expect(report).toContain('Added: uploads/cell-therapy-fund.pdf');
    expect(report).toContain(
      'Added document uploads-cell-therapy-fund: "Baoshan Cell Therapy Fund", dated 2025-06-30',
    );
    expect(await uploadsFolder()).toEqual([
      'cell-therapy-fund.pdf',
      'cell-therapy-fund.pdf.meta.yaml',
    ]);
    const suggestions = report
      .split('\n')
      .filter((line) => line.startsWith('• '))
      .map((line) => line.slice(2));
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    expect(suggestions.length).toBeLessThanOrEqual(3);

    // A member asking a suggested question gets the answer cited with the message's date.
    const { sources } = await ask(suggestions[0] ?? '');
    expect(sources).toMatch(/^\*Sources\*\n1\. Baoshan Cell Therapy Fund · (.+ · )?2025-06-30$/m);

    expect((await kb('docs')).ack).toContain(
      '• uploads-cell-therapy-fund: Baoshan Cell Therapy Fund, 2025-06-30, 1 passage, added in the chat',
    );
    expect((await kb('docs Cell Therapy')).ack).toMatch(
      /^1 document matching "Cell Therapy", newest first/,
    );

    const removed = await kb('remove uploads-cell-therapy-fund', { report: true });
    expect(removed.ack).toBe(
      'Removing uploads-cell-therapy-fund… I will post the report when the knowledge base has reloaded.',
    );
    expect(removed.report).toContain(
      'Removed document uploads-cell-therapy-fund (uploads/cell-therapy-fund.pdf) and its metadata.',
    );
    expect(removed.report).toContain('Removed: uploads/cell-therapy-fund.pdf');
    expect(await uploadsFolder()).toEqual([]);

    const afterwards = await ask(suggestions[0] ?? '');
    expect(`${afterwards.answer}\n${afterwards.sources}`).not.toContain('Cell Therapy Fund');
    expect((await kb('docs')).ack).not.toContain('uploads-cell-therapy-fund');
  });

  it('refuses to remove a document that was not added through the chat', async () => {
    const [first] = testEngine.engine.library.documents();
    const { report } = await kb(`remove ${first?.id}`, { report: true });
    expect(report).toBe(
      `${first?.id} (${first?.path}) was not added through the chat, so it cannot be removed from here; delete it from the knowledge folder on the server, then reload.`,
    );
    expect(testEngine.engine.library.documents().map((entry) => entry.id)).toContain(first?.id);
  });

  it('answers /kb add with how to add a document: a DM, its message as metadata, the types and the size', async () => {
    const { ack } = await kb('add');
    expect(ack).toContain('share the file with me in a direct message');
    expect(ack).toContain('`date: 2025-06-30`');
    expect(ack).toContain('`日期：2025年6月30日`');
    expect(ack).toContain('Accepted: .md, .markdown, .txt, .html, .htm, .pdf, .docx, up to 20 MB.');
    expect(ack).toContain('`/kb remove <id>`');
  });

  it.each(['docs', 'remove anything', 'add'])(
    'keeps /kb %s for admins, telling anyone else their user id',
    async (text) => {
      const name = text.split(' ')[0];
      expect((await kb(text, { user: MEMBER })).ack).toBe(
        `Only admins can run /kb ${name}. Your user id is ${MEMBER}; an admin can add it to SLACK_ADMIN_USER_IDS.`,
      );
    },
  );

  it('lists every subcommand in the /kb usage', async () => {
    const { ack } = await kb('help');
    for (const command of [
      'reload',
      'status',
      'docs',
      'remove <id>',
      'stats',
      'gaps',
      'digest',
      'add',
    ])
      expect(ack).toContain(`\`/kb ${command}\``);
  });
});

describe('bad uploads get a clear reply and store nothing', () => {
  it.each([
    {
      case: 'a file over 20 MB, refused by the size files.info declares before any download',
      file: async () => ({
        name: 'annual-report.pdf',
        bytes: await cellTherapyFund(),
        size: 25 * MEGABYTE,
      }),
      reply:
        'annual-report.pdf was not added: it is 25 MB, over the 20 MB a document may be; split it (or compress its images) and send the parts.',
      downloaded: false,
    },
    {
      case: 'a program',
      file: async () => ({ name: 'installer.exe', bytes: new Uint8Array([77, 90, 144, 0]) }),
      reply:
        "installer.exe was not added: unsupported file type '.exe'; send .md, .markdown, .txt, .html, .htm, .pdf, .docx.",
      downloaded: false,
    },
    {
      case: 'a picture',
      file: async () => ({
        name: 'poster.png',
        bytes: new Uint8Array([137, 80, 78, 71]),
        mimetype: 'image/png',
      }),
      reply:
        "poster.png was not added: unsupported file type '.png'; send .md, .markdown, .txt, .html, .htm, .pdf, .docx.",
      downloaded: false,
    },
    {
      case: 'a corrupt PDF',
      file: async () => ({
        name: 'broken.pdf',
        bytes: new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF at all\n%%EOF'),
      }),
      reply: /^broken\.pdf was not added: .*PDF/,
      downloaded: true,
    },
    {
      case: 'a .docx zip bomb',
      file: async () => ({ name: 'bomb.docx', bytes: await makeDocxBomb(200) }),
      reply: /^bomb\.docx was not added: .*inflate to 200\.0 MB/,
      downloaded: true,
    },
    {
      case: 'a message with an impossible date',
      file: async () => ({ name: 'fund.pdf', bytes: await cellTherapyFund() }),
      text: 'date: 2025-02-30',
      reply:
        /^fund\.pdf was not added: the caption's field 'date' is 2025-02-30, which is not a calendar date \(February 2025 has 28 days\)/,
      downloaded: false,
    },
  ])('$case', async (bad) => {
    const { text, fileId } = await shareFile(await bad.file(), { text: bad.text });
    expect(text).toMatch(bad.reply);
    expect(text).toMatch(/\nNothing was stored\.$/);
    expect(downloadsOf(fileId).length > 0).toBe(bad.downloaded);
    expect(await uploadsFolder()).toEqual([]);
  });

  it('stops a download that runs past 20 MB although files.info declared 1 kB', async () => {
    const { text, fileId } = await shareFile({ name: 'endless.pdf', endless: true, size: 1000 });
    expect(text).toBe(
      'endless.pdf was not added: it is over the 20 MB a document may be; split it (or compress its images) and send the parts.\nNothing was stored.',
    );
    expect(await uploadsFolder()).toEqual([]);
    const [download] = downloadsOf(fileId);
    await download?.closed;
    // An endless file is never sent whole; what the sockets buffered past the limit is small.
    expect(download?.bytesSent).toBeGreaterThan(20 * MEGABYTE);
    expect(download?.bytesSent).toBeLessThan(40 * MEGABYTE);
  });

  it("gives a member's file the hint of what the bot reads, asking Slack nothing about it", async () => {
    const { text, fileId } = await shareFile(
      { name: 'fund.pdf', bytes: await cellTherapyFund() },
      { user: MEMBER },
    );
    expect(text).toMatch(/^I can only read text\./);
    expect(standIn.callsTo('files.info', (body) => body.file === fileId)).toHaveLength(0);
    expect(downloadsOf(fileId)).toHaveLength(0);
    expect(await uploadsFolder()).toEqual([]);
  });

  it('names the files:read scope when Slack will not describe the file', async () => {
    standIn.failNext('files.info', 'missing_scope');
    const { text, fileId } = await shareFile({ name: 'fund.pdf', bytes: await cellTherapyFund() });
    expect(text).toBe(
      `File ${fileId} was not added: Slack would not describe it (An API error occurred: missing_scope); give the app the files:read scope, reinstall it and share the file again.\nNothing was stored.`,
    );
    expect(downloadsOf(fileId)).toHaveLength(0);
    expect(await uploadsFolder()).toEqual([]);
  });
});

describe('the bot token', () => {
  it('is never sent to an address outside Slack that a file record names', async () => {
    const { text } = await shareFile({
      name: 'fund.pdf',
      bytes: await cellTherapyFund(),
      urlPrivate: `${elsewhere.url}/files-pri/T0TEAM-F0ELSEWHERE/fund.pdf`,
    });
    expect(text).toMatch(
      /^fund\.pdf was not added: the download failed \(Slack gave no address of its own to download the file from\)/,
    );
    expect(elsewhere.connections).toBe(0);
    expect(await uploadsFolder()).toEqual([]);
  });

  it("goes only with the stand-in's own downloads, and is never logged", () => {
    expect(standIn.files.downloads.length).toBeGreaterThan(0);
    for (const download of standIn.files.downloads)
      expect(download.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(elsewhere.connections).toBe(0);
    expect(logs.text()).not.toContain(BOT_TOKEN);
  });
});
