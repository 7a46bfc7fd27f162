/**
 * What a reload did to the glossary: how many entries glossary.yaml holds, which entries
 * are new and which are gone since the previous snapshot, and which names two entries share.
 * An entry is the same entry as before while it keeps one of its names, so that adding a
 * third name to an entry is an edit, not a removal and an addition.
 */
import { matchingKey } from '../text/analyzer.js';
import type { GlossaryEntry } from './glossary.js';
import { findGlossaryConflicts, type GlossaryConflict } from './glossary-conflicts.js';

export interface GlossaryChanges {
  /** Entries of glossary.yaml in the new snapshot. */
  entries: number;
  /** The first name of each entry that shares no name with an entry of the previous snapshot. */
  added: string[];
  /** The first name of each previous entry that shares no name with an entry now. */
  removed: string[];
  conflicts: GlossaryConflict[];
}

/** Compares glossary.yaml's entries with the previous snapshot's (none on a first build). */
export function glossaryChanges(
  previous: readonly GlossaryEntry[] | null,
  current: readonly GlossaryEntry[],
): GlossaryChanges {
  const before = previous ?? [];
  return {
    entries: current.length,
    added: headwordsOfEntriesNotIn(current, before),
    removed: headwordsOfEntriesNotIn(before, current),
    conflicts: findGlossaryConflicts(current),
  };
}

function headwordsOfEntriesNotIn(
  entries: readonly GlossaryEntry[],
  others: readonly GlossaryEntry[],
): string[] {
  const known = new Set(others.flatMap((entry) => entry.names.map(matchingKey)));
  return entries
    .filter((entry) => !entry.names.some((name) => known.has(matchingKey(name))))
    .map((entry) => entry.names[0] ?? '');
}
