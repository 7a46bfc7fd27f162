import { describe, expect, it } from 'vitest';
import { type AskableKind, phraseQuestion, type ValueInSentence } from './phrase-question.js';

/** The value `text` (its first occurrence) of `sentence`, of a kind. */
function valueIn(sentence: string, text: string, kind: AskableKind): ValueInSentence {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`'${text}' is not in '${sentence}'`);
  return { sentence, start, end: start + text.length, kind };
}

describe('the English question a sentence answers', () => {
  it.each([
    // when: the asking word first, the auxiliary before the subject, or did/does and the infinitive.
    [
      'The Baoshan Cell Therapy Fund will open applications on 15 July 2025.',
      '15 July 2025',
      'when',
      'When will the Baoshan Cell Therapy Fund open applications?',
    ],
    [
      'Baoshan District signed 12 projects in June 2025.',
      'June 2025',
      'when',
      'When did Baoshan District sign 12 projects?',
    ],
    [
      'On 15 July 2025, the fund opens its first round.',
      '15 July 2025',
      'when',
      'When does the fund open its first round?',
    ],
    [
      'The park was opened by the district government in March 2024.',
      'March 2024',
      'when',
      'When was the park opened by the district government?',
    ],
    // where: the place and its preposition give way to "Where".
    ['The forum was held in Luodian Town.', 'Luodian Town', 'where', 'Where was the forum held?'],
    // who: a person in the subject gives way to "Who", with what stands beside the name.
    ['Chen Jie, the district mayor, opened the forum.', 'Chen Jie', 'who', 'Who opened the forum?'],
    [
      'Director Wang Lin said the fund would support 40 companies.',
      'Wang Lin',
      'who',
      'Who said the fund would support 40 companies?',
    ],
    // quantity: an amount is "How much", a count "How many" with what it counts.
    [
      'Each selected team receives up to 5 million yuan in support.',
      '5 million yuan',
      'quantity',
      'How much does each selected team receive in support?',
    ],
    [
      'Baoshan District signed 12 projects in June 2025.',
      '12',
      'quantity',
      'How many projects did Baoshan District sign in June 2025?',
    ],
    [
      '40 companies signed agreements at the forum.',
      '40',
      'quantity',
      'How many companies signed agreements at the forum?',
    ],
  ] as const)('%j, asked about %j (%s): %j', (sentence, text, kind, question) => {
    expect(phraseQuestion(valueIn(sentence, text, kind), 'en')).toBe(question);
  });

  it.each([
    // A person outside the subject, a figure that is not the verb's object, a denial.
    ['The forum was opened by Chen Jie.', 'Chen Jie', 'who'],
    ['The fund has a total size of 2 billion yuan.', '2 billion yuan', 'quantity'],
    ['The fund did not open in June 2025.', 'June 2025', 'when'],
    ['Applications close on 30 September 2025.', '30 September 2025', 'when'],
    ['Director Wang Lin said the fund would support 40 companies.', '40', 'quantity'],
  ] as const)('makes no question of %j about %j (%s)', (sentence, text, kind) => {
    expect(phraseQuestion(valueIn(sentence, text, kind), 'en')).toBeNull();
  });
});

describe('the Chinese question a sentence answers', () => {
  it.each([
    ['申报将于2025年7月15日开始。', '2025年7月15日', 'when', '申报将于什么时候开始？'],
    [
      '为推动产业发展，宝山区于2025年7月15日启动申报，首批支持20个项目。',
      '2025年7月15日',
      'when',
      '宝山区于什么时候启动申报？',
    ],
    ['区政府投资18亿元建设园区。', '18亿元', 'quantity', '区政府投资多少建设园区？'],
    ['首批支持20个项目。', '20个', 'quantity', '首批支持多少个项目？'],
    ['会议由区委副书记张伟主持。', '张伟', 'who', '会议由谁主持？'],
    ['论坛在罗店镇举行。', '罗店镇', 'where', '论坛在哪里举行？'],
  ] as const)('%j, asked about %j (%s): %j', (sentence, text, kind, question) => {
    expect(phraseQuestion(valueIn(sentence, text, kind), 'zh')).toBe(question);
  });

  it.each([
    // A clause that is the value alone, or the value and a verb.
    ['2025年6月30日，宝山区发布细胞治疗基金申报指南。', '2025年6月30日', 'when'],
    ['李晨昊指出，基金将重点支持细胞治疗。', '李晨昊', 'who'],
  ] as const)('makes no question of %j about %j (%s)', (sentence, text, kind) => {
    expect(phraseQuestion(valueIn(sentence, text, kind), 'zh')).toBeNull();
  });
});
