/**
 * Waits for a connection being opened elsewhere (by the SDK, which takes no signal), and
 * stops waiting when `signal` aborts, with its reason: a wait that timed out, or stop().
 */
export function untilOpen(opened: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    // Once settled, the listener goes: a bounded number of waits share one stop signal.
    opened.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
