/**
 * Drops an update whose id was already seen. Telegram redelivers a webhook update that was
 * not acknowledged in time, and a restart can replay the last batch of getUpdates; a question
 * must not be answered twice.
 */
import type { Context, MiddlewareFn } from 'grammy';
import { BoundedMap } from '../../src/adapter-kit.js';

const REMEMBERED_UPDATES = 10_000;

export function ignoreDuplicateUpdates(): MiddlewareFn<Context> {
  const seen = new BoundedMap<number, true>(REMEMBERED_UPDATES);
  return (ctx, next) => {
    const id = ctx.update.update_id;
    if (seen.has(id)) return;
    seen.set(id, true);
    return next();
  };
}
