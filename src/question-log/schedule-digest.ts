/**
 * Sends the weekly digest on a cron schedule (croner). Where it goes is the adapters' part:
 * they pass `send`, which posts to ADMIN_DIGEST_TELEGRAM_CHAT_ID or ADMIN_DIGEST_SLACK_CHANNEL.
 */
import { Cron } from 'croner';

/** Mondays at 09:00: the start of the admins' week. */
export const WEEKLY = '0 9 * * 1';

export interface DigestScheduleOptions {
  /** Makes the digest's text when it is due. */
  compose: () => Promise<string>;
  /** Delivers it; every destination configured, in the adapters' hands. */
  send: (text: string) => Promise<void>;
  /** A cron pattern; Mondays at 09:00 by default. */
  pattern?: string;
  /** An IANA time zone for the pattern; the server's by default. */
  timeZone?: string;
  /** Called when composing or sending fails; the schedule keeps running. */
  onError?: (error: unknown) => void;
}

export interface DigestSchedule {
  /** When the digest goes next, or null once stopped. */
  nextRun(): Date | null;
  /** Composes and sends the digest now (the /digest command). */
  sendNow(): Promise<void>;
  stop(): void;
}

/** Starts the schedule. Its timer never keeps the process alive on its own. */
export function scheduleDigest(options: DigestScheduleOptions): DigestSchedule {
  const run = async () => options.send(await options.compose());
  const job = new Cron(
    options.pattern ?? WEEKLY,
    {
      unref: true,
      protect: true,
      ...(options.timeZone === undefined ? {} : { timezone: options.timeZone }),
      catch: (error) => options.onError?.(error),
    },
    run,
  );
  return {
    nextRun: () => job.nextRun(),
    sendNow: run,
    stop: () => job.stop(),
  };
}
