/**
 * Records a question and its answer so that follow-ups find them: under every message the
 * answer was sent as (a reply to any part continues the chain) and, in a private chat, under
 * the chat itself.
 */
import type { Answer, Turn } from '../../src/engine/answer-types.js';
import type { ConversationMemory } from '../../src/engine/conversation-memory.js';
import { chatKey, messageKey } from './conversation-keys.js';

export interface AnsweredExchange {
  chat: { id: number; type: string };
  /** Ids of the messages that carry the answer. */
  sentMessageIds: number[];
  /** The turns before the question. */
  conversation: readonly Turn[];
  question: string;
  answer: Answer;
}

export function rememberTurns(memory: ConversationMemory, exchange: AnsweredExchange): void {
  const keys = exchange.sentMessageIds.map((id) => messageKey(exchange.chat.id, id));
  if (exchange.chat.type === 'private') keys.push(chatKey(exchange.chat.id));
  const [first, ...others] = keys;
  if (first === undefined) return;
  memory.link(first, [...exchange.conversation]);
  const turns = memory.record(first, exchange.question, exchange.answer);
  for (const key of others) memory.link(key, turns);
}
