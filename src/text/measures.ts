/**
 * Kinds of quantity: a question may ask for one ("how much land" wants an area, "投资了多少"
 * wants money), and a sentence states one with a number and its unit ("130,000 square
 * meters", "100亿元", "US$1.52 billion"). A figure of the wrong kind does not answer.
 */
import { englishTerm } from './analyzer.js';
import { findNumbers } from './numbers.js';

export type Measure = 'area' | 'money';

/** Words that name a kind of quantity, in either language. */
const MEASURE_WORDS: Record<Measure, readonly string[]> = {
  area: [
    'land',
    'area',
    'space',
    'footprint',
    'acreage',
    '面积',
    '占地面积',
    '占地',
    '用地',
    '土地',
  ],
  money: [
    'investment',
    'invest',
    'cost',
    'funding',
    'money',
    'capital',
    'budget',
    'spend',
    'spent',
    '投资',
    '投资额',
    '总投资',
    '资金',
    '金额',
    '投入',
    '花费',
  ],
};

const MEASURE_TERMS: ReadonlyMap<string, Measure> = new Map(
  (Object.entries(MEASURE_WORDS) as [Measure, readonly string[]][]).flatMap(([measure, words]) =>
    words.map((word): [string, Measure] => [englishTerm(word) ?? word, measure]),
  ),
);

/** Units written after a number, by the kind of quantity they measure. */
const UNIT_AFTER: Record<Measure, RegExp> = {
  area: /^\s*(?:square\s+(?:meters?|metres?|kilometers?|kilometres?|feet|foot|miles?)|sq\.?\s?(?:m|km|ft)\b|hectares?\b|acres?\b|m²|km²|㎡|平方米|平方公里|平方千米|亩|公顷)/i,
  money: /^\s*(?:yuan\b|rmb\b|dollars?\b|euros?\b|(?:亿|万)?(?:元|美元|欧元))/i,
};
/** Currency signs written before a number. */
const MONEY_BEFORE = /(?:US\$|\$|¥|￥|RMB\s?|€)\s?$/i;

/** Measure words that name the quantity as verbs too ("invest", "占地"), unlike "land". */
const MEASURE_VERBS: ReadonlySet<string> = new Set(
  ['invest', 'cost', 'spend', 'spent', '投资', '占地', '投入', '花费'].map(
    (word) => englishTerm(word) ?? word,
  ),
);

/**
 * The kind of quantity an index term names, if any ("land" → area, "投资" → money). Used as a
 * verb, only a word that names the quantity as a verb does ("invest", not "have landed").
 */
export function measureNamedBy(term: string, asVerb = false): Measure | undefined {
  return asVerb && !MEASURE_VERBS.has(term) ? undefined : MEASURE_TERMS.get(term);
}

/** A quantity a text states: the number with its unit, and the kind it measures. */
export interface MeasureMention {
  start: number;
  end: number;
  value: number;
  measure: Measure;
}

/** The quantities a text states with a number and a unit, in order. */
export function measureMentions(text: string): MeasureMention[] {
  const found: MeasureMention[] = [];
  for (const { start, end, value } of findNumbers(text)) {
    const after = text.slice(end, end + 24);
    for (const [measure, unit] of Object.entries(UNIT_AFTER) as [Measure, RegExp][]) {
      const match = unit.exec(after);
      if (match !== null) found.push({ start, end: end + match[0].length, value, measure });
    }
    const before = MONEY_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
    if (before !== null && !found.some((mention) => mention.start === start))
      found.push({ start: start - before[0].length, end, value, measure: 'money' });
  }
  return found;
}

/** The kinds of quantity a text states with a number and a unit. */
export function measuresIn(text: string): Set<Measure> {
  return new Set(measureMentions(text).map((mention) => mention.measure));
}
