/**
 * The SDK's EventDispatcher with the bot's two handlers: `im.message.receive_v1` (a message
 * to the bot) and `card.action.trigger` (a click on a card's button). Both delivery modes use
 * it: the long connection hands it every event, the HTTP route every trusted request. Each
 * event id is handled once.
 */
import { type Cache, EventDispatcher, LoggerLevel } from '@larksuiteoapi/node-sdk';
import { type CardActionEvent, handleFeedback } from './feedback-buttons.js';
import { handleMessage } from './handle-message.js';
import { ignoreDuplicateEvents } from './ignore-duplicate-events.js';
import type { SdkLogger } from './lark-logger.js';
import type { LarkServices } from './lark-services.js';
import type { MessageReceiveEvent } from './received-message.js';

export interface DispatcherOptions {
  verificationToken: string | undefined;
  encryptKey: string | undefined;
  sdkLogger: SdkLogger;
  cache: Cache;
}

export function larkEventDispatcher(
  services: LarkServices,
  options: DispatcherOptions,
): EventDispatcher {
  const isFirstDelivery = ignoreDuplicateEvents(services.logger);
  return new EventDispatcher({
    verificationToken: options.verificationToken,
    encryptKey: options.encryptKey,
    logger: options.sdkLogger,
    loggerLevel: LoggerLevel.trace,
    cache: options.cache,
  }).register({
    'im.message.receive_v1': (event: MessageReceiveEvent) => {
      // Lark waits 3 seconds for this to return, then redelivers: answers are made meanwhile.
      if (isFirstDelivery(event.event_id))
        void services.inFlight.track(handleMessage(services, event));
    },
    'card.action.trigger': (event: CardActionEvent) =>
      isFirstDelivery(event.event_id)
        ? services.inFlight.track(handleFeedback(services, event))
        : {},
  });
}
