import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramBot, type TelegramAdapter } from '../../adapters/telegram/index.js';
import { makeDocxBomb } from '../hostile/zip-bomb.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { makePdf } from '../support/document-fixtures.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { SNAPSHOT_BUILD_MS, timeLimit } from '../support/time-limits.js';
import { FakeBotApiServer, type RecordedCall, replyTarget } from './support/fake-bot-api-server.js';
import { visibleText } from './support/html-text.js';
import { ADMIN, documentUpdate, GROUP, textUpdate, USER } from './support/telegram-updates.js';

const TOKEN = '777777:UPLOAD-token_abcdef';
const MEGABYTE = 1024 * 1024;

let testEngine: TestEngine;
let server: FakeBotApiServer;
let telegram: TelegramAdapter;
let logs: CapturedLogs;

beforeAll(async () => {
  testEngine = await createTestEngine();
  server = new FakeBotApiServer(TOKEN);
  const apiRoot = await server.start();
  logs = captureLogs();
  const limits = { maxQuestionChars: 1000, questionsPerWindow: 100, rateWindowSeconds: 60 };
  telegram = createTelegramBot(
    testEngine.engine,
    {
      token: TOKEN,
      apiRoot,
      adminIds: [ADMIN.id],
      webhookUrl: undefined,
      webhookSecret: undefined,
      limits,
    },
    logs.logger,
  );
  await telegram.start();
});

afterAll(async () => {
  await telegram?.stop();
  await server?.close();
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

/** Sends a file to the bot and waits for the bot's (last expected) reply to it. */
async function send(
  bytes: Uint8Array,
  fileName: string,
  options: {
    caption?: string;
    from?: typeof ADMIN;
    declaredBytes?: number;
    /** False for a file whose size Telegram does not give. */
    declareSize?: boolean;
    chat?: typeof GROUP;
  } = {},
): Promise<{ text: string; fileId: string }> {
  const file = server.addFile(bytes, { declareSize: options.declareSize });
  const declared = options.declaredBytes === undefined ? {} : { file_size: options.declaredBytes };
  const update = documentUpdate(
    { ...file, ...declared, file_name: fileName },
    { from: options.from ?? ADMIN, caption: options.caption, chat: options.chat },
  );
  server.queueUpdate(update);
  const reply = await replyAfterReload(update.message?.message_id ?? 0);
  return { text: visibleText(String(reply.body.text)), fileId: file.file_id };
}

async function ask(text: string, from = ADMIN): Promise<string> {
  const question = textUpdate(text, { from });
  server.queueUpdate(question);
  const reply = await replyAfterReload(question.message?.message_id ?? 0);
  return visibleText(String(reply.body.text));
}

/** The bot's first reply to a message, which may come after a snapshot build. */
async function replyAfterReload(messageId: number): Promise<RecordedCall> {
  const matches = (body: Record<string, unknown>) => replyTarget(body) === messageId;
  const [reply] = await server.waitForCalls('sendMessage', matches, 1, SNAPSHOT_BUILD_MS);
  return reply as RecordedCall;
}

/** Everything in KNOWLEDGE_DIR/uploads, hidden files included. */
async function uploadsFolder(): Promise<string[]> {
  return fs.readdir(path.join(testEngine.knowledgeDir, 'uploads')).catch(() => []);
}

describe('an admin adds a document from a private chat', () => {
  it('uploads a PDF with a caption date, asks a suggested question, lists it, removes it, and it is no longer cited', {
    timeout: timeLimit({ builds: 2 }),
  }, async () => {
    const { text: report, fileId } = await send(await cellTherapyFund(), 'cell-therapy-fund.pdf', {
      caption: 'date: 2025-06-30',
    });

    // Downloaded through getFile and the file URL, stored with its sidecar, reported.
    expect(server.callsOf('getFile').map((call) => call.body.file_id)).toContain(fileId);
    expect(server.callsOf('downloadFile')).not.toHaveLength(0);
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

    // A member asking a suggested question gets the answer cited with the caption's date.
    const answer = await ask(suggestions[0] ?? '', USER);
    expect(answer).toMatch(/\n1\. Baoshan Cell Therapy Fund — 2025-06-30/);

    const listed = await ask('/docs');
    expect(listed).toContain(
      '• uploads-cell-therapy-fund: Baoshan Cell Therapy Fund, 2025-06-30, 1 passage, added in the chat',
    );

    const removed = await ask('/remove uploads-cell-therapy-fund');
    expect(removed).toContain(
      'Removed document uploads-cell-therapy-fund (uploads/cell-therapy-fund.pdf) and its metadata.',
    );
    expect(removed).toContain('Removed: uploads/cell-therapy-fund.pdf');
    expect(await uploadsFolder()).toEqual([]);

    const afterwards = await ask(suggestions[0] ?? '', USER);
    expect(afterwards).not.toContain('Baoshan Cell Therapy Fund');
    expect(await ask('/docs')).not.toContain('uploads-cell-therapy-fund');
  });

  it('refuses to remove a document that was not added through the chat', async () => {
    const [first] = testEngine.engine.library.documents();
    const reply = await ask(`/remove ${first?.id}`);
    expect(reply).toBe(
      `${first?.id} (${first?.path}) was not added through the chat, so it cannot be removed from here; delete it from the knowledge folder on the server, then reload.`,
    );
    expect(testEngine.engine.library.documents().map((entry) => entry.id)).toContain(first?.id);
  });

  it('keeps /docs and /remove for admins', async () => {
    expect(await ask('/docs', USER)).toBe(
      'Only admins can use /docs. Your user id is 555; an admin can add it to TELEGRAM_ADMIN_IDS.',
    );
    expect(await ask('/remove anything', USER)).toMatch(/^Only admins can use \/remove\./);
  });
});

/** A notice of a fund, in Markdown: the version says how much each company receives. */
function geneTherapyFund(millionYuan: number): Uint8Array {
  return new TextEncoder().encode(
    [
      '# Baoshan Gene Therapy Pilot Fund',
      '',
      'The Baoshan Gene Therapy Pilot Fund supports companies developing gene therapies in Baoshan.',
      '',
      `Each company selected by the Baoshan Gene Therapy Pilot Fund receives up to ${millionYuan} million yuan.`,
      '',
    ].join('\n'),
  );
}

/**
 * The dates of the documents /docs lists, in its order: "" for an undated one (so that it
 * sorts last, as /docs lists it), "?" for a line that does not read.
 */
function listedDates(listing: string): string[] {
  return listing
    .split('\n')
    .filter((line) => line.startsWith('• '))
    .map((line) => /, (\d{4}(?:-\d{2}){0,2}|no date), \d+ passages?/.exec(line)?.[1] ?? '?')
    .map((date) => (date === 'no date' ? '' : date));
}

describe('an admin replaces a document and lists the documents', () => {
  it('replaces a document sent again under the same name: one entry, and answers cite the new version', {
    timeout: timeLimit({ builds: 3 }),
  }, async () => {
    const first = await send(geneTherapyFund(3), 'gene-therapy-fund.md', {
      caption: 'date: 2025-07-01',
    });
    expect(first.text).toContain('Added document uploads-gene-therapy-fund:');

    const second = await send(geneTherapyFund(8), 'gene-therapy-fund.md', {
      caption: 'date: 2025-07-15',
    });
    expect(second.text).toContain('Changed: uploads/gene-therapy-fund.md');
    expect(second.text).toContain(
      'Replaced document uploads-gene-therapy-fund: "Baoshan Gene Therapy Pilot Fund", dated 2025-07-15',
    );
    expect(await uploadsFolder()).toEqual([
      'gene-therapy-fund.md',
      'gene-therapy-fund.md.meta.yaml',
    ]);

    const listed = await ask('/docs gene therapy');
    expect(listed.split('\n').filter((line) => line.startsWith('• '))).toEqual([
      '• uploads-gene-therapy-fund: Baoshan Gene Therapy Pilot Fund, 2025-07-15, 1 passage, added in the chat',
    ]);

    const answer = await ask(
      'How much does the Baoshan Gene Therapy Pilot Fund give each selected company?',
      USER,
    );
    expect(answer).toContain('8 million yuan');
    expect(answer).not.toContain('3 million yuan');
    expect(answer).toMatch(/\n1\. Baoshan Gene Therapy Pilot Fund — 2025-07-15/);

    // Leaves the folder as the other tests expect it: empty.
    expect(await ask('/remove uploads-gene-therapy-fund')).toContain('Removed document');
  });

  it('lists the documents newest first, not in the order of their paths', async () => {
    const dates = listedDates(await ask('/docs'));
    expect(dates).not.toContain('?');
    // ISO dates sort as text in the order of the calendar.
    expect(dates).toEqual([...dates].sort().reverse());
    // The knowledge folder's paths start with the oldest date (news/2020-…): a sort by path would fail.
    expect(new Set(dates).size).toBeGreaterThanOrEqual(3);
  });
});

describe('bad uploads get a clear reply and store nothing', () => {
  it.each([
    {
      case: 'a file over the Bot API limit, refused before it is downloaded',
      fileName: 'annual-report.pdf',
      bytes: async () => cellTherapyFund(),
      declaredBytes: 25 * MEGABYTE,
      reply:
        'annual-report.pdf was not added: it is 25 MB, over the 20 MB a document may be; split it (or compress its images) and send the parts.',
      downloaded: false,
    },
    {
      case: 'a file of a type the knowledge base does not read',
      fileName: 'installer.exe',
      bytes: async () => new Uint8Array([77, 90, 144, 0]),
      reply:
        "installer.exe was not added: unsupported file type '.exe'; send .md, .markdown, .txt, .html, .htm, .pdf, .docx.",
      downloaded: false,
    },
    {
      case: 'a corrupt PDF',
      fileName: 'broken.pdf',
      bytes: async () =>
        new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF at all\n%%EOF'),
      reply: /^broken\.pdf was not added: .*PDF/,
      downloaded: true,
    },
    {
      case: 'a .docx zip bomb',
      fileName: 'bomb.docx',
      bytes: async () => makeDocxBomb(200),
      reply: /^bomb\.docx was not added: .*inflate to 200\.0 MB/,
      downloaded: true,
    },
    {
      case: 'a caption with an impossible date',
      fileName: 'fund.pdf',
      bytes: async () => cellTherapyFund(),
      caption: 'date: 2025-02-30',
      reply:
        /^fund\.pdf was not added: the caption's field 'date' is 2025-02-30, which is not a calendar date \(February 2025 has 28 days\)/,
      downloaded: false,
    },
  ])('$case', async (bad) => {
    const { text, fileId } = await send(await bad.bytes(), bad.fileName, {
      caption: bad.caption,
      declaredBytes: bad.declaredBytes,
    });
    expect(text).toMatch(bad.reply);
    expect(text).toMatch(/\nNothing was stored\.$/);
    const fetched = server.callsOf('getFile').some((call) => call.body.file_id === fileId);
    expect(fetched).toBe(bad.downloaded);
    expect(await uploadsFolder()).toEqual([]);
  });

  it('refuses a file whose size Telegram does not give once its download passes the limit', async () => {
    const oversized = new Uint8Array(20 * MEGABYTE + 1).fill(0x61);
    const { text, fileId } = await send(oversized, 'minutes.txt', { declareSize: false });
    expect(text).toBe(
      'minutes.txt was not added: it is over the 20 MB a document may be; split it (or compress its images) and send the parts.\nNothing was stored.',
    );
    // Asked for and downloaded: only the bytes received could tell that it was too big.
    expect(server.callsOf('getFile').some((call) => call.body.file_id === fileId)).toBe(true);
    expect(server.callsOf('getFile').at(-1)?.result).not.toHaveProperty('file_size');
    expect(await uploadsFolder()).toEqual([]);
  });

  it("gives a member's file the hint of what the bot reads, downloading nothing", async () => {
    const { text, fileId } = await send(await cellTherapyFund(), 'fund.pdf', { from: USER });
    expect(text).toMatch(/^I can only read text\./);
    expect(server.callsOf('getFile').some((call) => call.body.file_id === fileId)).toBe(false);
    expect(await uploadsFolder()).toEqual([]);
  });

  it("gives an admin's file in a group the same hint: documents are added in a private chat", async () => {
    const { text } = await send(await cellTherapyFund(), 'fund.pdf', {
      chat: GROUP,
      caption: `@kb_test_bot date: 2025-06-30`,
    });
    expect(text).toMatch(/^I can only read text\./);
    expect(await uploadsFolder()).toEqual([]);
  });
});

describe('secrets', () => {
  it('never logs the bot token, which the download address holds', () => {
    expect(logs.text()).not.toContain(TOKEN);
  });
});
