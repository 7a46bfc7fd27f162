/**
 * The zod schemas environment variables are read with, shared by src/config.ts and by every
 * adapter's own variables, so that an empty value means unset everywhere and every error
 * reads the same way ("TELEGRAM_API_ROOT must be a full http(s) URL…").
 */
import { z } from 'zod';

/** A text variable; empty or blank means unset. */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** An optional http(s) URL; the message names the variable. */
export const optionalUrl = (variable: string) =>
  optionalText.refine(
    (value) => value === undefined || (/^https?:\/\//i.test(value) && URL.canParse(value)),
    {
      message: `${variable} must be a full http(s) URL such as https://example.org/path`,
    },
  );

/** A whole number within bounds, with a default when unset. */
export const integerWithDefault = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: `must be a whole number from ${min} to ${max}` })
      .int({ error: `must be a whole number from ${min} to ${max}` })
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` })
      .default(fallback),
  );

/** A list of ids separated by commas or spaces; unset is an empty list. */
export const idList = optionalText.transform((value) =>
  value === undefined ? [] : value.split(/[\s,]+/).filter((id) => id !== ''),
);

/** One of a few words (case-insensitive), with a default when unset. */
export const choiceWithDefault = <const Choice extends string>(
  choices: readonly [Choice, ...Choice[]],
  fallback: Choice,
) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value.trim() === ''
          ? undefined
          : value.trim().toLowerCase()
        : value,
    z.enum(choices, { error: `must be one of ${choices.join(', ')}` }).default(fallback),
  );

/**
 * An optional proxy URL (HTTPS_PROXY, HTTP_PROXY). Only http:// and https:// proxies are
 * supported: the clients tunnel through them with CONNECT.
 */
export const optionalProxyUrl = (variable: string) =>
  optionalText.refine(
    (value) => value === undefined || (/^https?:\/\/[^/]/i.test(value) && URL.canParse(value)),
    {
      message: `${variable} must be the URL of an HTTP proxy such as http://127.0.0.1:7890 (SOCKS proxies are not supported)`,
    },
  );

/** An optional address to listen on: an IP address or a host name. */
export const optionalListenAddress = (variable: string) =>
  optionalText.refine((value) => value === undefined || /^[\w.:-]+$/.test(value), {
    message: `${variable} must be an address to listen on, such as 127.0.0.1 (this machine only), 0.0.0.0 (every IPv4 interface) or :: (every interface)`,
  });
