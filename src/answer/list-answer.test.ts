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

const evidence = (
  sentence: string,
  coverage: number,
  at: { passage?: object; position?: number } = {},
): Evidence =>
  ({
    sentence,
    coverage,
    ownCoverage: coverage,
    credits: [1, 1, 1],
    furniture: false,
    leansOnPrevious: false,
    position: at.position ?? 0,
    passage: at.passage ?? { chunk: { metadata: { documentId: sentence } } },
  }) as unknown as Evidence;

/** A lead sentence, its lines and the prose after them, all in one passage. */
function laidOut(lines: readonly string[], coverage: number[]): Evidence[] {
  const passage = { chunk: { metadata: { documentId: 'forum' } } };
  return lines.map((line, position) =>
    evidence(line, coverage[position] ?? 0.1, { passage, position }),
  );
}

const MEMBERS_QUERY: Query = {
  text: '创新联合体的成员单位有哪些？',
  language: 'zh',
  kind: 'list',
  timeScope: { kind: 'any' },
  concepts: [concept('联合体'), concept('成员'), concept('单位', { answerType: true })],
  embeddingText: '',
};
const MEMBERS = [
  '共有三家企业和单位加入联合体，包括：',
  '* 泰州泽成生物技术有限公司',
  '* 杭州准芯生物技术有限公司',
  '* 宝山区吴淞中心医院',
  '按照规划，联合体把龙头企业与医院连在一起。',
];

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

  it('reads the lines after a lead that counts them as a list of the kind the lead names, and stops at prose', () => {
    // The best-covered sentence speaks of the consortium but lists nothing.
    const found = findListEvidence(
      MEMBERS_QUERY,
      [...laidOut(MEMBERS, [0.6]), evidence('论坛上，创新联合体正式发布。', 0.8)],
      lexicon,
    );
    expect(found.map(({ names }) => names)).toEqual([
      ['泰州泽成生物技术有限公司', '杭州准芯生物技术有限公司', '宝山区吴淞中心医院'],
    ]);
  });

  it('does not take lines a lead does not count for a list of the asked kind', () => {
    const uncounted = ['加入联合体的有：', ...MEMBERS.slice(1)];
    const found = findListEvidence(
      MEMBERS_QUERY,
      [...laidOut(uncounted, [0.6]), evidence('论坛上，创新联合体正式发布。', 0.8)],
      lexicon,
    );
    expect(found).toEqual([]);
  });
});
