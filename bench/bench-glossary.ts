/**
 * The glossary of the synthetic knowledge base: the most frequent companies, places, parks,
 * organizations, people and policies with their English and Chinese names, as an admin
 * would list the main names of a real one (knowledge/glossary.yaml).
 */
import type { GlossaryEntry } from '../src/lexicon/glossary.js';
import type { CorpusVocabulary, NamedSlot } from './corpus-vocabulary.js';

/** Glossary entries per slot: the head of each list. */
const ENTRIES: readonly (readonly [NamedSlot, GlossaryEntry['kind'], number])[] = [
  ['company', 'company', 60],
  ['place', 'place', 14],
  ['park', 'park', 10],
  ['organization', 'organization', 10],
  ['person', 'person', 20],
  ['policy', 'policy', 6],
  ['event', 'event', 4],
];

/** The glossary of the synthetic corpus. */
export function benchGlossary(vocabulary: CorpusVocabulary): GlossaryEntry[] {
  return ENTRIES.flatMap(([slot, kind, count]) =>
    vocabulary.lists[slot].slice(0, count).map((name) => ({ kind, names: [name.en, name.zh] })),
  );
}
