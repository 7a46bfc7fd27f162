/**
 * The Slack adapter: a bolt App wired to the engine. It translates Slack events, slash
 * commands and button clicks into engine calls and answers into Block Kit messages, and
 * nothing else; the engine knows no Slack.
 */
import { type AnyMiddlewareArgs, App, type BlockButtonAction, type Middleware } from '@slack/bolt';
import type { LimitsConfig, SlackConfig } from '../../src/config.js';
import type { Engine } from '../../src/engine/answer-types.js';
import { ConversationMemory } from '../../src/engine/conversation-memory.js';
import { QuestionRateLimiter } from '../../src/engine/rate-limiter.js';
import type { ChatAdapter } from '../../src/http/chat-adapter.js';
import type { Logger } from '../../src/logger.js';
import { InFlightWork } from '../../src/util/in-flight-work.js';
import { askCommand } from './ask-command.js';
import { boltLogger } from './bolt-logger.js';
import { directMessageListener } from './direct-message-listener.js';
import { errorBoundary } from './error-boundary.js';
import { eventDedupe } from './event-dedupe.js';
import { explainStartFailure } from './explain-start-failure.js';
import { FEEDBACK_ACTION_PATTERN, feedbackAction } from './feedback-actions.js';
import { slackEventsRoute } from './http-route.js';
import { kbCommand } from './kb-command.js';
import { mentionListener } from './mention-listener.js';
import { createReceiver, type SlackReceiver } from './slack-receiver.js';
import type { SlackServices } from './slack-services.js';
import { threadFollowUpListener } from './thread-follow-up.js';

export interface SlackAdapterConfig extends SlackConfig {
  limits: LimitsConfig;
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
  const bolt = boltLogger(log, [
    config.botToken,
    config.appToken ?? '',
    config.signingSecret ?? '',
  ]);
  const receiver = createReceiver(config, bolt);
  const app = new App({
    receiver: receiver.receiver,
    token: config.botToken,
    logger: bolt,
    clientOptions: { slackApiUrl: config.apiUrl },
    // auth.test runs in start(), so that a bad token fails start-up with a clear message.
    deferInitialization: true,
    extendedErrorHandler: true,
    convoStore: false,
  });
  const services: SlackServices = {
    engine,
    memory: new ConversationMemory(),
    rateLimiter: new QuestionRateLimiter(config.limits),
    adminUserIds: config.adminUserIds,
    logger: log,
  };
  const inFlight = new InFlightWork();
  registerListeners(app, services, inFlight);
  return adapterAround(app, receiver, inFlight, log);
}

function registerListeners(app: App, services: SlackServices, inFlight: InFlightWork): void {
  app.use(trackInFlight(inFlight));
  app.use(eventDedupe(services.logger));
  app.event('app_mention', mentionListener(services));
  app.event('message', directMessageListener(services));
  app.event('message', threadFollowUpListener(services));
  app.command('/ask', askCommand(services));
  app.command('/kb', kbCommand(services));
  app.action<BlockButtonAction>(FEEDBACK_ACTION_PATTERN, feedbackAction(services));
  app.error(errorBoundary(app.client, services.logger));
}

function trackInFlight(inFlight: InFlightWork): Middleware<AnyMiddlewareArgs> {
  return ({ next }) => inFlight.track(next());
}

function adapterAround(
  app: App,
  receiver: SlackReceiver,
  inFlight: InFlightWork,
  logger: Logger,
): SlackAdapter {
  let state: 'created' | 'running' | 'stopped' = 'created';
  const isAccepting = () => state === 'running';
  return {
    name: 'slack',
    app,
    routes:
      receiver.mode === 'http' ? [slackEventsRoute(receiver.receiver, isAccepting, inFlight)] : [],
    async start() {
      if (state !== 'created') return;
      await connect(app, receiver);
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
      if (wasRunning && receiver.mode === 'socket') await app.stop();
      await inFlight.settled();
      logger.info('Slack adapter stopped');
    },
  };
}

async function connect(app: App, receiver: SlackReceiver): Promise<void> {
  await app.init().catch((error: unknown) => {
    throw explainStartFailure(error, 'SLACK_BOT_TOKEN');
  });
  // In HTTP mode the composition root's server serves the route; bolt opens no port.
  if (receiver.mode === 'socket') {
    await app.start().catch((error: unknown) => {
      throw explainStartFailure(error, 'SLACK_APP_TOKEN');
    });
  }
}
