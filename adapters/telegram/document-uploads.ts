/**
 * A file an admin (TELEGRAM_ADMIN_IDS) sends the bot in a private chat is added to the
 * knowledge base, its caption read as metadata ("date: 2025-06-30"); the reply is that
 * file's part of the reload report and questions the document answers, or why nothing was
 * stored. Everything but the download is the engine's (addUploadedDocument), as on every
 * platform. A file from anyone else, or in a group, goes on to the media hint: nothing of it
 * is downloaded or stored.
 */
import { Composer, type Context } from 'grammy';
import { addUploadedDocument, type DocumentUpload } from '../../src/adapter-kit.js';
import { replyLines } from './admin-commands.js';
import { BOT_API_DOWNLOAD_LIMIT_BYTES } from './download-file.js';
import { keepTyping } from './keep-typing.js';
import type { TelegramServices } from './telegram-services.js';

export function documentUploads(services: TelegramServices): Composer<Context> {
  const composer = new Composer<Context>();
  composer
    .on('message:document')
    .filter((ctx) => ctx.chat.type === 'private' && services.adminIds.has(String(ctx.from.id)))
    .use(async (ctx) => {
      const upload = uploadOf(ctx, ctx.msg.document, services);
      const request = { userId: String(ctx.from.id), logger: services.logger };
      const reply = await keepTyping(ctx, services.logger, () =>
        addUploadedDocument(services.engine, upload, request),
      );
      await replyLines(ctx, reply.lines);
    });
  return composer;
}

/** The document as the engine takes it; the Bot API's file_size is checked before getFile. */
function uploadOf(
  ctx: Context,
  document: { file_id: string; file_name?: string; file_size?: number },
  services: TelegramServices,
): DocumentUpload {
  return {
    fileName: document.file_name ?? '',
    declaredBytes: document.file_size,
    caption: ctx.msg?.caption,
    platformLimitBytes: BOT_API_DOWNLOAD_LIMIT_BYTES,
    download: () => services.downloadFile(ctx.api, document.file_id),
  };
}
