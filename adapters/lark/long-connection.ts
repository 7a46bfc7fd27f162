/**
 * Lark's long connection (the SDK's WSClient): the bot opens an outgoing WebSocket to the
 * Open Platform and receives events and card callbacks over it, so no public URL is needed.
 * The SDK asks `<domain>/callback/ws/endpoint` where to connect, reconnects by itself, and
 * answers each event with what the dispatcher returns.
 *
 * The SDK retries a first connection that fails without end (after up to 30 s, then every
 * 2 minutes) and says nothing to the caller, so start-up waits for it under the bound every
 * platform has (reach-platform.ts): each wait is logged with the address, and past
 * CONNECT_TIMEOUT_SECONDS the connection is closed and start fails naming the variable to fix.
 */
import type { Agent } from 'node:http';
import {
  type EventDispatcher,
  type HttpInstance,
  LoggerLevel,
  WSClient,
} from '@larksuiteoapi/node-sdk';
import {
  errorMessage,
  type Logger,
  type NetworkConfig,
  type ReachOptions,
  reachPlatform,
} from '../../src/adapter-kit.js';
import { explainConnectionFailure } from './explain-start-failure.js';
import type { SdkLogger } from './lark-logger.js';
import { untilOpen } from './until-open.js';

export interface LongConnectionOptions {
  appId: string;
  appSecret: string;
  domain: string;
  sdkLogger: SdkLogger;
  logger: Logger;
  /** The SDK's requests for an address to connect to, bounded and through the proxy. */
  httpInstance: HttpInstance;
  /** The proxy tunnel the WebSocket is opened through; undefined to connect directly. */
  agent: Agent | undefined;
}

/** How long the SDK waits for a WebSocket handshake before trying again (unbounded unset). */
const HANDSHAKE_TIMEOUT_MS = 10_000;

export class LongConnection {
  private client: WSClient | undefined;

  constructor(private readonly options: LongConnectionOptions) {}

  /**
   * Connects and resolves once the first connection is open. Rejects when Lark refuses it for
   * good, when it is not open within `network`'s bound, or when `signal` aborts (stop()).
   */
  async start(
    dispatcher: EventDispatcher,
    bound: { network: NetworkConfig; signal: AbortSignal },
  ): Promise<void> {
    const opened = new Promise<void>((resolve, reject) => {
      this.client = this.createClient(resolve, (error) => reject(explainConnectionFailure(error)));
    });
    // A refusal that comes after start gave up has no one waiting for it.
    opened.catch(() => {});
    void this.client?.start({ eventDispatcher: dispatcher });
    try {
      await reachPlatform((signal) => untilOpen(opened, signal), this.reachOptions(bound));
    } catch (error) {
      this.stop();
      throw error;
    }
  }

  /** Closes the connection; the SDK stops reconnecting. */
  stop(): void {
    // Terminated rather than closed politely: a close handshake the far end never answers
    // would hold the process open for half a minute on SIGTERM.
    this.client?.close({ force: true });
    this.client = undefined;
  }

  private reachOptions(bound: { network: NetworkConfig; signal: AbortSignal }): ReachOptions {
    return {
      platform: 'Lark (long connection)',
      address: this.options.domain,
      variable: 'LARK_DOMAIN',
      ...bound,
      logger: this.options.logger,
      // The SDK keeps retrying by itself: a wait that ends is worth another; a refusal is not.
      isTransient: () => false,
      // What failed is in the SDK's own lines just before ("ws connect failed", the reason).
      describe: (error) => `the long connection did not open: ${errorMessage(error)}`,
    };
  }

  private createClient(onReady: () => void, onError: (error: Error) => void): WSClient {
    const { appId, appSecret, domain, sdkLogger, logger, httpInstance, agent } = this.options;
    return new WSClient({
      appId,
      appSecret,
      domain,
      logger: sdkLogger,
      loggerLevel: LoggerLevel.trace,
      httpInstance,
      agent,
      handshakeTimeoutMs: HANDSHAKE_TIMEOUT_MS,
      onReady,
      onError,
      onReconnecting: () => logger.warn('Lark long connection lost; reconnecting'),
      onReconnected: () => logger.info('Lark long connection restored'),
    });
  }
}
