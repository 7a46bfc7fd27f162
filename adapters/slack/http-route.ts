/**
 * Slack's Request URL (events, slash commands and interactivity) as a route on the bot's one
 * HTTP server. Bolt's HTTPReceiver handles the request without opening a port of its own:
 * it checks x-slack-signature and x-slack-request-timestamp against SLACK_SIGNING_SECRET
 * (401 and no processing when either is bad or older than five minutes), answers Slack's
 * url_verification challenge and acknowledges within 3 seconds.
 */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { HttpRoute, InFlightWork } from '../../src/adapter-kit.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export function slackEventsRoute(
  receiver: HTTPReceiver,
  isAccepting: () => boolean,
  inFlight: InFlightWork,
): HttpRoute {
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    handle(request, response) {
      if (!isAccepting()) return unavailable(response);
      // Until the acknowledgement is sent; the answer itself is tracked by a middleware.
      void inFlight.track(once(response, 'close'));
      receiver.requestListener(request, response);
    },
  };
}

/** Before start() and after stop(): Slack retries later, when the bot is back. */
function unavailable(response: ServerResponse): void {
  response.writeHead(503, { 'retry-after': '5' });
  response.end();
}
