/**
 * The Slack adapter: a bolt App wired to the engine. It translates Slack events, slash
 * commands and button clicks into engine calls and answers into Block Kit messages, and
 * nothing else; the engine knows no Slack.
 */
import {
  type AnyMiddlewareArgs,
  App,
  type BlockButtonAction,
  type Middleware,
  webApi,
} from '@slack/bolt';
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
  ChatQueues,
  ConversationMemory,
  DEFAULT_NETWORK,
  InFlightWork,
  QuestionRateLimiter,
  reachPlatform,
} from '../../src/adapter-kit.js';
import { adminCommands } from './admin-commands.js';
import { askCommand } from './ask-command.js';
import { boltLogger } from './bolt-logger.js';
import { directMessageListener } from './direct-message-listener.js';
import { errorBoundary } from './error-boundary.js';
import { explainStartFailure } from './explain-start-failure.js';
import { FEEDBACK_ACTION_PATTERN, feedbackButtons, reasonButtons } from './feedback-buttons.js';
import { fileShareListener } from './file-share-listener.js';
import { slackEventsRoute } from './http-route.js';
import { ignoreDuplicateEvents } from './ignore-duplicate-events.js';
import { mentionListener } from './mention-listener.js';
import { REASON_ACTION_PATTERN } from './reason-prompt.js';
import { sendReport } from './send-report.js';
import { sharedFileReader } from './shared-file.js';
import type { SlackSettings } from './slack-adapter.js';
import { SLACK_API, slackClientOptions } from './slack-client-options.js';
import { createReceiver, type SlackReceiver } from './slack-receiver.js';
import type { SlackServices } from './slack-services.js';
import { threadFollowUpListener } from './thread-follow-up.js';

export interface SlackAdapterConfig extends SlackSettings {
  limits: LimitsConfig;
  /** The proxy and the start-up bound; no proxy and 60 s when omitted (tests). */
  network?: NetworkConfig;
  /** Where questions and ratings are recorded; without one nothing is (tests). */
  questionLog?: QuestionLog | undefined;
  /** The days /kb stats, gaps and digest count; the real clock and the server's zone when omitted. */
  reportClock?: ReportClock | undefined;
}

export interface SlackAdapter extends ChatAdapter {
  /** The bolt App, for tests that push events through `app.processEvent`. */
  readonly app: App;
}

export function createSlackApp(
  engine: Engine,
  config: SlackAdapterConfig,
  logger: Logger,
): SlackAdapter {
  // The composition root hands each adapter a logger already tagged with its name.
  const log = logger;
  const network = config.network ?? DEFAULT_NETWORK;
  const bolt = boltLogger(log, [
    config.botToken,
    config.appToken ?? '',
    config.signingSecret ?? '',
  ]);
  const receiver = createReceiver({ ...config, network }, bolt);
  const app = new App({
    receiver: receiver.receiver,
    token: config.botToken,
    logger: bolt,
    clientOptions: slackClientOptions(config.apiUrl, network),
    // auth.test runs in start(), so that a bad token fails start-up with a clear message.
    deferInitialization: true,
    extendedErrorHandler: true,
    convoStore: false,
  });
  const services: SlackServices = {
    engine,
    memory: new ConversationMemory(),
    rateLimiter: new QuestionRateLimiter(config.limits),
    chatQueues: new ChatQueues(),
    adminUserIds: new Set(config.adminUserIds),
    readSharedFile: sharedFileReader(config.botToken, config.apiUrl, network),
    logger: log,
    questionLog: config.questionLog,
    reportClock: config.reportClock,
  };
  const inFlight = new InFlightWork();
  registerListeners(app, services, inFlight);
  return {
    ...adapterAround(app, receiver, inFlight, { ...config, network, logger: log }),
    digestChatId: config.digestChannel,
    sendToChat: (channel, text) => sendReport(app.client, channel, text),
  };
}

function registerListeners(app: App, services: SlackServices, inFlight: InFlightWork): void {
  app.use(trackInFlight(inFlight));
  app.use(ignoreDuplicateEvents(services.logger));
  app.event('app_mention', mentionListener(services));
  app.event('message', directMessageListener(services));
  app.event('message', threadFollowUpListener(services));
  app.event('message', fileShareListener(services));
  app.command('/ask', askCommand(services));
  app.command('/kb', adminCommands(services));
  app.action<BlockButtonAction>(FEEDBACK_ACTION_PATTERN, feedbackButtons(services));
  app.action<BlockButtonAction>(REASON_ACTION_PATTERN, reasonButtons(services));
  app.error(errorBoundary(app.client, services.logger));
}

function trackInFlight(inFlight: InFlightWork): Middleware<AnyMiddlewareArgs> {
  return ({ next }) => inFlight.track(next());
}

interface ConnectOptions {
  apiUrl: string | undefined;
  network: NetworkConfig;
  logger: Logger;
}

function adapterAround(
  app: App,
  receiver: SlackReceiver,
  inFlight: InFlightWork,
  options: ConnectOptions,
): SlackAdapter {
  const { logger } = options;
  let state: 'created' | 'running' | 'stopped' = 'created';
  const stopping = new AbortController();
  const isAccepting = () => state === 'running';
  return {
    name: 'slack',
    app,
    routes:
      receiver.mode === 'http' ? [slackEventsRoute(receiver.receiver, isAccepting, inFlight)] : [],
    async start() {
      if (state !== 'created') return;
      await connect(app, receiver, { ...options, signal: stopping.signal });
      // stop() may have come while Slack was being reached.
      if (state !== 'created') return;
      state = 'running';
      logger.info(
        { mode: receiver.mode },
        receiver.mode === 'socket'
          ? 'Slack adapter connected (Socket Mode)'
          : 'Slack adapter ready (HTTP events)',
      );
    },
    async stop() {
      const wasRunning = state === 'running';
      state = 'stopped';
      stopping.abort(new Error('the Slack adapter is stopping'));
      if (wasRunning && receiver.mode === 'socket') await app.stop();
      await inFlight.settled();
      logger.info('Slack adapter stopped');
    },
  };
}

/**
 * auth.test (app.init) within CONNECT_TIMEOUT_SECONDS, each failed attempt logged with the
 * address, then Socket Mode's connection when it is the receiver.
 */
async function connect(
  app: App,
  receiver: SlackReceiver,
  options: ConnectOptions & { signal: AbortSignal },
): Promise<void> {
  await reachPlatform(() => app.init(), {
    platform: 'Slack',
    address: options.apiUrl ?? SLACK_API,
    variable: options.apiUrl === undefined ? 'HTTPS_PROXY' : 'SLACK_API_URL',
    network: options.network,
    signal: options.signal,
    logger: options.logger,
    isTransient,
  }).catch((error: unknown) => {
    throw explainStartFailure(error, 'SLACK_BOT_TOKEN');
  });
  // In HTTP mode the composition root's server serves the route; bolt opens no port.
  if (receiver.mode === 'socket') {
    await app.start().catch((error: unknown) => {
      throw explainStartFailure(error, 'SLACK_APP_TOKEN');
    });
  }
}

/** No connection or answer, or Slack's own trouble (5xx): worth another attempt. */
function isTransient(error: unknown): boolean {
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  if (code === webApi.ErrorCode.RequestError) return true;
  return code === webApi.ErrorCode.HTTPError && typeof statusCode === 'number' && statusCode >= 500;
}
