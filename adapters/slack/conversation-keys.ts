/**
 * Keys of the conversations kept in ConversationMemory: a thread in a channel, or a
 * direct-message channel outside threads, where every message continues the conversation.
 */
import { conversationKey } from '../../src/adapter-kit.js';

/** The memory key of a thread, or of a direct-message channel outside threads. */
export function conversationKeyOf(channel: string, threadTs: string | undefined): string {
  return threadTs === undefined
    ? conversationKey('slack', channel)
    : conversationKey('slack', channel, threadTs);
}

/** The key of a channel (or direct message) as a whole, whose questions wait in one queue. */
export function channelKey(channel: string): string {
  return conversationKey('slack', channel);
}
