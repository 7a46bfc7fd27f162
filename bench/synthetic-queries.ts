/**
 * The deterministic question set of the bench: English and Chinese questions built from the
 * corpus's vocabulary, of every kind the engine answers (amounts, lists, years, dates,
 * people, "latest") plus questions about things the corpus never mentions, to be refused.
 */
import type { Language } from '../src/text/detect-language.js';
import type { CorpusVocabulary, NamedSlot } from './corpus-vocabulary.js';
import { UNKNOWN_SUBJECTS } from './domain-vocabulary.js';
import { createRandom, type Random } from './seeded-random.js';
import { randomYear } from './sentence-fill.js';

export type QueryKind = 'amount' | 'list' | 'year' | 'when' | 'who' | 'latest' | 'unanswerable';

export interface BenchQuery {
  text: string;
  language: Language;
  kind: QueryKind;
}

export const QUERY_COUNT = 200;
export const QUERY_SEED = 7;

/** Shares of the question kinds, in order. */
const KIND_SHARES: readonly (readonly [QueryKind, number])[] = [
  ['amount', 0.25],
  ['list', 0.15],
  ['year', 0.15],
  ['when', 0.1],
  ['who', 0.1],
  ['latest', 0.1],
  ['unanswerable', 0.15],
];

type Ask = (say: (slot: NamedSlot) => string, random: Random) => string;

const ENGLISH: Record<QueryKind, readonly Ask[]> = {
  amount: [
    (say) => `How much did ${say('company')} invest in ${say('place')}?`,
    (say) => `How large is the ${say('park')}?`,
    (say) => `What was the output value of the ${say('topic')} industry in ${say('place')}?`,
  ],
  list: [
    (say) => `Which companies signed agreements to settle in the ${say('park')}?`,
    (say) =>
      `Which ${say('topic')} companies are building a ${say('facility')} in ${say('place')}?`,
  ],
  year: [
    (say, random) => `Which companies moved into the ${say('park')} in ${randomYear(random)}?`,
    (say, random) =>
      `What ${say('topic')} projects did ${say('place')} sign in ${randomYear(random)}?`,
  ],
  when: [
    (say) => `When was the ${say('event')} held in ${say('place')}?`,
    (say) => `When will ${say('company')} start production in ${say('place')}?`,
  ],
  who: [
    (say) => `Who is the ${say('role')} of the ${say('organization')}?`,
    (say) => `Who spoke about ${say('policy')} for ${say('topic')}?`,
  ],
  latest: [(say) => `What is the latest news about ${say('topic')} in ${say('place')}?`],
  unanswerable: [
    (say) => `What is the capital of ${say('place')}?`,
    (say) => `How much does ${say('place')} cost in ${say('topic')}?`,
  ],
};

const CHINESE: Record<QueryKind, readonly Ask[]> = {
  amount: [
    (say) => `${say('company')}在${say('place')}投资了多少？`,
    (say) => `${say('park')}占地多大？`,
    (say) => `${say('place')}${say('topic')}产业产值是多少？`,
  ],
  list: [
    (say) => `哪些企业签约入驻了${say('park')}？`,
    (say) => `${say('place')}有哪些${say('topic')}企业？`,
  ],
  year: [
    (say, random) => `${randomYear(random)}年哪些企业入驻了${say('park')}？`,
    (say, random) => `${randomYear(random)}年${say('place')}签约了哪些${say('topic')}项目？`,
  ],
  when: [
    (say) => `${say('event')}什么时候在${say('place')}举行？`,
    (say) => `${say('company')}什么时候在${say('place')}投产？`,
  ],
  who: [
    (say) => `${say('organization')}的${say('role')}是谁？`,
    (say) => `谁介绍了${say('topic')}的${say('policy')}？`,
  ],
  latest: [(say) => `${say('place')}${say('topic')}的最新消息是什么？`],
  unanswerable: [
    (say) => `${say('place')}的首都是哪里？`,
    (say) => `${say('place')}的${say('topic')}多少钱？`,
  ],
};

/** `count` questions, about 60% English, the same on every run. */
export function generateQueries(
  vocabulary: CorpusVocabulary,
  count = QUERY_COUNT,
  seed = QUERY_SEED,
): BenchQuery[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const kind = kindAt(i / count);
    const language: Language = random.chance(0.6) ? 'en' : 'zh';
    const ask = random.pick((language === 'en' ? ENGLISH : CHINESE)[kind]);
    return { text: ask(sayer(vocabulary, language, kind, random), random), language, kind };
  });
}

/** The kind of the question at a position (0–1) of the set. */
function kindAt(position: number): QueryKind {
  let end = 0;
  for (const [kind, share] of KIND_SHARES) {
    end += share;
    if (position < end) return kind;
  }
  return 'unanswerable';
}

/** Names by frequency; an unanswerable question asks about a place the corpus never mentions. */
function sayer(vocabulary: CorpusVocabulary, language: Language, kind: QueryKind, random: Random) {
  return (slot: NamedSlot): string => {
    if (kind === 'unanswerable' && slot === 'place') return random.pick(UNKNOWN_SUBJECTS)[language];
    return vocabulary.named[slot](random)[language];
  };
}
