/**
 * One deadline for a whole model answer, retries included (OPENAI_TIMEOUT_SECONDS). The
 * client's timeout holds for one attempt only, and LangChain retries a timed-out attempt
 * OPENAI_MAX_RETRIES times with a backoff between: a hanging server cost 96 s for a 30 s
 * setting. The deadline's signal goes with the request, so expiry aborts the attempt in
 * flight and stops the retries; the race makes it hold even where a client ignores signals.
 */
import { LanguageModelError } from '../errors.js';

export interface Deadline {
  signal: AbortSignal;
  /** `work`'s outcome, or a `LanguageModelError` once the deadline passes. */
  within<T>(work: Promise<T>): Promise<T>;
}

export function startDeadline(timeoutMs: number): Deadline {
  const signal = AbortSignal.timeout(timeoutMs);
  const expired = () =>
    new LanguageModelError(
      `the model did not answer within OPENAI_TIMEOUT_SECONDS (${timeoutMs / 1000} s, retries included); raise it if the server is slow but working`,
    );
  return { signal, within: (work) => race(work, signal, expired) };
}

function race<T>(work: Promise<T>, signal: AbortSignal, expired: () => Error): Promise<T> {
  if (signal.aborted) return Promise.reject(expired());
  let onAbort = () => {};
  const deadline = new Promise<never>((_, reject) => {
    onAbort = () => reject(expired());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  // The aborted request rejects later too; that outcome is no longer anyone's to handle.
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => signal.removeEventListener('abort', onAbort));
}
