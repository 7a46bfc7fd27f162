/**
 * "Where…", "which district…", "在哪里": the answer names a place the question does not
 * ("Where is the park?" → "in Luodian Town"): a glossary place, an English place after
 * "in/at/near" or with a place word ("Baoshan District"), or a Chinese name ending in 镇/区/市.
 */

import { sayName } from '../answer/say-name.js';
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import type { GlossaryMatch, Lexicon } from '../lexicon/lexicon.js';
import { matchingKey } from '../text/analyzer.js';
import {
  askingWord,
  detectByPatterns,
  type KindValue,
  type QuestionKindRule,
} from './question-kind.js';

const ENGLISH_PLACE = new RegExp(
  String.raw`\b(?:in|at|near) ((?:[A-Z][a-z]+ )*[A-Z][a-z]+)|\b((?:[A-Z][a-z]+ )+(?:${ENGLISH.placeSuffixes.join('|')}))\b`,
  'g',
);
const CHINESE_PLACE = new RegExp(
  `\\p{Script=Han}{1,4}(?:${CHINESE.placeSuffixes.join('|')})`,
  'gu',
);

/** Places a sentence names that the question does not. */
function newPlaces(sentence: string, question: string, lexicon: Lexicon): KindValue[] {
  const asked = new Set(lexicon.findGlossaryNames(question).map((match) => match.entry));
  const named = lexicon.findGlossaryNames(sentence);
  const questionKey = question.toLowerCase();
  const glossaryPlaces = named
    .filter((match) => match.entry.kind === 'place' && !asked.has(match.entry))
    .map(({ start, end }) => ({ text: sentence.slice(start, end), start, end }));
  const written = [...englishPlaces(sentence), ...chinesePlaces(sentence, named)].filter(
    (place) => !questionKey.includes(place.text.toLowerCase()),
  );
  return [...glossaryPlaces, ...written].map((place) => ({
    ...place,
    said: sayName(place.text, 'place', lexicon),
  }));
}

interface Span {
  text: string;
  start: number;
  end: number;
}

function englishPlaces(sentence: string): Span[] {
  return [...sentence.matchAll(ENGLISH_PLACE)].map((match) => {
    const text = match[1] ?? match[2] ?? '';
    const start = (match.index ?? 0) + match[0].lastIndexOf(text);
    return { text, start, end: start + text.length };
  });
}

/** Chinese place names ("罗店镇"), not those inside another name (宝山区生物医药产业专家咨询委员会). */
function chinesePlaces(sentence: string, named: readonly GlossaryMatch[]): Span[] {
  const others = named.filter((match) => match.entry.kind !== 'place');
  // The match may start before the name ("成立宝山区"): where its 区 or 镇 falls decides.
  return [...matchingKey(sentence).matchAll(CHINESE_PLACE)]
    .filter(({ index = 0, 0: place }) => {
      const suffix = index + place.length - 1;
      return !others.some((match) => match.start <= suffix && suffix < match.end);
    })
    .map(({ index = 0, 0: place }) => ({ text: place, start: index, end: index + place.length }));
}

export const whereKind: QuestionKindRule = {
  kind: 'where',
  detect: detectByPatterns({
    en: [askingWord('where'), /\b(what|which) (town|district|city|place|location|province)\b/i],
    zh: [/哪里|哪儿|在哪|什么地方|哪个[区镇市省园]/],
  }),
  passages: 5,
  asksForValue: true,
  values: (sentence, query, lexicon) => newPlaces(sentence, query.text, lexicon),
};
