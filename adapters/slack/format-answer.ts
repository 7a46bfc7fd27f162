/**
 * An engine `Answer` as a Slack message: the answer in mrkdwn sections, the numbered sources
 * in a context block, and 👍/👎 buttons when the knowledge base answered. A pure function,
 * so that every rule of Slack's layout is tested without a workspace.
 */
import type { types } from '@slack/bolt';
import { type Answer, type Source, sourcesHeading } from '../../src/adapter-kit.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { slackMessagesFor } from './slack-messages.js';
import { splitText } from './split-text.js';

type KnownBlock = types.KnownBlock;

/** Slack's limits on one message (Block Kit reference). */
export const SLACK_LIMITS = {
  textObject: 3000,
  blocks: 50,
  contextElements: 10,
  fallbackText: 4000,
} as const;

/** The action ids of the feedback buttons; the clicked button's value is the answer id. */
export const FEEDBACK_ACTION_IDS = { up: 'feedback_up', down: 'feedback_down' } as const;

/** What chat.postMessage and respond() take: blocks and the plain fallback for notifications. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export function formatAnswer(answer: Answer): SlackMessage {
  const sources = sourceBlocks(answer);
  const feedback = answer.answered ? [feedbackBlock(answer)] : [];
  const room = SLACK_LIMITS.blocks - sources.length - feedback.length;
  return {
    text: truncate(escapeMrkdwn(answer.text), SLACK_LIMITS.fallbackText),
    blocks: [...answerSections(answer.text, room), ...sources, ...feedback],
  };
}

function answerSections(text: string, room: number): KnownBlock[] {
  const pieces = splitText(escapeMrkdwn(text), SLACK_LIMITS.textObject);
  const kept =
    pieces.length > room
      ? [
          ...pieces.slice(0, room - 1),
          truncate(pieces[room - 1] ?? '', SLACK_LIMITS.textObject - 1, true),
        ]
      : pieces;
  return kept.map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece } }));
}

function sourceBlocks(answer: Answer): KnownBlock[] {
  if (answer.sources.length === 0) return [];
  const lines = [`*${sourcesHeading(answer)}*`, ...answer.sources.map(sourceLine)];
  const elements = splitText(lines.join('\n'), SLACK_LIMITS.textObject).map((text) => ({
    type: 'mrkdwn' as const,
    text,
  }));
  return chunk(elements, SLACK_LIMITS.contextElements).map((group) => ({
    type: 'context',
    elements: group,
  }));
}

/** "1. <url|Title> · Publisher · 2020-11-28", every part escaped. */
export function sourceLine(source: Source): string {
  const title = escapeMrkdwn(source.title || source.path);
  const parts = [
    linkTo(source.url, title),
    escapeMrkdwn(source.source),
    source.date === null ? '' : escapeMrkdwn(source.date),
  ];
  return `${source.n}. ${parts.filter((part) => part !== '').join(' · ')}`;
}

function linkTo(url: string | null, label: string): string {
  const safe = url === null ? null : safeUrl(url);
  return safe === null ? label : `<${safe}|${label}>`;
}

/** An http(s) URL that cannot end the link early or smuggle a label; null otherwise. */
function safeUrl(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return escapeMrkdwn(parsed.href.replaceAll('|', '%7C'));
}

function feedbackBlock(answer: Answer): KnownBlock {
  const messages = slackMessagesFor(answer.language);
  return {
    type: 'actions',
    block_id: `feedback_${answer.language}`,
    elements: [
      {
        type: 'button',
        action_id: FEEDBACK_ACTION_IDS.up,
        value: answer.id,
        text: { type: 'plain_text', text: messages.helpful, emoji: true },
      },
      {
        type: 'button',
        action_id: FEEDBACK_ACTION_IDS.down,
        value: answer.id,
        text: { type: 'plain_text', text: messages.notHelpful, emoji: true },
      },
    ],
  };
}

function truncate(text: string, limit: number, force = false): string {
  if (text.length <= limit && !force) return text;
  return `${splitText(text, limit - 1)[0] ?? ''}…`;
}

function chunk<T>(items: T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    groups.push(items.slice(start, start + size));
  return groups;
}
