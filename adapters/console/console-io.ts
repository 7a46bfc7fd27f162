import type { Readable, Writable } from 'node:stream';

/** The streams a console command reads and writes; tests pass their own. */
export interface ConsoleIo {
  input: Readable;
  output: Writable;
  /** True when a person types at a terminal (prompts are shown). */
  interactive: boolean;
}

/** The process's own terminal streams. */
export function processIo(): ConsoleIo {
  return {
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
  };
}

/** Writes a line and resolves once it is flushed (so that piped output is complete on exit). */
export function writeLine(output: Writable, line: string): Promise<void> {
  return new Promise((resolve, reject) =>
    output.write(`${line}\n`, (error) => (error ? reject(error) : resolve())),
  );
}
