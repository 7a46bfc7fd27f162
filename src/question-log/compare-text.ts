/**
 * Orders texts by code point: the same order on every machine, whatever its locale, so a
 * report's ties come out the same in a test and in production.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
