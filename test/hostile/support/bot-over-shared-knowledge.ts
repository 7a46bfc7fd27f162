/**
 * `npm start` as a child process over a copy of the repository's knowledge and its snapshot,
 * built once per test run: the bot loads it in a moment instead of building its own, so a
 * test pays only for starting the process. Helpers wait (by polling) for a log line or the
 * exit, with generous bounds for a busy machine.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { type BotProcess, startBotProcess } from '../../cli/support/bot-process.js';
import { copyKnowledgeFolders, makeTempDir } from '../../support/knowledge-folders.js';
import { waitUntil } from '../../support/wait-until.js';

export interface SharedKnowledgeBot extends BotProcess {
  /** Kills the process if it still runs and removes its folders. */
  cleanup(): Promise<void>;
}

/** Starts the bot with `environment` (tokens, stand-in addresses) over the shared snapshot. */
export async function startBotOverSharedKnowledge(
  environment: Record<string, string>,
): Promise<SharedKnowledgeBot> {
  const root = await makeTempDir('kb-hostile-');
  const folders = { knowledgeDir: path.join(root, 'knowledge'), dataDir: path.join(root, 'data') };
  await copyKnowledgeFolders(inject('repositoryKnowledge'), folders);
  const bot = await startBotProcess({
    HOME: root,
    KNOWLEDGE_DIR: folders.knowledgeDir,
    DATA_DIR: folders.dataDir,
    ...environment,
  });
  return Object.assign(bot, {
    cleanup: async () => {
      if (bot.process.exitCode === null && bot.process.signalCode === null) {
        bot.process.kill('SIGKILL');
        await bot.exited;
      }
      await fs.rm(root, { recursive: true, force: true });
    },
  });
}

/** Waits until the bot's log matches `pattern`; the log so far explains a failure. */
export async function logged(bot: BotProcess, pattern: RegExp, withinMs = 30_000): Promise<void> {
  await waitUntil(
    () => pattern.test(bot.stderr),
    () => `a log line matching ${pattern} (log so far:\n${bot.stderr})`,
    withinMs,
  );
}

/** The exit code once the bot has exited, within `withinMs`. */
export async function exitCodeWithin(bot: BotProcess, withinMs: number): Promise<number | null> {
  await waitUntil(
    () => bot.process.exitCode !== null || bot.process.signalCode !== null,
    () => `the bot's exit (log so far:\n${bot.stderr})`,
    withinMs,
  );
  return bot.process.exitCode;
}

/** Resolves once /healthz answers at all (503 while the chat adapters start). */
export async function serving(bot: BotProcess, withinMs = 60_000): Promise<void> {
  await waitUntil(
    async () => {
      const response = await fetch(`http://127.0.0.1:${bot.port}/healthz`).catch(() => null);
      return response !== null;
    },
    () => `the bot's HTTP server (log so far:\n${bot.stderr})`,
    withinMs,
  );
}
