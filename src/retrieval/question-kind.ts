/**
 * What sort of answer a question wants: a list of names, a quantity, a time, a person, a
 * place, or a general statement. It shapes which sentences make the answer, not which
 * passages are found.
 */
import type { Language } from '../text/detect-language.js';

export type QuestionKind = 'list' | 'quantity' | 'when' | 'who' | 'where' | 'general';

const NOT_PLURAL_NOUNS = new Set([
  'is',
  'was',
  'does',
  'has',
  'this',
  'its',
  'us',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'as',
  'less',
]);

const ENGLISH_RULES: readonly (readonly [QuestionKind, RegExp])[] = [
  [
    'quantity',
    /\bhow (much|many|large|big|long)\b|\bwhat (is|was|were) the (total|number|amount|size|scale|value)\b|\bnumber of\b/i,
  ],
  ['when', /\bwhen\b|\b(what|which) (year|date|day|month|time)\b/i],
  ['who', /\bwho\b|\bwhose\b/i],
  ['where', /\bwhere\b|\b(what|which) (town|district|city|place|location|province)\b/i],
];

const CHINESE_RULES: readonly (readonly [QuestionKind, RegExp])[] = [
  ['list', /哪些|哪几|有哪|列出|列举|都有什么|都有谁|包括什么|包括哪/],
  ['quantity', /多少|几[个家项名位次年亿万]|多大|多高|多长|规模|总额|数量/],
  ['when', /什么时候|何时|哪一?年|哪天|几月|几号|日期|时间/],
  ['who', /谁|哪位|什么人/],
  ['where', /哪里|哪儿|在哪|什么地方|哪个[区镇市省园]/],
];

/** The kind of answer a question asks for. */
export function detectQuestionKind(question: string, language: Language): QuestionKind {
  if (language === 'zh')
    return CHINESE_RULES.find(([, pattern]) => pattern.test(question))?.[0] ?? 'general';
  if (asksForEnglishList(question)) return 'list';
  return ENGLISH_RULES.find(([, pattern]) => pattern.test(question))?.[0] ?? 'general';
}

/** "Which companies…", "What measures…", "List the…", "Name the…" ask for several items. */
function asksForEnglishList(question: string): boolean {
  if (/\b(list|enumerate|name (all|the|some|every))\b/i.test(question)) return true;
  const match = /\b(which|what)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b/i.exec(question);
  const noun = match?.[2]?.toLowerCase();
  return noun !== undefined && !NOT_PLURAL_NOUNS.has(noun) && !/ss$/.test(noun);
}
