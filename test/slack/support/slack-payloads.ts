/**
 * Bodies Slack sends: Events API envelopes (JSON), slash commands and block_actions
 * (form-encoded), shaped like Slack's documented payloads, with fresh ids and timestamps.
 */
import { randomUUID } from 'node:crypto';
import { BOT_USER_ID, TEAM_ID } from './slack-stand-in.js';

let counter = 0;

/** A fresh message timestamp ("1700000001.000100"). */
export function nextTs(): string {
  counter += 1;
  return `${1_700_000_000 + counter}.000100`;
}

export function newEventId(): string {
  return `Ev${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`;
}

export interface EventOptions {
  text: string;
  channel?: string;
  user?: string;
  ts?: string;
  threadTs?: string;
  eventId?: string;
}

export function eventEnvelope<Event extends { ts: string }>(event: Event, eventId = newEventId()) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0KBAPP',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
    ],
  };
}

/** "@kb <text>" in a channel, as app_mention; `extra` adds or overrides fields. */
export function mentionEvent(options: EventOptions, extra: Record<string, unknown> = {}) {
  const ts = options.ts ?? nextTs();
  return eventEnvelope(
    {
      type: 'app_mention',
      user: options.user ?? 'U0ASKER',
      text: `<@${BOT_USER_ID}> ${options.text}`,
      ts,
      channel: options.channel ?? 'C0GENERAL',
      event_ts: ts,
      ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
      ...extra,
    },
    options.eventId,
  );
}

/** A message event; `extra` adds or overrides fields (subtype, bot_id…). */
export function messageEvent(
  options: EventOptions & { channelType: string },
  extra: Record<string, unknown> = {},
) {
  const ts = options.ts ?? nextTs();
  return eventEnvelope(
    {
      type: 'message',
      user: options.user ?? 'U0ASKER',
      text: options.text,
      ts,
      channel: options.channel ?? 'C0GENERAL',
      channel_type: options.channelType,
      event_ts: ts,
      ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
      ...extra,
    },
    options.eventId,
  );
}

/** A slash command's form fields. */
export function slashCommand(
  command: string,
  text: string,
  userId: string,
  responseUrl: string,
): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'test',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: userId,
    user_name: 'someone',
    command,
    text,
    api_app_id: 'A0KBAPP',
    response_url: responseUrl,
    trigger_id: `trigger-${randomUUID()}`,
  };
}

export interface ButtonClick {
  actionId: string;
  value: string;
  blockId: string;
  userId: string;
  channel: string;
  messageTs: string;
  threadTs?: string;
  messageText: string;
  responseUrl: string;
}

/** A block_actions payload for a button click on one of the bot's messages. */
export function blockActions(click: ButtonClick) {
  return {
    type: 'block_actions',
    user: { id: click.userId, username: 'someone', name: 'someone', team_id: TEAM_ID },
    api_app_id: 'A0KBAPP',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: click.messageTs,
      channel_id: click.channel,
      is_ephemeral: false,
    },
    trigger_id: `trigger-${randomUUID()}`,
    team: { id: TEAM_ID, domain: 'test' },
    channel: { id: click.channel, name: 'general' },
    message: {
      type: 'message',
      user: BOT_USER_ID,
      ts: click.messageTs,
      text: click.messageText,
      ...(click.threadTs === undefined ? {} : { thread_ts: click.threadTs }),
    },
    response_url: click.responseUrl,
    actions: [
      {
        type: 'button',
        block_id: click.blockId,
        action_id: click.actionId,
        value: click.value,
        text: { type: 'plain_text', text: '👍' },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}
