/**
 * `npm run ask -- "question"`: one answer for a person. `--json`: one JSON object. `--json`
 * with no question: one question per line on standard input, one JSON object per line on
 * standard output, in order, from one loaded snapshot.
 */
import readline from 'node:readline';
import type { Engine } from '../../src/adapter-kit.js';
import { answerJson } from './answer-json.js';
import { type ConsoleIo, writeLine } from './console-io.js';
import { formatAnswer } from './format-answer.js';

export const ASK_USAGE =
  'Usage: npm run ask -- "your question"   (add --json for JSON; --json alone reads one question per line from standard input)';

/** Runs the ask command; returns the process exit code. */
export async function runAsk(
  engine: Engine,
  args: readonly string[],
  io: ConsoleIo,
): Promise<number> {
  const json = args.includes('--json');
  const question = args.filter((arg) => arg !== '--json').join(' ');
  if (question !== '') {
    const answer = await engine.answer(question);
    await writeLine(io.output, json ? JSON.stringify(answerJson(answer)) : formatAnswer(answer));
    return 0;
  }
  if (!json && io.interactive) {
    await writeLine(io.output, ASK_USAGE);
    return 2;
  }
  await answerEachLine(engine, io, json);
  return 0;
}

async function answerEachLine(engine: Engine, io: ConsoleIo, json: boolean): Promise<void> {
  const lines = readline.createInterface({ input: io.input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const answer = await engine.answer(line);
    await writeLine(
      io.output,
      json ? JSON.stringify(answerJson(answer)) : `${formatAnswer(answer)}\n`,
    );
  }
}
