/**
 * Corrects a misspelt English word of a question ("compnay", "goverment", "recieve") to the
 * knowledge base's own word, by the symmetric-delete method: every word of the index is
 * stored under each form with one letter deleted, so a query word finds the index words one
 * or two edits away by looking up its own one-letter deletions. Our own code: spelling
 * libraries bring their own English dictionaries; the words that matter here are the index's.
 */

/** Index words shorter than this are not corrected to or from: too many are one edit apart. */
const MIN_LENGTH = 5;
/** Words this long may be two edits away. */
const TWO_EDITS_FROM = 8;

export class SpellingIndex {
  private readonly byDeletion = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
      for (const key of [word, ...deletions(word)]) {
        const bucket = this.byDeletion.get(key);
        if (bucket === undefined) this.byDeletion.set(key, [word]);
        else if (!bucket.includes(word)) bucket.push(word);
      }
    }
  }

  /** Index words within one edit (two for long words) of `word`, nearest first; none for a known word. */
  corrections(word: string): string[] {
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
    const limit = word.length >= TWO_EDITS_FROM ? 2 : 1;
    const found = new Map<string, number>();
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of this.byDeletion.get(key) ?? []) {
        if (candidate === word || found.has(candidate)) continue;
        const distance = editDistance(word, candidate);
        if (distance <= limit) found.set(candidate, distance);
      }
    }
    return [...found].sort((a, b) => a[1] - b[1]).map(([candidate]) => candidate);
  }
}

function deletions(word: string): string[] {
  const forms = new Set<string>();
  for (let i = 0; i < word.length; i += 1) forms.add(word.slice(0, i) + word.slice(i + 1));
  return [...forms];
}

/** Damerau-Levenshtein distance (optimal string alignment): a swap of neighbours is one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = table[i] as number[];
      const previous = table[i - 1] as number[];
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((table[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (table[rows - 1] as number[])[columns - 1] as number;
}
