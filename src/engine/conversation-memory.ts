/**
 * Conversations the chat adapters keep: the turns of a thread, a reply chain or a private
 * chat, keyed by a platform-made string. Bounded in size and age, so an old thread is
 * forgotten rather than kept forever; /new forgets one on purpose.
 */
import { BoundedMap } from '../util/bounded-map.js';
import type { Answer, Turn } from './answer-types.js';

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

  /** Appends a question and its answer to a conversation, keeping the last MAX_TURNS turns. */
  record(key: string, question: string, answer: Pick<Answer, 'text'>): Turn[] {
    const turns = [
      ...this.turns(key),
      { role: 'user' as const, text: question },
      { role: 'assistant' as const, text: answer.text },
    ].slice(-MAX_TURNS);
    this.conversations.set(key, turns);
    return turns;
  }

  /** Makes another key (a new message id in a reply chain) continue the same conversation. */
  link(key: string, turns: Turn[]): void {
    this.conversations.set(key, turns);
  }

  forget(key: string): void {
    this.conversations.delete(key);
  }
}
