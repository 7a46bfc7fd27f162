/**
 * A message a person sent, taken from an `im.message.receive_v1` event: who sent it, where,
 * in which thread, and its text with the bot's mention removed, which is the question.
 * Messages from other bots and apps yield undefined, so the bot never answers a bot.
 */

/** The fields of `im.message.receive_v1` the bot reads (as the Lark SDK delivers them). */
export interface MessageReceiveEvent {
  event_id?: string;
  sender: { sender_id?: { open_id?: string }; sender_type: string };
  message: {
    message_id: string;
    root_id?: string;
    chat_id: string;
    chat_type: string;
    message_type: string;
    content: string;
    mentions?: { key: string; id: { open_id?: string }; name: string }[];
  };
}

export interface ReceivedMessage {
  eventId: string | undefined;
  messageId: string;
  chatId: string;
  /** A private chat with the bot (chat_type p2p), rather than a group. */
  isPrivate: boolean;
  /** The first message of the thread the message was written in, if any. */
  rootId: string | undefined;
  senderOpenId: string;
  /** The text with the bot's mention removed and other mentions as "@name"; empty if not text. */
  text: string;
  /** False for images, files, stickers and the like: only text can be asked. */
  isText: boolean;
  mentionsBot: boolean;
}

/** The message in an event, or undefined when a bot or an app sent it. */
export function receivedMessageOf(
  event: MessageReceiveEvent,
  botOpenId: string | undefined,
): ReceivedMessage | undefined {
  const senderOpenId = event.sender.sender_id?.open_id;
  if (event.sender.sender_type !== 'user' || senderOpenId === undefined) return undefined;
  const { message } = event;
  const mentions = message.mentions ?? [];
  const raw = rawText(message.message_type, message.content);
  return {
    eventId: event.event_id,
    messageId: message.message_id,
    chatId: message.chat_id,
    isPrivate: message.chat_type === 'p2p',
    rootId: message.root_id || undefined,
    senderOpenId,
    text: raw === null ? '' : withoutBotMention(raw, mentions, botOpenId),
    isText: raw !== null,
    mentionsBot: mentions.some((mention) => isBot(mention, botOpenId)),
  };
}

/** The text of a text or rich-text (post) message, with mentions as their keys (@_user_1). */
function rawText(type: string, content: string): string | null {
  const parsed = parseContent(content);
  if (type === 'text') return typeof parsed.text === 'string' ? parsed.text : '';
  if (type === 'post') return postText(parsed);
  return null;
}

function parseContent(content: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(content);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

interface PostElement {
  tag?: string;
  text?: string;
  user_id?: string;
}

/** A post's title and paragraphs; text, links and mentions kept, images and the rest left out. */
function postText(post: Record<string, unknown>): string {
  const paragraphs = Array.isArray(post.content) ? (post.content as PostElement[][]) : [];
  const lines = paragraphs.map((paragraph) =>
    (Array.isArray(paragraph) ? paragraph : []).map(elementText).join(''),
  );
  const title = typeof post.title === 'string' ? post.title : '';
  return [title, ...lines].filter((line) => line.trim() !== '').join('\n');
}

function elementText(element: PostElement): string {
  if (element.tag === 'at') return element.user_id ?? '';
  return element.tag === 'text' || element.tag === 'a' ? (element.text ?? '') : '';
}

function withoutBotMention(
  text: string,
  mentions: NonNullable<MessageReceiveEvent['message']['mentions']>,
  botOpenId: string | undefined,
): string {
  // Longest keys first, so that @_user_1 is not replaced inside @_user_10.
  const byLength = [...mentions].sort((left, right) => right.key.length - left.key.length);
  const named = byLength.reduce(
    (result, mention) =>
      result.replaceAll(mention.key, isBot(mention, botOpenId) ? '' : `@${mention.name}`),
    text,
  );
  return named
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

function isBot(mention: { id: { open_id?: string } }, botOpenId: string | undefined): boolean {
  return botOpenId !== undefined && mention.id.open_id === botOpenId;
}
