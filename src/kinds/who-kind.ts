/**
 * "Who…", "whose…", "谁", "哪位": the answer names a person: with a title or role ("Secretary
 * Chen", "Chen Jie, the Party Secretary", "区长邓小冬"), as the speaker of a quote ("Chen Jie
 * said"), as a glossary person, or, when the question asks who wrote a report, in its byline.
 */
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import {
  detectByPatterns,
  type KindValue,
  matchedValues,
  type QuestionKindRule,
} from './question-kind.js';

const ROLE = ENGLISH.roles
  .filter((role) => !role.includes(' '))
  .map((role) => `[${role[0]?.toUpperCase()}${role[0]}]${role.slice(1)}`)
  .join('|');

const TITLED_PERSON = new RegExp(
  [
    String.raw`\b(?:${ENGLISH.personTitles.join('|')})\.? [A-Z][a-z]+`,
    String.raw`\b[A-Z][a-z]+ [A-Z][a-z]+,? (?:${ENGLISH.speechVerbs.join('|')})\b`,
    String.raw`\b[A-Z][a-z]+ [A-Z][a-z]+, (?:the |a |an )?(?:[A-Za-z]+ )?(?:${ROLE})`,
    String.raw`(?:${CHINESE.personTitles.join('|')})\s*\p{Script=Han}{2,3}`,
  ].join('|'),
  'gu',
);
/** A report's byline: "China News Service, November 28 (Wang Zitao)", "(记者 郭剑烽)". */
const BYLINE = new RegExp(
  [
    String.raw`\b[A-Z][a-z]+\.? \d{1,2},? \((?:[A-Z][a-z]+ )+[A-Z][a-z]+\)`,
    String.raw`${CHINESE.reporter}\s*\p{Script=Han}{2,3}`,
  ].join('|'),
  'gu',
);
/** A question about who wrote a report, which its byline answers. */
const ASKS_FOR_AUTHOR =
  /\b(?:wr(?:ote|ite|ites|itten|iter)|report(?:ed|er|ers)?|authors?|authored|journalists?|byline)\b|记者|写|报道|作者|撰稿|执笔/i;

export const whoKind: QuestionKindRule = {
  kind: 'who',
  detect: detectByPatterns({ en: [/\bwho\b|\bwhose\b/i], zh: [/谁|哪位|什么人/] }),
  passages: 6,
  asksForValue: true,
  values(sentence, query, lexicon): KindValue[] {
    const people = matchedValues(sentence, TITLED_PERSON);
    if (ASKS_FOR_AUTHOR.test(query.text)) people.push(...matchedValues(sentence, BYLINE));
    for (const match of lexicon.findGlossaryNames(sentence))
      if (match.entry.kind === 'person')
        people.push({
          text: sentence.slice(match.start, match.end),
          start: match.start,
          end: match.end,
        });
    return people;
  },
};
