/**
 * A report (reload, status, /kb stats, /kb gaps, the digest) as Slack mrkdwn, as a pure
 * function: a code block, so that file names with _ or * are not read as formatting and the
 * columns and sparkline of the question log's reports line up.
 */
import { escapeMrkdwn } from './escape-mrkdwn.js';

export function formatReport(text: string): string {
  return `\`\`\`\n${escapeMrkdwn(text)}\n\`\`\``;
}
