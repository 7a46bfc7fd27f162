/**
 * Turns Lark's refusal of the app's credentials at start-up into a ConfigError that names the
 * variables and the fix; other failures (network, Lark down) pass through unchanged.
 */
import { ConfigError, errorMessage } from '../../src/adapter-kit.js';

/** What the SDK throws when the token endpoint refuses: "failed to get tenant_access_token, code: …". */
const TOKEN_REFUSED = /failed to get \w*access_token, code: (\w+), msg: (.*)$/;

const FIX =
  'Copy the App ID and the App Secret again from Credentials & Basic Info in the Feishu/Lark developer console, and check that LARK_DOMAIN is the right one (feishu in mainland China, lark elsewhere).';

export function explainStartFailure(error: unknown): unknown {
  // The API wraps what the SDK threw; the token endpoint's refusal is the cause.
  const refused = tokenRefusal((error as { cause?: unknown } | null)?.cause ?? error);
  if (refused === undefined) return error;
  return new ConfigError(
    'LARK_APP_SECRET',
    `Lark rejected LARK_APP_ID or LARK_APP_SECRET (${refused}). ${FIX}`,
  );
}

/** Lark's code and message when the token endpoint refused the credentials. */
function tokenRefusal(error: unknown): string | undefined {
  const match = TOKEN_REFUSED.exec(errorMessage(error));
  if (match !== null) return `${match[1]}: ${match[2]}`;
  const response = (error as { response?: { config?: { url?: string }; data?: unknown } } | null)
    ?.response;
  const data = response?.data as { code?: number; msg?: string } | undefined;
  if (!response?.config?.url?.includes('access_token') || data?.code === undefined)
    return undefined;
  return `${data.code}: ${data.msg ?? 'no message'}`;
}

/** The long connection was refused for good (bad credentials, or long connections not chosen). */
export function explainConnectionFailure(error: Error): ConfigError {
  return new ConfigError(
    'LARK_APP_SECRET',
    `Lark refused the long connection (${error.message}). ${FIX} Under Events & Callbacks, choose "Receive events through persistent connection" for events and for callbacks, or set LARK_MODE=http.`,
  );
}
