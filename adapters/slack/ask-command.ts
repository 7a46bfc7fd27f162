/**
 * `/ask <question>` from any channel: acknowledged at once (Slack allows 3 seconds), then
 * answered through the command's response_url, visibly in the channel. Refusals of invalid
 * questions go to the asker alone.
 */
import type { Middleware, RespondArguments, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { detectLanguage } from '../../src/text/detect-language.js';
import { formatAnswer } from './format-answer.js';
import { questionText } from './question-text.js';
import { slackMessagesFor } from './slack-messages.js';
import type { SlackServices } from './slack-services.js';

export function askCommand(services: SlackServices): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, respond }) => {
    const text = questionText(command.text);
    const messages = slackMessagesFor(detectLanguage(text));
    await ack({ response_type: 'ephemeral', text: messages.lookingUp });
    const decision = await services.rateLimiter.consume(`slack:${command.user_id}`);
    if (!decision.allowed) {
      await respond({
        response_type: 'ephemeral',
        text: messages.rateLimited(decision.retryAfterSeconds),
      });
      return;
    }
    await respond(await answerReply(services, text, command.trigger_id));
  };
}

async function answerReply(
  services: SlackServices,
  text: string,
  triggerId: string,
): Promise<RespondArguments> {
  const answer = await services.engine.answer(text);
  services.logger.info(
    { triggerId, answerId: answer.id, kind: answer.kind, language: answer.language },
    'Answered /ask',
  );
  const responseType = answer.kind === 'invalid_question' ? 'ephemeral' : 'in_channel';
  return {
    response_type: responseType,
    ...formatAnswer(answer),
    unfurl_links: false,
    unfurl_media: false,
  };
}
