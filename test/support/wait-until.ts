/**
 * Polls a condition until it holds, for what happens "within seconds" on a busy machine; the
 * bound is generous because it only catches what never happens.
 */
export async function waitUntil(
  holds: () => boolean | Promise<boolean>,
  /** What is awaited, for the error; a function to say how things stood at the deadline. */
  what: string | (() => string),
  withinMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await holds())) {
    if (Date.now() > deadline) {
      const described = typeof what === 'string' ? what : what();
      throw new Error(`${described} did not happen within ${withinMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
