/**
 * Mentions of the bot by username (`@kb_bot`) in a message's text or caption, and the text
 * with them removed, which is the question.
 */
import type { Message, MessageEntity } from 'grammy/types';

/** The `@username` entities that name this bot. */
export function botMentions(message: Message, username: string): MessageEntity[] {
  const text = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  const handle = `@${username}`.toLowerCase();
  return entities.filter(
    (entity) =>
      entity.type === 'mention' &&
      text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === handle,
  );
}

/** `text` without the given entities, with spaces tidied. */
export function withoutEntities(text: string, entities: readonly MessageEntity[]): string {
  const sorted = [...entities].sort((left, right) => right.offset - left.offset);
  const stripped = sorted.reduce(
    (result, entity) =>
      result.slice(0, entity.offset) + result.slice(entity.offset + entity.length),
    text,
  );
  return stripped.replace(/[ \t]{2,}/g, ' ').trim();
}
