/**
 * The adapter's one error boundary: a message whose handling fails is logged with its event
 * id and the error's code (never a token) and the asker gets a short apology where the answer
 * would have gone. An apology that fails too is logged and dropped; the bot keeps serving.
 */
import { chatMessagesFor, detectLanguage, errorMessage } from '../../src/adapter-kit.js';
import type { LarkServices } from './lark-services.js';
import type { ReceivedMessage } from './received-message.js';
import { replyNotice } from './reply.js';

export async function errorBoundary(
  services: LarkServices,
  message: ReceivedMessage,
  error: unknown,
): Promise<void> {
  const { eventId } = message;
  services.logger.error(
    { eventId, code: codeOf(error), reason: errorMessage(error) },
    'A Lark message failed; the asker got an apology',
  );
  try {
    const apology = chatMessagesFor(detectLanguage(message.text)).apology;
    await replyNotice(services, message, apology);
  } catch (apologyError) {
    services.logger.warn(
      { eventId, reason: errorMessage(apologyError) },
      'Could not send the apology either',
    );
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
