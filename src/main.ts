/**
 * The composition root, and the only module that wires adapters to the engine. It finds the
 * chat platforms through the table in adapters/index.ts and knows none of them by name.
 *   start (default): every chat adapter whose variables are set, with the question log and
 *                    the weekly digest, else the console chat
 *   ask:             one answer (npm run ask -- "question" [--json])
 *   reload:          rebuild the snapshot and print the report
 */
import { runAsk } from '../adapters/console/ask-command.js';
import { runConsoleChat } from '../adapters/console/console-chat.js';
import { processIo } from '../adapters/console/console-io.js';
import { runReload } from '../adapters/console/reload-command.js';
import { ADAPTERS, enabledAdapters } from './adapter-registry.js';
import { scheduleAdminDigest } from './admin-digest.js';
import { createChatAdapters } from './chat-adapters.js';
import { type Config, type LogLevel, loadConfig, secretsOf } from './config.js';
import type { Engine } from './engine/answer-types.js';
import { createEngine, type EngineOptions } from './engine/create-engine.js';
import { ConfigError, errorMessage } from './errors.js';
import { exitAfterDeadline } from './exit-deadline.js';
import type { ChatAdapter } from './http/chat-adapter.js';
import { noSnapshotReason } from './http/no-snapshot-reason.js';
import { startHttpServer } from './http/start-http-server.js';
import { createLogger, type Logger } from './logger.js';
import { createAnswerWriter } from './model/create-answer-writer.js';
import { QuestionLog } from './question-log/question-log.js';
import type { DigestSchedule } from './question-log/schedule-digest.js';

type Command = (config: Config, logger: Logger, args: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; logLevel: LogLevel }> = {
  start: { run: start, logLevel: 'info' },
  ask: { run: ask, logLevel: 'warn' },
  reload: { run: reload, logLevel: 'info' },
};

async function main(argv: string[]): Promise<void> {
  const [name = 'start', ...args] = argv;
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(
      `Unknown command '${name}'. Use start, ask or reload (npm start, npm run ask, npm run reload).\n`,
    );
    process.exitCode = 2;
    return;
  }
  const config = readConfig();
  if (config === null) return;
  const logger = createLogger({
    level: config.logLevel ?? command.logLevel,
    secrets: secretsOf(config),
  });
  process.exitCode = await command.run(config, logger, args);
}

function readConfig(): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return null;
  }
}

async function engineFor(
  config: Config,
  logger: Logger,
  options: Pick<EngineOptions, 'buildIfMissing' | 'buildOn'> = {},
): Promise<Engine> {
  const writer = await createAnswerWriter(config, logger);
  return createEngine({ config, logger, writer, ...options });
}

/** `ask` and `reload` answer no one while they build, so they build on their own thread. */
async function ask(config: Config, logger: Logger, args: string[]): Promise<number> {
  const engine = await engineFor(config, logger, { buildOn: 'this-thread' });
  return runAsk(engine, args, processIo());
}

async function reload(config: Config, logger: Logger): Promise<number> {
  const engine = await engineFor(config, logger, { buildIfMissing: false, buildOn: 'this-thread' });
  return runReload(engine, processIo());
}

/**
 * The console chat records nothing in the question log: its questions are the operator's own
 * tries, with no member behind them, and would only blur what members ask (so does `ask`).
 */
async function start(config: Config, logger: Logger): Promise<number> {
  const engine = await engineFor(config, logger);
  if (enabledAdapters(config.adapters).length === 0) {
    const switches = ADAPTERS.map((module) => module.enabledBy).join(', ');
    logger.info(`no chat platform is set (${switches}): starting the console chat`);
    await runConsoleChat(engine, processIo());
    await engine.close();
    return 0;
  }
  const questionLog = await openQuestionLog(config, logger);
  try {
    const adapters = await createChatAdapters(engine, questionLog, config, logger);
    const digest = scheduleAdminDigest({ engine, questionLog, adapters, logger });
    await serve(engine, adapters, digest, config, logger);
  } finally {
    // After the adapters stopped: the answers they finished sending were recorded.
    questionLog.close();
  }
  return 0;
}

/** The question log in DATA_DIR, migrated, with feedback.jsonl imported once and old rows pruned. */
async function openQuestionLog(config: Config, logger: Logger): Promise<QuestionLog> {
  const questionLog = await QuestionLog.open({
    dataDir: config.dataDir,
    retentionDays: config.questionLog.retentionDays,
    salt: config.questionLog.userSalt,
    logger,
  });
  logger.info({ file: questionLog.file, ...questionLog.openReport }, 'question log open');
  return questionLog;
}

/**
 * Serves /healthz and the adapters' routes on PORT, starts the adapters, and stops all on
 * SIGINT/SIGTERM, even while they start, exiting by SHUTDOWN_TIMEOUT_SECONDS whatever is
 * still in flight. /healthz answers 200 only while every adapter is running and a snapshot
 * serves. An adapter that cannot start stops the others, so the process exits with the reason
 * instead of serving half. The digest stops first, so that none is sent while stopping.
 */
async function serve(
  engine: Engine,
  adapters: ChatAdapter[],
  digest: DigestSchedule | null,
  config: Config,
  logger: Logger,
): Promise<void> {
  let ready = false;
  const server = await startHttpServer({
    port: config.port,
    host: config.host,
    routes: adapters.flatMap((adapter) => adapter.routes),
    health: () => healthOf(engine),
    isReady: () => ready,
    unavailable: () => noSnapshotReason(engine.status()),
    logger,
  });
  let stopping: Promise<void> | undefined;
  const stopAll = () => {
    ready = false;
    digest?.stop();
    // The server stops taking requests while each adapter waits for its answers in flight.
    stopping ??= Promise.allSettled([
      server.close(),
      ...adapters.map((adapter) => adapter.stop()),
    ]).then(() => engine.close());
    return stopping;
  };
  const stopped = new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info(
        { signal, deadlineSeconds: config.shutdownTimeoutMs / 1000 },
        'stopping: letting answers in flight finish',
      );
      exitAfterDeadline(config.shutdownTimeoutMs, logger);
      void stopAll().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // A stop during start-up ends the adapters' attempts to connect, and wins over their failure.
  const started = await Promise.race([
    Promise.allSettled(adapters.map((adapter) => startAdapter(adapter, logger))),
    stopped.then(() => null),
  ]);
  if (started === null || stopping !== undefined) return stopped;
  const failure = started.find((result) => result.status === 'rejected');
  if (failure !== undefined) {
    exitAfterDeadline(config.shutdownTimeoutMs, logger);
    await stopAll();
    throw failure.reason;
  }
  ready = stopping === undefined;
  await stopped;
}

async function startAdapter(adapter: ChatAdapter, logger: Logger): Promise<void> {
  await adapter.start().catch((error: unknown) => {
    logger.error(
      { adapter: adapter.name, reason: errorMessage(error) },
      'chat adapter failed to start',
    );
    throw error;
  });
  logger.info({ adapter: adapter.name }, 'chat adapter started');
}

function healthOf(engine: Engine): Record<string, unknown> {
  const status = engine.status();
  return {
    snapshot: status.snapshotId,
    documents: status.documents,
    chunks: status.chunks,
    uptimeSeconds: status.uptimeSeconds,
  };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`The bot stopped: ${errorMessage(error)}\n`);
  process.exitCode = 1;
});
