/**
 * One queue of questions per chat (p-queue, one at a time): a chat's questions are answered
 * in the order they came, so that a follow-up sees the answer before it, and at most
 * MAX_WAITING_PER_CHAT wait behind the one being answered. A flood in one chat (2,000
 * messages once built a backlog of 1,741 answers that took minutes and held up shutdown)
 * is refused beyond that, and the chat is told once per overflow, not once per message.
 */
import PQueue from 'p-queue';

/** Questions that may wait in one chat behind the one being answered. */
export const MAX_WAITING_PER_CHAT = 10;

export type Queued<T> =
  | { status: 'queued'; done: Promise<T> }
  /** `firstRefusal`: the first refusal since the chat's queue last drained, which is told. */
  | { status: 'full'; firstRefusal: boolean };

export class ChatQueues {
  private readonly queues = new Map<string, PQueue>();
  /** Chats that refused a question since their queue last drained. */
  private readonly overflowing = new Set<string>();

  constructor(private readonly maxWaiting = MAX_WAITING_PER_CHAT) {}

  /** Queues `work` behind the chat's earlier questions, or refuses it when the chat is full. */
  add<T>(chatKey: string, work: () => Promise<T>): Queued<T> {
    const queue = this.queueOf(chatKey);
    if (queue.size >= this.maxWaiting) {
      const firstRefusal = !this.overflowing.has(chatKey);
      this.overflowing.add(chatKey);
      return { status: 'full', firstRefusal };
    }
    const done = queue.add(work);
    void done.then(
      () => this.forgetIfIdle(chatKey, queue),
      () => this.forgetIfIdle(chatKey, queue),
    );
    return { status: 'queued', done };
  }

  /** Chats with questions waiting or being answered. */
  get size(): number {
    return this.queues.size;
  }

  private queueOf(chatKey: string): PQueue {
    const existing = this.queues.get(chatKey);
    if (existing !== undefined) return existing;
    const queue = new PQueue({ concurrency: 1 });
    this.queues.set(chatKey, queue);
    return queue;
  }

  /** An idle chat's queue is dropped, so that memory follows the chats that are busy now. */
  private forgetIfIdle(chatKey: string, queue: PQueue): void {
    if (queue.size > 0 || queue.pending > 0 || this.queues.get(chatKey) !== queue) return;
    this.queues.delete(chatKey);
    this.overflowing.delete(chatKey);
  }
}
