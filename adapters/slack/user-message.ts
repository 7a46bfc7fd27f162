/**
 * A message a person wrote, taken from an `app_mention` or `message` event. Everything else
 * (the bot's own posts, other bots, edits, deletions, joins) is not a question and yields
 * undefined, so the bot never answers itself or another bot.
 */
export interface UserMessage {
  channel: string;
  ts: string;
  /** The parent message's ts when the message is a reply in a thread. */
  threadTs: string | undefined;
  userId: string;
  /** Slack-formatted text, with `<@U…>` mentions and `&lt;` entities. */
  text: string;
  /** "im", "channel", "group" or "mpim" on message events; undefined on app_mention. */
  channelType: string | undefined;
}

/** The fields both event types share; bolt's unions differ per subtype. */
interface RawMessageEvent {
  subtype?: string;
  bot_id?: string;
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  text?: string;
  channel_type?: string;
}

export function userMessageOf(event: object): UserMessage | undefined {
  const raw = event as RawMessageEvent;
  if (raw.subtype !== undefined || raw.bot_id !== undefined) return undefined;
  if (raw.user === undefined || raw.channel === undefined || raw.ts === undefined) return undefined;
  return {
    channel: raw.channel,
    ts: raw.ts,
    threadTs: raw.thread_ts,
    userId: raw.user,
    text: raw.text ?? '',
    channelType: raw.channel_type,
  };
}

/** True when the text mentions the bot (`<@UBOT>`); such messages also arrive as app_mention. */
export function mentionsBot(message: UserMessage, botUserId: string | undefined): boolean {
  return botUserId !== undefined && message.text.includes(`<@${botUserId}`);
}
