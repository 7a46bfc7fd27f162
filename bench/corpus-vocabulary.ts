/**
 * The vocabulary of the synthetic corpus as Zipf pickers: one per slot of a sentence
 * (company, place, verb…), so that a few names and words are everywhere and most are rare.
 */
import {
  type Bilingual,
  EVENTS,
  FACILITIES,
  ORGANIZATIONS,
  PARKS,
  PLACES,
  POLICIES,
  PUBLISHERS,
  ROLES,
  TOPICS,
} from './domain-vocabulary.js';
import {
  CHINESE_ADJECTIVES,
  CHINESE_NOUNS,
  CHINESE_SUBJECTS,
  CHINESE_VERBS,
  ENGLISH_ADJECTIVES,
  ENGLISH_NOUNS,
  ENGLISH_SUBJECTS,
  ENGLISH_VERBS,
} from './filler-words.js';
import { generateCompanies, generatePeople } from './generated-names.js';
import { type Picker, zipfPicker } from './zipf-picker.js';

/** A slot filled with a thing named in both languages. */
export type NamedSlot =
  | 'company'
  | 'place'
  | 'park'
  | 'topic'
  | 'facility'
  | 'event'
  | 'policy'
  | 'organization'
  | 'person'
  | 'role'
  | 'publisher';

/** A slot filled with a general word of one language. */
export type WordSlot = 'subject' | 'verb' | 'adjective' | 'noun';

export interface CorpusVocabulary {
  lists: Record<NamedSlot, readonly Bilingual[]>;
  named: Record<NamedSlot, Picker<Bilingual>>;
  english: Record<WordSlot, Picker<string>>;
  chinese: Record<WordSlot, Picker<string>>;
}

/** The vocabulary; the same on every call. */
export function createCorpusVocabulary(): CorpusVocabulary {
  const lists: Record<NamedSlot, readonly Bilingual[]> = {
    company: generateCompanies(),
    place: PLACES,
    park: PARKS,
    topic: TOPICS,
    facility: FACILITIES,
    event: EVENTS,
    policy: POLICIES,
    organization: ORGANIZATIONS,
    person: generatePeople(),
    role: ROLES,
    publisher: PUBLISHERS,
  };
  return {
    lists,
    named: mapValues(lists, (list) => zipfPicker(list)),
    english: wordPickers([ENGLISH_SUBJECTS, ENGLISH_VERBS, ENGLISH_ADJECTIVES, ENGLISH_NOUNS]),
    chinese: wordPickers([CHINESE_SUBJECTS, CHINESE_VERBS, CHINESE_ADJECTIVES, CHINESE_NOUNS]),
  };
}

function wordPickers([subject, verb, adjective, noun]: readonly (readonly string[])[]): Record<
  WordSlot,
  Picker<string>
> {
  return {
    subject: zipfPicker(subject ?? []),
    verb: zipfPicker(verb ?? []),
    adjective: zipfPicker(adjective ?? []),
    noun: zipfPicker(noun ?? []),
  };
}

function mapValues<K extends string, A, B>(
  record: Record<K, A>,
  map: (value: A) => B,
): Record<K, B> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, map(value as A)]),
  ) as Record<K, B>;
}
