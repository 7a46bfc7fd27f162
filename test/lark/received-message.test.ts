import { describe, expect, it } from 'vitest';
import { receivedMessageOf } from '../../adapters/lark/received-message.js';
import { messageEvent } from './support/lark-events.js';
import { BOT_OPEN_ID } from './support/lark-stand-in.js';

function received(event: ReturnType<typeof messageEvent>) {
  return receivedMessageOf(event.event as never, BOT_OPEN_ID);
}

const post = (paragraphs: unknown[][], title = '') =>
  JSON.stringify({ title, content: paragraphs });

const mentionOf = (key: string, openId: string, name: string) => ({
  key,
  id: { open_id: openId },
  name,
});

describe('the question in a message', () => {
  it.each([
    [
      'a private message',
      messageEvent('Which companies signed in Luodian?'),
      'Which companies signed in Luodian?',
    ],
    [
      'a mention in a group, without the mention',
      messageEvent('  Which   companies signed?', { chat: 'group' }),
      'Which companies signed?',
    ],
    [
      'a rich-text post, title and paragraphs',
      messageEvent('', {
        messageType: 'post',
        content: post(
          [
            [
              { tag: 'at', user_id: '@_user_1' },
              { tag: 'text', text: ' Which companies' },
            ],
            [
              { tag: 'a', text: 'signed in Luodian', href: 'https://x' },
              { tag: 'img', image_key: 'k' },
            ],
          ],
          'Question',
        ),
        mentionBot: true,
      }),
      'Question\nWhich companies\nsigned in Luodian',
    ],
  ])('of %s', (_case, event, question) => {
    expect(received(event)?.text).toBe(question);
  });

  it('names the other people mentioned, even when their keys share a prefix', () => {
    const event = messageEvent('');
    const message = event.event.message as Record<string, unknown>;
    const people = [mentionOf('@_user_1', BOT_OPEN_ID, 'KB')];
    for (let index = 2; index <= 10; index += 1)
      people.push(mentionOf(`@_user_${index}`, `ou_person${index}`, `Person ${index}`));
    message.mentions = people;
    message.content = JSON.stringify({ text: '@_user_1 did @_user_10 and @_user_2 sign?' });
    expect(received(event)).toMatchObject({
      text: 'did @Person 10 and @Person 2 sign?',
      mentionsBot: true,
    });
  });

  it('says whether the bot is mentioned, where, and in which thread', () => {
    expect(received(messageEvent('hello', { chat: 'group', mentionBot: false }))).toMatchObject({
      isPrivate: false,
      mentionsBot: false,
    });
    expect(received(messageEvent('hello', { chat: 'group', rootId: 'om_root' }))).toMatchObject({
      rootId: 'om_root',
      mentionsBot: true,
    });
  });

  it('is no text for an image, and nothing at all from another bot', () => {
    expect(
      received(messageEvent('', { messageType: 'image', content: '{"image_key":"k"}' })),
    ).toMatchObject({
      isText: false,
      text: '',
    });
    expect(received(messageEvent('hello', { senderType: 'app' }))).toBeUndefined();
  });
});
