import { describe, expect, it } from 'vitest';
import type { KindValue } from '../kinds/question-kind.js';
import type { Query } from '../retrieval/build-query.js';
import type { Language } from '../text/detect-language.js';
import type { Evidence } from './gather-evidence.js';
import { primarySentence } from './select-sentences.js';

const query = (kind: Query['kind']): Query => ({
  text: 'question',
  language: 'en',
  kind,
  timeScope: { kind: 'any' },
  concepts: [],
  embeddingText: 'question',
});

/** A value the sentence holds, said `en` in English. */
const value = (sentence: string, text: string, en: string): KindValue => {
  const start = sentence.indexOf(text);
  return { text, start, end: start + text.length, said: { en, zh: text } };
};

const evidence = (
  sentence: string,
  language: Language,
  score: number,
  values: KindValue[] = [],
): Evidence =>
  ({
    sentence,
    language,
    score,
    values,
    fitsKind: values.length > 0,
    furniture: false,
  }) as unknown as Evidence;

const ZH_OUTPUT = '2021年1至9月，全区生物医药制造业工业总产值达到37.51亿元。';
const EN_SAME = 'From January to September 2021 the output reached 3.751 billion yuan.';
const EN_OTHER = 'The city expects an output of 180 billion yuan by 2025.';
const ZH_PEOPLE = '园区将吸引约1000名人才。';
const EN_PEOPLE = 'The park will draw about 1,000 professionals.';

describe('the sentence an answer rests on', () => {
  it.each([
    [
      'a sentence in the asker’s language giving the same value',
      'quantity',
      [
        evidence(ZH_OUTPUT, 'zh', 0.9, [value(ZH_OUTPUT, '37.51亿元', '3.751 billion yuan')]),
        evidence(EN_SAME, 'en', 0.85, [value(EN_SAME, '3.751 billion yuan', '3.751 billion yuan')]),
      ],
      EN_SAME,
    ],
    [
      'not a sentence in the asker’s language giving another value',
      'quantity',
      [
        evidence(ZH_OUTPUT, 'zh', 0.9, [value(ZH_OUTPUT, '37.51亿元', '3.751 billion yuan')]),
        evidence(EN_OTHER, 'en', 0.85, [value(EN_OTHER, '180 billion yuan', '180 billion yuan')]),
      ],
      ZH_OUTPUT,
    ],
    [
      'a sentence in the asker’s language when no value is asked for',
      'general',
      [evidence(ZH_PEOPLE, 'zh', 0.9), evidence(EN_PEOPLE, 'en', 0.85)],
      EN_PEOPLE,
    ],
    [
      'not a sentence in the asker’s language that ranks well below',
      'general',
      [evidence(ZH_PEOPLE, 'zh', 0.9), evidence(EN_PEOPLE, 'en', 0.5)],
      ZH_PEOPLE,
    ],
  ] as const)('prefers %s', (_, kind, ranked, expected) => {
    expect(primarySentence(ranked, query(kind))?.sentence).toBe(expected);
  });
});
