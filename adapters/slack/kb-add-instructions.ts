/**
 * The reply to `/kb add`. A slash command cannot carry a file, so it tells the admin how a
 * document is added on Slack: shared with the bot in a direct message (file-share-listener.ts),
 * the message text being its optional metadata, as a caption is on Telegram.
 */
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS } from '../../src/adapter-kit.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

const MAX_DOCUMENT_MB = Math.floor(MAX_FILE_BYTES / 1024 / 1024);

const LINES = [
  '*To add a document*, share the file with me in a direct message (the app’s Messages tab: drag the file in, or + → Upload from your computer); a slash command cannot carry a file.',
  `Accepted: ${SUPPORTED_EXTENSIONS.join(', ')}, up to ${MAX_DOCUMENT_MB} MB.`,
  'The text of that message is optional metadata, one `key: value` per line, in English or Chinese words: `title: …`, `date: 2025-06-30`, `publisher: …`, `language: zh`, `url: …` (or `标题：…`, `日期：2025年6月30日`, `发布单位：…`, `语言：中文`).',
  'I reply with what the reload found in the file and two or three questions it answers. A file with the same name replaces the document; `/kb docs` lists the documents and `/kb remove <id>` removes one added this way.',
];

// Escaped so that `<id>` shows as typed instead of being read as a Slack link.
export const KB_ADD_INSTRUCTIONS = escapeMrkdwn(LINES.join('\n'));
