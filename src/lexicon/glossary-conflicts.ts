/**
 * Names that glossary.yaml gives to two entries: "SPH" as Shanghai Pharma and as another
 * company. A name of two entries links a question to both, so answers mix them up; the
 * reload report lists each such name with the entries that hold it.
 */
import { matchingKey } from '../text/analyzer.js';
import type { GlossaryEntry } from './glossary.js';

/** A name held by more than one entry, with their numbers (1-based, in file order). */
export interface GlossaryConflict {
  name: string;
  entries: number[];
}

/** Every name, compared as search compares it (case, width and script folded), in two entries or more. */
export function findGlossaryConflicts(entries: readonly GlossaryEntry[]): GlossaryConflict[] {
  const holders = new Map<string, GlossaryConflict>();
  for (const [index, entry] of entries.entries()) {
    for (const name of entry.names) {
      const key = matchingKey(name);
      const conflict = holders.get(key) ?? { name, entries: [] };
      // A name written twice in one entry is only untidy: it links nothing wrong.
      if (!conflict.entries.includes(index + 1)) conflict.entries.push(index + 1);
      holders.set(key, conflict);
    }
  }
  return [...holders.values()].filter((conflict) => conflict.entries.length > 1);
}
