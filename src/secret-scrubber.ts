/**
 * Scrubbing of secret values from text. The logger applies it to every line it writes, and
 * the bridges that carry a platform SDK's own log lines (bolt, the Lark SDK) apply it before
 * those lines reach the logger.
 */

/** Returns a function that replaces every secret value in a text with `[redacted]`. */
export function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const values = [...new Set(secrets.filter((secret) => secret.length > 0))];
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text);
}
