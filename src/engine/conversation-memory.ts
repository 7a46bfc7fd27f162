/**
 * Conversations the chat adapters keep: the turns of a thread, a reply chain or a private
 * chat, keyed by a platform-made string (see `conversationKey`). Bounded in size and age, so
 * an old thread is forgotten rather than kept forever; /new forgets one on purpose.
 */
import { BoundedMap } from '../util/bounded-map.js';
import type { Turn } from './answer-types.js';

/** Turns kept per conversation (a question and its answer are two). */
export const MAX_TURNS = 8;
const MAX_CONVERSATIONS = 10_000;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export class ConversationMemory {
  private readonly conversations = new BoundedMap<string, Turn[]>(MAX_CONVERSATIONS, MAX_AGE_MS);

  /** The turns of a conversation, oldest first; empty when unknown or forgotten. */
  turns(key: string): Turn[] {
    return this.conversations.get(key) ?? [];
  }

  /**
   * Keeps the last MAX_TURNS of `turns` under every key: a follow-up from any of them (a reply
   * to any part of a long answer, the thread, the private chat) continues the conversation.
   */
  remember(keys: readonly string[], turns: readonly Turn[]): void {
    const kept = turns.slice(-MAX_TURNS);
    for (const key of keys) this.conversations.set(key, kept);
  }

  forget(key: string): void {
    this.conversations.delete(key);
  }
}
