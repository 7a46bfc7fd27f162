/**
 * Commands for the user ids in TELEGRAM_ADMIN_IDS: /reload rebuilds the knowledge snapshot
 * and posts the report, /status describes the engine, /stats, /gaps and /digest report from
 * the question log (the digest to the admin who asks, now), /docs lists the documents and
 * /remove <id> removes one added through the chat. Anyone else is told their user id, so
 * that an admin can add it, and the attempt is logged.
 */
import { Composer, type Context, type NextFunction } from 'grammy';
import {
  type AdminCommand,
  admitAdmin,
  LOG_REPORTS,
  runAdminCommand,
} from '../../src/adapter-kit.js';
import { escapeHtml } from './escape-html.js';
import { formatReport } from './format-report.js';
import { keepTyping } from './keep-typing.js';
import { replyHtml, replyText } from './reply-text.js';
import { splitText } from './split-text.js';
import { messagesForUser } from './telegram-messages.js';
import type { TelegramServices } from './telegram-services.js';

export function adminCommands(services: TelegramServices): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('reload', requireAdmin('reload', services), async (ctx) => {
    await replyText(ctx, messagesForUser(ctx.from).reloading);
    await replyLines(ctx, await run('reload', ctx, services));
  });
  composer.command('status', requireAdmin('status', services), async (ctx) => {
    const lines = await run('status', ctx, services);
    await replyLines(ctx, [...lines, messagesForUser(ctx.from).yourUserId(ctx.from?.id ?? 0)]);
  });
  composer.command('docs', requireAdmin('docs', services), async (ctx) => {
    await replyLines(ctx, await run('docs', ctx, services, ctx.match));
  });
  composer.command('remove', requireAdmin('remove', services), async (ctx) => {
    const lines = await keepTyping(ctx, services.logger, () =>
      run('remove', ctx, services, ctx.match),
    );
    await replyLines(ctx, lines);
  });
  for (const report of LOG_REPORTS) {
    composer.command(report, requireAdmin(report, services), async (ctx) => {
      await replyReport(ctx, await run(report, ctx, services));
    });
  }
  return composer;
}

function run(command: AdminCommand, ctx: Context, services: TelegramServices, argument?: string) {
  const userId = String(ctx.from?.id ?? 'unknown');
  const { logger, questionLog, reportClock } = services;
  const request = { userId, logger, questionLog, reportClock, argument };
  return runAdminCommand(services.engine, command, request);
}

/** Lets admins through; refuses everyone else with their user id. */
function requireAdmin(command: AdminCommand, services: TelegramServices) {
  return async (ctx: Context, next: NextFunction): Promise<void> => {
    const userId = ctx.from?.id;
    const attempt = { userId: String(userId ?? 'unknown'), command: `/${command}` };
    if (admitAdmin(services.adminIds, attempt, services.logger)) return next();
    const messages = messagesForUser(ctx.from);
    await replyText(ctx, messages.notAdmin(`/${command}`, userId ?? 0, 'TELEGRAM_ADMIN_IDS'));
  };
}

/** Sends lines (paths and error messages escaped), split if a long report exceeds one message. */
export async function replyLines(ctx: Context, lines: string[]): Promise<void> {
  for (const part of splitText(lines.map(escapeHtml).join('\n'))) {
    await replyHtml(ctx, part);
  }
}

/** A report of the question log, in fixed-width text so that its columns line up. */
async function replyReport(ctx: Context, lines: string[]): Promise<void> {
  for (const part of formatReport(lines.join('\n'))) await replyHtml(ctx, part);
}
