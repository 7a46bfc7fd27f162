/**
 * The deadline a stopping bot exits by (SHUTDOWN_TIMEOUT_SECONDS, 10 s by default). Stopping
 * waits for the answers in flight, and one may be stuck: a platform that keeps a post waiting
 * or retries it, a server that never answers. Past the deadline the process exits anyway,
 * with a log line saying so: code 1 while answers were still in flight, or the command's own
 * code when it had finished and only a client's background retries kept the process open.
 * The timer is unref'd, so it never keeps alive a process that has finished its work.
 */
import type { Logger } from './logger.js';

/** Exits the process `deadlineMs` from now unless it has exited by then. */
export function exitAfterDeadline(deadlineMs: number, logger: Logger): void {
  const timer = setTimeout(() => {
    // The command has returned its exit code when only stray connections are left open.
    const code = process.exitCode ?? 1;
    logger[code === 0 ? 'warn' : 'error'](
      { deadlineSeconds: deadlineMs / 1000 },
      code === 0
        ? `stopped, but connections are still open after ${deadlineMs / 1000} s (SHUTDOWN_TIMEOUT_SECONDS): exiting now`
        : `still stopping after ${deadlineMs / 1000} s (SHUTDOWN_TIMEOUT_SECONDS): exiting now; answers still being sent are dropped`,
    );
    process.exit(code);
  }, deadlineMs);
  timer.unref();
}
