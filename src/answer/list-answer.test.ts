import { describe, expect, it } from 'vitest';
import { concept } from '../../test/support/concepts.js';
import { buildLexicon } from '../lexicon/build-lexicon.js';
import { Lexicon } from '../lexicon/lexicon.js';
import type { Query } from '../retrieval/build-query.js';
import type { Evidence } from './gather-evidence.js';
import { findListEvidence } from './list-answer.js';

const lexicon = new Lexicon(buildLexicon([], new Set(), []));

const ASSOCIATIONS =
  '行业协会：上海市医药行业协会、上海市生物医药行业协会、上海市医疗器械行业协会。';
const KINDS_OF_PARTNER = '伙伴计划吸纳龙头企业、投资促进平台、专业服务机构。';

const evidence = (sentence: string, coverage: number): Evidence =>
  ({
    sentence,
    coverage,
    ownCoverage: coverage,
    credits: [1, 1, 1],
    furniture: false,
    leansOnPrevious: false,
    position: 0,
    passage: { chunk: { metadata: { documentId: sentence } } },
  }) as unknown as Evidence;

describe('the lists that answer a list question', () => {
  it('takes the list of the stated number of things of the asked kind, before a better-covered list of others', () => {
    const query: Query = {
      text: '伙伴计划首批入选的是哪三家行业协会？',
      language: 'zh',
      kind: 'list',
      timeScope: { kind: 'any' },
      concepts: [concept('伙伴'), concept('计划'), concept('协会', { answerType: true })],
      embeddingText: '',
    };
    const lists = findListEvidence(
      query,
      [evidence(KINDS_OF_PARTNER, 0.7), evidence(ASSOCIATIONS, 0.6)],
      lexicon,
    );
    expect(lists.map(({ item }) => item.sentence)).toEqual([ASSOCIATIONS]);
  });
});
