/**
 * Posts a report to a chat unasked (the weekly digest to ADMIN_DIGEST_TELEGRAM_CHAT_ID), in
 * the form /stats and /gaps are shown in.
 */
import type { Api } from 'grammy';
import { formatReport } from './format-report.js';

/** Sends each part in turn, so that they arrive in order. */
export async function sendReport(api: Api, chatId: string, text: string): Promise<void> {
  for (const part of formatReport(text)) {
    await api.sendMessage(chatTarget(chatId), part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
  }
}

/** A numeric id as a number; a channel's @username as it is. */
function chatTarget(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}
