/**
 * The Open Platform calls the bot makes, through the official SDK's client (which fetches and
 * renews the tenant access token itself): read the bot's own profile, reply to a message
 * with a card, and update a card. A refusal becomes a ChatPlatformError whose message says
 * what to change in the developer console, when the code is a known one.
 */
import type { Client } from '@larksuiteoapi/node-sdk';
import { ChatPlatformError, errorMessage } from '../../src/adapter-kit.js';
import type { LarkCard } from './lark-card.js';

/** What the Open Platform answers: code 0 and data, or another code and a message. */
interface ApiResponse {
  code?: number;
  msg?: string;
  data?: { message_id?: string };
  bot?: { open_id?: string };
}

const FIXES: Record<number, string> = {
  99991672:
    'The app lacks a permission: add it under Permissions & Scopes in the developer console (im:message:send_as_bot to reply, im:message.group_at_msg:readonly and im:message.p2p_msg:readonly to read questions) and publish a new version.',
  230002: 'The bot is not in this chat: add it to the group again.',
  230013:
    "The user is outside the app's availability: add them under the version's availability in the developer console and publish it again.",
};

export class LarkApi {
  constructor(private readonly client: Client) {}

  /** The bot's open id (ou_…); the first call also proves the app's credentials. */
  async botOpenId(): Promise<string> {
    const response = await this.call('read the bot profile', () =>
      this.client.request<ApiResponse>({ method: 'GET', url: '/open-apis/bot/v3/info' }),
    );
    const openId = response.bot?.open_id;
    if (openId !== undefined) return openId;
    throw new ChatPlatformError(
      'lark',
      'Lark returned no bot profile: turn on the Bot capability (Features → Bot) in the developer console and publish a new version.',
    );
  }

  /** Replies to a message with a card, in the message's thread when asked; resolves with its id. */
  async replyCard(messageId: string, content: LarkCard, inThread: boolean): Promise<string> {
    const response = await this.call('reply', () =>
      this.client.im.message.reply({
        path: { message_id: messageId },
        data: {
          msg_type: 'interactive',
          content: JSON.stringify(content),
          reply_in_thread: inThread,
        },
      }),
    );
    return response.data?.message_id ?? '';
  }

  /** Replaces the content of a card the bot sent. */
  async updateCard(messageId: string, content: LarkCard): Promise<void> {
    await this.call('update a card', () =>
      this.client.im.message.patch({
        path: { message_id: messageId },
        data: { content: JSON.stringify(content) },
      }),
    );
  }

  private async call(action: string, request: () => Promise<ApiResponse>): Promise<ApiResponse> {
    const response = await request().catch((error: unknown) => {
      throw refusal(action, responseOf(error) ?? {}, error);
    });
    if ((response.code ?? 0) !== 0) throw refusal(action, response);
    return response;
  }
}

/** The body of an HTTP error response, when the SDK's HTTP client (axios) received one. */
function responseOf(error: unknown): ApiResponse | undefined {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  return typeof data === 'object' && data !== null ? (data as ApiResponse) : undefined;
}

function refusal(action: string, response: ApiResponse, cause?: unknown): ChatPlatformError {
  const code = response.code;
  const said = response.msg ?? (cause === undefined ? 'no message' : errorMessage(cause));
  const fix = code === undefined ? '' : ` ${FIXES[code] ?? ''}`;
  return new ChatPlatformError(
    'lark',
    `Lark refused to ${action} (${code ?? 'no code'}: ${said}).${fix}`.trimEnd(),
    { platformCode: code, cause },
  );
}
