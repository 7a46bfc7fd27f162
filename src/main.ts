/**
 * The composition root, and the only module that wires adapters to the engine.
 *   start (default): every chat adapter whose token is set, else the console chat
 *   ask:             one answer (npm run ask -- "question" [--json])
 *   reload:          rebuild the snapshot and print the report
 */
import { runAsk } from '../adapters/console/ask-command.js';
import { runConsoleChat } from '../adapters/console/console-chat.js';
import { processIo } from '../adapters/console/console-io.js';
import { runReload } from '../adapters/console/reload-command.js';
import { type Config, type LogLevel, loadConfig, secretsOf } from './config.js';
import type { Engine } from './engine/answer-types.js';
import { createEngine } from './engine/create-engine.js';
import { ConfigError, errorMessage } from './errors.js';
import type { ChatAdapter } from './http/chat-adapter.js';
import { startHttpServer } from './http/start-http-server.js';
import { createLogger, type Logger } from './logger.js';
import { createAnswerWriter } from './model/create-answer-writer.js';

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

async function engineFor(config: Config, logger: Logger, buildIfMissing = true): Promise<Engine> {
  const writer = await createAnswerWriter(config, logger);
  return createEngine({ config, logger, writer, buildIfMissing });
}

async function ask(config: Config, logger: Logger, args: string[]): Promise<number> {
  const engine = await engineFor(config, logger);
  return runAsk(engine, args, processIo());
}

async function reload(config: Config, logger: Logger): Promise<number> {
  const engine = await engineFor(config, logger, false);
  return runReload(engine, processIo());
}

async function start(config: Config, logger: Logger): Promise<number> {
  const engine = await engineFor(config, logger);
  const adapters = await chatAdapters(engine, config, logger);
  if (adapters.length === 0) {
    logger.info('no TELEGRAM_BOT_TOKEN or SLACK_BOT_TOKEN set: starting the console chat');
    await runConsoleChat(engine, processIo());
    await engine.close();
    return 0;
  }
  await serve(engine, adapters, config, logger);
  return 0;
}

/** The adapters whose tokens are set; each platform's SDK is loaded only when it is used. */
async function chatAdapters(
  engine: Engine,
  config: Config,
  logger: Logger,
): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  if (config.telegram !== null) {
    const { createTelegramBot } = await import('../adapters/telegram/index.js');
    adapters.push(
      createTelegramBot(
        engine,
        { ...config.telegram, limits: config.limits },
        logger.child({ adapter: 'telegram' }),
      ),
    );
  }
  if (config.slack !== null) {
    const { createSlackApp } = await import('../adapters/slack/index.js');
    adapters.push(
      createSlackApp(
        engine,
        { ...config.slack, limits: config.limits },
        logger.child({ adapter: 'slack' }),
      ),
    );
  }
  return adapters;
}

/**
 * Serves /healthz and the adapters' routes on PORT, starts the adapters, and stops all on
 * SIGINT/SIGTERM. /healthz answers 200 only while every adapter is running. An adapter that
 * cannot start stops the others, so the process exits with the reason instead of serving half.
 */
async function serve(
  engine: Engine,
  adapters: ChatAdapter[],
  config: Config,
  logger: Logger,
): Promise<void> {
  let ready = false;
  const server = await startHttpServer({
    port: config.port,
    routes: adapters.flatMap((adapter) => adapter.routes),
    health: () => healthOf(engine),
    isReady: () => ready,
    logger,
  });
  let stopping: Promise<void> | undefined;
  const stopAll = () => {
    ready = false;
    // The server stops taking requests while each adapter waits for its answers in flight.
    stopping ??= Promise.allSettled([
      server.close(),
      ...adapters.map((adapter) => adapter.stop()),
    ]).then(() => engine.close());
    return stopping;
  };
  const stopped = new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'stopping: letting answers in flight finish');
      void stopAll().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // Every start settles before any stop, so that no adapter starts after it was stopped.
  const started = await Promise.allSettled(
    adapters.map((adapter) => startAdapter(adapter, logger)),
  );
  const failure = started.find((result) => result.status === 'rejected');
  if (failure !== undefined) {
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
