/**
 * Commands for the user ids in TELEGRAM_ADMIN_IDS: /reload rebuilds the knowledge snapshot
 * and posts the report, /status describes the engine. Anyone else is told their user id, so
 * that an admin can add it, and the attempt is logged.
 */
import { Composer, type Context, type NextFunction } from 'grammy';
import { describeStatus } from '../../src/engine/describe-status.js';
import { NotAuthorizedError } from '../../src/errors.js';
import { describeReloadReport } from '../../src/snapshot/reload-report.js';
import type { BotDependencies } from './bot-dependencies.js';
import { messagesForUser } from './bot-messages.js';
import { escapeHtml } from './escape-html.js';
import { replyHtml, replyText } from './reply-text.js';
import { splitMessage } from './split-message.js';

export function adminCommands(dependencies: BotDependencies): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('reload', requireAdmin('reload', dependencies), async (ctx) => {
    await replyText(ctx, messagesForUser(ctx.from).reloading);
    const report = await dependencies.engine.reload();
    await replyLines(ctx, describeReloadReport(report));
  });
  composer.command('status', requireAdmin('status', dependencies), async (ctx) => {
    const lines = describeStatus(dependencies.engine.status());
    await replyLines(ctx, [...lines, messagesForUser(ctx.from).yourUserId(ctx.from?.id ?? 0)]);
  });
  return composer;
}

/** Lets admins through; refuses everyone else with their user id and logs the attempt. */
function requireAdmin(command: string, dependencies: BotDependencies) {
  return async (ctx: Context, next: NextFunction): Promise<void> => {
    const userId = ctx.from?.id;
    if (userId !== undefined && dependencies.adminIds.has(userId)) return next();
    const refusal = new NotAuthorizedError(String(userId ?? 'unknown'), `/${command}`);
    dependencies.logger.warn(
      { code: refusal.code, userId: refusal.userId, command: `/${command}` },
      refusal.message,
    );
    await replyText(ctx, messagesForUser(ctx.from).notAdmin(command, userId ?? 0));
  };
}

/** Sends lines (paths and error messages escaped), split if a long report exceeds one message. */
async function replyLines(ctx: Context, lines: string[]): Promise<void> {
  for (const part of splitMessage(lines.map(escapeHtml).join('\n'))) {
    await replyHtml(ctx, part);
  }
}
