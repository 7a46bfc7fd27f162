/**
 * The weekly digest for the admins (usage and knowledge gaps, see
 * question-log/weekly-digest.ts), posted through every chat adapter that names a chat for it
 * (ADMIN_DIGEST_TELEGRAM_CHAT_ID, ADMIN_DIGEST_SLACK_CHANNEL, as each platform declares). The
 * composition root schedules it beside the adapters and stops it before them; it knows them
 * only as ChatAdapters.
 */
import type { Engine } from './engine/answer-types.js';
import type { ReportClock } from './engine/log-report.js';
import { errorMessage } from './errors.js';
import type { ChatAdapter } from './http/chat-adapter.js';
import type { Logger } from './logger.js';
import type { QuestionLog } from './question-log/question-log.js';
import { type DigestSchedule, scheduleDigest } from './question-log/schedule-digest.js';
import { composeDigest } from './question-log/weekly-digest.js';

export interface AdminDigestOptions {
  engine: Pick<Engine, 'currentSnapshot'>;
  questionLog: QuestionLog;
  adapters: readonly ChatAdapter[];
  logger: Logger;
  /** A cron pattern; Mondays at 09:00 by default. */
  pattern?: string;
  /** The clock and time zone the digest is made and scheduled in; tests set them. */
  clock?: ReportClock;
}

/** An adapter with a chat for the digest, and the means to post to it. */
interface DigestTarget {
  name: string;
  chatId: string;
  send: (chatId: string, text: string) => Promise<void>;
}

/** Schedules the digest; null when no adapter has a chat to send it to. */
export function scheduleAdminDigest(options: AdminDigestOptions): DigestSchedule | null {
  const targets = digestTargets(options.adapters);
  if (targets.length === 0) return null;
  const { logger, clock } = options;
  const schedule = scheduleDigest({
    compose: () =>
      composeDigest(options.questionLog, options.engine.currentSnapshot(), {
        now: clock?.now?.(),
        timeZone: clock?.timeZone,
      }),
    send: (text) => sendToEach(targets, text, logger),
    pattern: options.pattern,
    timeZone: clock?.timeZone,
    onError: (error) =>
      logger.error({ reason: errorMessage(error) }, 'Could not make the weekly digest'),
  });
  const next = schedule.nextRun()?.toISOString();
  logger.info({ adapters: targets.map((target) => target.name), next }, 'Weekly digest scheduled');
  return schedule;
}

function digestTargets(adapters: readonly ChatAdapter[]): DigestTarget[] {
  return adapters.flatMap((adapter) => {
    const send = adapter.sendToChat?.bind(adapter);
    const chatId = adapter.digestChatId;
    return chatId === undefined || send === undefined ? [] : [{ name: adapter.name, chatId, send }];
  });
}

/** Each platform on its own: one that refuses (the bot left the channel) stops no other. */
async function sendToEach(targets: DigestTarget[], text: string, logger: Logger): Promise<void> {
  await Promise.all(
    targets.map(async ({ name, chatId, send }) => {
      try {
        await send(chatId, text);
        logger.info({ adapter: name }, 'Sent the weekly digest');
      } catch (error) {
        logger.error(
          { adapter: name, reason: errorMessage(error) },
          'Could not send the weekly digest; check that the bot is still a member of its chat',
        );
      }
    }),
  );
}
