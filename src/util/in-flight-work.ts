/**
 * The answers being worked on, so that stop() can wait for them: a deploy or Ctrl-C lets
 * every question already taken get its answer before the process exits.
 */
export class InFlightWork {
  private readonly pending = new Set<Promise<unknown>>();

  /** Tracks `work` until it settles and returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return work;
  }

  /** Resolves once nothing is in flight, including work that started while waiting. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  get size(): number {
    return this.pending.size;
  }
}
