import { describe, expect, it } from 'vitest';
import type { Language } from '../engine/answer-types.js';
import type { Query } from '../retrieval/build-query.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import { answerFeatures } from './answer-features.js';
import type { Evidence } from './gather-evidence.js';

const query = {
  text: '宝山想把自己打造成什么样的地区?',
  language: 'zh',
  kind: 'general',
  timeScope: { kind: 'none' },
  concepts: [],
  embeddingText: '',
} as unknown as Query;

function sentence(documentId: string, language: Language, score: number): Evidence {
  const passage = { chunk: { metadata: { documentId, language } } } as unknown as RankedPassage;
  return {
    sentence: `${documentId} ${language}`,
    passage,
    passageRank: 0,
    position: 0,
    language,
    credits: [],
    ownCredits: [],
    coverage: 0.6,
    ownCoverage: 0.6,
    specificCoverage: 1,
    fitsKind: false,
    values: [],
    furniture: false,
    leansOnPrevious: false,
    score,
  };
}

function marginOf(primary: Evidence, others: Evidence[]): number {
  const evidence = [primary, ...others].sort((a, b) => b.score - a.score);
  return answerFeatures(query, { text: '', sources: [], primary }, evidence, [primary.passage])
    .margin as number;
}

describe('the margin of an answer over its rivals', () => {
  it('is lowered by another report in the answer’s language', () => {
    const primary = sentence('xinmin', 'zh', 0.8);
    expect(marginOf(primary, [sentence('jiefang', 'zh', 0.6)])).toBeCloseTo(0.2);
  });

  it('is not lowered by a report in the other language, whose scores match by translation', () => {
    const primary = sentence('xinmin', 'zh', 0.8);
    expect(marginOf(primary, [sentence('chinanews-en', 'en', 0.85)])).toBeCloseTo(0.8);
  });

  it('is not lowered by the answer’s own document', () => {
    const primary = sentence('xinmin', 'zh', 0.8);
    expect(marginOf(primary, [sentence('xinmin', 'zh', 0.9)])).toBeCloseTo(0.8);
  });
});
