/**
 * The clause around a position in a sentence: what a hedge ("预计", "is expected to") or a
 * label ("建筑面积", "of land") next to a figure can reach. A clause ends at sentence and clause
 * punctuation of either language; a comma between digits ("1,000") does not end one.
 */
const CLAUSE_BREAK = /[;；:：。!?！？，、]|,(?!\d)/g;

/** The clause's text before `position`, at most `reach` characters back. */
export function clauseBefore(text: string, position: number, reach: number): string {
  const before = text.slice(Math.max(0, position - reach), position);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  return before.slice((breaks.at(-1)?.index ?? -1) + 1);
}

/** The clause's text from `position`, at most `reach` characters on. */
export function clauseAfter(text: string, position: number, reach: number): string {
  const after = text.slice(position, position + reach);
  const end = [...after.matchAll(CLAUSE_BREAK)][0]?.index ?? after.length;
  return after.slice(0, end);
}
