/**
 * The Feishu/Lark adapter: the official SDK's client and event dispatcher wired to the engine.
 * Mirrors `createTelegramBot` and `createSlackApp`: the composition root serves `routes`
 * (/lark/events, in HTTP mode) and calls `start()` and `stop()`. By default events arrive
 * over the SDK's long connection, which needs no public URL.
 */
import type { Agent } from 'node:http';
import {
  Client,
  DefaultCache,
  type EventDispatcher,
  type HttpInstance,
  LoggerLevel,
} from '@larksuiteoapi/node-sdk';
import type {
  ChatAdapter,
  Engine,
  LimitsConfig,
  Logger,
  NetworkConfig,
  QuestionLog,
  ReportClock,
} from '../../src/adapter-kit.js';
import {
  BoundedMap,
  ChatQueues,
  ConversationMemory,
  DEFAULT_NETWORK,
  InFlightWork,
  proxyAgentFor,
  QuestionRateLimiter,
  reachPlatform,
} from '../../src/adapter-kit.js';
import { larkEventDispatcher } from './event-dispatcher.js';
import { larkEventsRoute } from './events-route.js';
import { explainStartFailure } from './explain-start-failure.js';
import type { LarkSettings } from './lark-adapter.js';
import { LarkApi } from './lark-api.js';
import { larkHttpInstance } from './lark-http-instance.js';
import { larkLogger, type SdkLogger } from './lark-logger.js';
import type { LarkServices } from './lark-services.js';
import { LongConnection } from './long-connection.js';
import { remainingBound } from './remaining-bound.js';

export interface LarkAdapterConfig extends LarkSettings {
  limits: LimitsConfig;
  /** The proxy and the start-up bound; no proxy and 60 s when omitted (tests). */
  network?: NetworkConfig;
  /** Where questions and ratings are recorded; without one nothing is (tests). */
  questionLog?: QuestionLog | undefined;
  /** The days /stats, /gaps and /digest count; the real clock and the server's zone when omitted. */
  reportClock?: ReportClock | undefined;
}

export interface LarkAdapter extends ChatAdapter {
  /** The SDK's dispatcher, for tests that push events through `dispatcher.invoke`. */
  readonly dispatcher: EventDispatcher;
  /**
   * Resolves once every event taken has been handled (its answer sent, its card updated).
   * Events are handled after the dispatcher returns, because Lark waits only 3 seconds.
   */
  settled(): Promise<void>;
}

/** Cards whose answer is kept, so that a rating can update them. */
const REMEMBERED_CARDS = 5000;

export function createLarkBot(
  engine: Engine,
  config: LarkAdapterConfig,
  logger: Logger,
): LarkAdapter {
  const sdkLogger = larkLogger(logger, secretsOf(config));
  const transport = transportFor(config);
  // A cache of its own: the SDK's default one is shared by every client in the process.
  const cache = new DefaultCache();
  const client = sdkClient(config, { sdkLogger, cache, httpInstance: transport.httpInstance });
  const services = servicesFor(engine, config, new LarkApi(client), logger);
  const dispatcher = larkEventDispatcher(services, { ...config, sdkLogger, cache });
  return adapterAround(dispatcher, services, { ...config, ...transport }, sdkLogger);
}

/** How the SDK reaches Lark: its requests bounded, and through the proxy when one applies. */
interface Transport {
  network: NetworkConfig;
  httpInstance: HttpInstance;
  agent: Agent | undefined;
}

function transportFor(config: LarkAdapterConfig): Transport {
  const network = config.network ?? DEFAULT_NETWORK;
  // One tunnel for the API and the WebSocket. NO_PROXY is judged on LARK_DOMAIN: the
  // WebSocket's host is known only once the SDK has asked the API for it.
  const agent = proxyAgentFor(config.domain, network.proxy);
  return { network, agent, httpInstance: larkHttpInstance(agent) };
}

function sdkClient(
  config: LarkAdapterConfig,
  parts: { sdkLogger: SdkLogger; cache: DefaultCache; httpInstance: HttpInstance },
): Client {
  return new Client({
    appId: config.appId,
    appSecret: config.appSecret,
    domain: config.domain,
    cache: parts.cache,
    httpInstance: parts.httpInstance,
    logger: parts.sdkLogger,
    loggerLevel: LoggerLevel.trace,
  });
}

function servicesFor(
  engine: Engine,
  config: LarkAdapterConfig,
  api: LarkApi,
  logger: Logger,
): LarkServices {
  return {
    engine,
    memory: new ConversationMemory(),
    rateLimiter: new QuestionRateLimiter(config.limits),
    chatQueues: new ChatQueues(),
    api,
    adminOpenIds: new Set(config.adminOpenIds),
    bot: { openId: undefined },
    sentAnswers: new BoundedMap(REMEMBERED_CARDS),
    inFlight: new InFlightWork(),
    logger,
    questionLog: config.questionLog,
    reportClock: config.reportClock,
  };
}

function adapterAround(
  dispatcher: EventDispatcher,
  services: LarkServices,
  config: LarkAdapterConfig & Transport,
  sdkLogger: SdkLogger,
): LarkAdapter {
  let state: 'created' | 'running' | 'stopped' = 'created';
  const stopping = new AbortController();
  const connection =
    config.mode === 'websocket'
      ? new LongConnection({ ...config, sdkLogger, logger: services.logger })
      : undefined;
  const isAccepting = () => state === 'running';
  return {
    name: 'lark',
    dispatcher,
    settled: () => services.inFlight.settled(),
    routes:
      config.mode === 'http'
        ? [larkEventsRoute(dispatcher, config, isAccepting, services.logger)]
        : [],
    async start() {
      if (state !== 'created') return;
      const startedAt = Date.now();
      const { network } = config;
      await identify(services, config, { network, signal: stopping.signal });
      // One bound for the whole start: the connection gets what the bot profile left of it.
      const rest = { network: remainingBound(network, startedAt), signal: stopping.signal };
      await connection?.start(dispatcher, rest);
      // stop() may have come while the connection was being made.
      if (state !== 'created') return;
      state = 'running';
      logStarted(services.logger, config);
    },
    async stop() {
      state = 'stopped';
      stopping.abort(new Error('the Lark adapter is stopping'));
      connection?.stop();
      await services.inFlight.settled();
      services.logger.info('Lark adapter stopped');
    },
  };
}

/**
 * Reads the bot's open id, which also proves the app's credentials before anything else,
 * within CONNECT_TIMEOUT_SECONDS.
 */
async function identify(
  services: LarkServices,
  config: LarkAdapterConfig,
  bound: { network: NetworkConfig; signal: AbortSignal },
): Promise<void> {
  const reading = reachPlatform(() => services.api.botOpenId(), {
    platform: 'Lark',
    address: config.domain,
    variable: 'LARK_DOMAIN',
    ...bound,
    logger: services.logger,
    isTransient,
  });
  services.bot.openId = await reading.catch((error: unknown) => {
    throw explainStartFailure(error);
  });
}

/** No connection or no answer (an axios error without a response), or a 5xx from Lark. */
function isTransient(error: unknown): boolean {
  const cause = ((error as { cause?: unknown } | null)?.cause ?? error) as {
    isAxiosError?: boolean;
    response?: { status?: number };
  } | null;
  if (cause?.isAxiosError !== true) return false;
  return cause.response === undefined || (cause.response.status ?? 0) >= 500;
}

function logStarted(logger: Logger, config: LarkAdapterConfig): void {
  logger.info(
    { mode: config.mode, domain: config.domain },
    config.mode === 'websocket'
      ? 'Lark adapter connected (long connection)'
      : 'Lark adapter ready (HTTP events at /lark/events)',
  );
}

function secretsOf(config: LarkSettings): string[] {
  return [config.appSecret, config.verificationToken ?? '', config.encryptKey ?? ''];
}
