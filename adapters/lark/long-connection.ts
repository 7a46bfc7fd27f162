/**
 * Lark's long connection (the SDK's WSClient): the bot opens an outgoing WebSocket to the
 * Open Platform and receives events and card callbacks over it, so no public URL is needed.
 * The SDK asks `<domain>/callback/ws/endpoint` where to connect, reconnects by itself, and
 * answers each event with what the dispatcher returns.
 */
import { type EventDispatcher, LoggerLevel, WSClient } from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../src/adapter-kit.js';
import { explainConnectionFailure } from './explain-start-failure.js';
import type { SdkLogger } from './lark-logger.js';

export interface LongConnectionOptions {
  appId: string;
  appSecret: string;
  domain: string;
  sdkLogger: SdkLogger;
  logger: Logger;
}

export class LongConnection {
  private client: WSClient | undefined;
  private abandonStart: (() => void) | undefined;

  constructor(private readonly options: LongConnectionOptions) {}

  /**
   * Connects and resolves once the first connection is open; rejects when Lark refuses it for
   * good. While Lark cannot be reached the SDK keeps trying, and this waits.
   */
  start(dispatcher: EventDispatcher): Promise<void> {
    return new Promise((resolve, reject) => {
      this.abandonStart = resolve;
      this.client = this.createClient(resolve, (error) => reject(explainConnectionFailure(error)));
      void this.client.start({ eventDispatcher: dispatcher });
    });
  }

  /** Closes the connection; the SDK stops reconnecting. A start still waiting resolves. */
  stop(): void {
    // Terminated rather than closed politely: a close handshake the far end never answers
    // would hold the process open for half a minute on SIGTERM.
    this.client?.close({ force: true });
    this.client = undefined;
    this.abandonStart?.();
  }

  private createClient(onReady: () => void, onError: (error: Error) => void): WSClient {
    const { appId, appSecret, domain, sdkLogger, logger } = this.options;
    return new WSClient({
      appId,
      appSecret,
      domain,
      logger: sdkLogger,
      loggerLevel: LoggerLevel.trace,
      onReady,
      onError,
      onReconnecting: () => logger.warn('Lark long connection lost; reconnecting'),
      onReconnected: () => logger.info('Lark long connection restored'),
    });
  }
}
