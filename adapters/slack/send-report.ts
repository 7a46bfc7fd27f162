/** Posts a report to a channel unasked: the weekly digest to ADMIN_DIGEST_SLACK_CHANNEL. */
import type { webApi } from '@slack/bolt';
import { formatReport } from './format-report.js';

export async function sendReport(
  client: webApi.WebClient,
  channel: string,
  text: string,
): Promise<void> {
  await client.chat.postMessage({
    channel,
    text: formatReport(text),
    unfurl_links: false,
    unfurl_media: false,
  });
}
