/**
 * Kinds of quantity: a question may ask for one ("how much land" wants an area, "投资了多少"
 * wants money), and a sentence states one with a number and its unit ("130,000 square
 * meters", "100亿元", "US$1.52 billion"). A figure of the wrong kind does not answer.
 */
import { englishTerm } from './analyzer.js';
import { findNumbers } from './numbers.js';

export type Measure = 'area' | 'money' | 'percent';

/**
 * The kind of quantity a question asks for: a measure, or a size ("how big is the park",
 * "how big is the fund", "产业规模"), which is an area or a sum of money, never a bare count.
 */
export type AskedMeasure = Measure | 'size';

/** The measures that answer an asked kind of quantity. */
export function measuresAnswering(asked: AskedMeasure): readonly Measure[] {
  return asked === 'size' ? ['area', 'money'] : [asked];
}

/** Words that name a kind of quantity, in either language. */
const MEASURE_WORDS: Record<AskedMeasure, readonly string[]> = {
  size: ['big', 'large', 'size', 'scale', '规模', '多大'],
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
  percent: [
    'percent',
    'percentage',
    'proportion',
    'growth',
    '同比',
    '增幅',
    '涨幅',
    '比例',
    '占比',
    '比重',
    '增速',
    '增长率',
    '百分比',
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
    'revenue',
    'sales',
    'turnover',
    'output',
    'tax',
    '营收',
    '收入',
    '销售额',
    '产值',
    '总产值',
    '产出',
    '总产出',
    '税收',
    'rent',
    'price',
    'fee',
    'subsidy',
    '租金',
    '价格',
    '费用',
    '补贴',
    '补助',
    '资助',
  ],
};

const MEASURE_TERMS: ReadonlyMap<string, AskedMeasure> = new Map(
  (Object.entries(MEASURE_WORDS) as [AskedMeasure, readonly string[]][]).flatMap(
    ([measure, words]) =>
      words.map((word): [string, AskedMeasure] => [englishTerm(word) ?? word, measure]),
  ),
);

/** The unit a quantity is stated in. */
export type Unit =
  | 'yuan'
  | 'usd'
  | 'eur'
  | 'm2'
  | 'km2'
  | 'mu'
  | 'hectare'
  | 'acre'
  | 'sqft'
  | 'percent';

/** Units written after a number, with the kind of quantity they measure; longer forms first. */
const UNITS_AFTER: readonly { measure: Measure; unit: Unit; pattern: RegExp }[] = [
  {
    measure: 'area',
    unit: 'km2',
    pattern: /^\s*(?:square\s+(?:kilometers?|kilometres?)|sq\.?\s?km\b|km²|平方公里|平方千米)/i,
  },
  {
    measure: 'area',
    unit: 'm2',
    pattern:
      /^\s*(?:square\s+(?:meters?|metres?)|sq\.?\s?m\b|m²|㎡|平方米|平米|方(?![面向法案式针]))/i,
  },
  { measure: 'area', unit: 'sqft', pattern: /^\s*(?:square\s+(?:feet|foot)|sq\.?\s?ft\b)/i },
  { measure: 'area', unit: 'hectare', pattern: /^\s*(?:hectares?\b|公顷)/i },
  { measure: 'area', unit: 'acre', pattern: /^\s*acres?\b/i },
  { measure: 'area', unit: 'mu', pattern: /^\s*(?:mu\b|亩)/i },
  { measure: 'percent', unit: 'percent', pattern: /^\s*(?:%|％|percent\b|per cent\b|个百分点)/i },
  { measure: 'money', unit: 'usd', pattern: /^\s*(?:(?:us\s)?dollars?\b|美元)/i },
  { measure: 'money', unit: 'eur', pattern: /^\s*(?:euros?\b|欧元)/i },
  { measure: 'money', unit: 'yuan', pattern: /^\s*(?:yuan\b|rmb\b|renminbi\b|元|人民币)/i },
];
/** Currency signs written before a number. */
const MONEY_BEFORE: readonly { unit: Unit; pattern: RegExp }[] = [
  { unit: 'usd', pattern: /(?:US\$|\$)\s?$/i },
  { unit: 'eur', pattern: /€\s?$/ },
  { unit: 'yuan', pattern: /(?:¥|￥|RMB\s?|CNY\s?)$/i },
];

/**
 * Measure words that name the quantity as verbs or adjectives too ("invest", "占地", "how
 * big"), unlike "land" ("have landed").
 */
const MEASURE_VERBS: ReadonlySet<string> = new Set(
  ['invest', 'cost', 'spend', 'spent', '投资', '占地', '投入', '花费', '营收', 'big', 'large'].map(
    (word) => englishTerm(word) ?? word,
  ),
);

/**
 * The kind of quantity an index term names, if any ("land" → area, "投资" → money). Used as a
 * verb, only a word that names the quantity as a verb does ("invest", not "have landed").
 */
export function measureNamedBy(term: string, asVerb = false): AskedMeasure | undefined {
  return asVerb && !MEASURE_VERBS.has(term) ? undefined : MEASURE_TERMS.get(term);
}

/**
 * The two areas a site has: the land it occupies (占地, "covers 200 mu of land") and the floor
 * space of its buildings (建筑面积, "floor area"). One is no answer to a question about the other.
 */
export type AreaKind = 'land' | 'floor';

const AREA_KINDS: readonly { kind: AreaKind; pattern: RegExp }[] = [
  {
    kind: 'floor',
    pattern: /建筑面积|建築面積|建面|floor (?:area|space)|gross floor|building area|built area/i,
  },
  { kind: 'land', pattern: /占地|佔地|用地|土地|\bland\b|\bsite area\b|\bplot\b/i },
];

/** The kind of area a text names, if it names one. */
export function areaKindIn(text: string): AreaKind | undefined {
  return AREA_KINDS.find(({ pattern }) => pattern.test(text))?.kind;
}

/** A quantity a text states: the number with its unit, and the kind it measures. */
export interface MeasureMention {
  start: number;
  end: number;
  value: number;
  measure: Measure;
  unit: Unit;
}

/** The quantities a text states with a number and a unit, in order. */
export function measureMentions(text: string): MeasureMention[] {
  const found: MeasureMention[] = [];
  for (const { start, end, value } of findNumbers(text)) {
    const after = text.slice(end, end + 24);
    const unit = UNITS_AFTER.map((candidate) => ({
      ...candidate,
      match: candidate.pattern.exec(after),
    })).find((candidate) => candidate.match !== null);
    if (unit?.match) {
      found.push({
        start,
        end: end + unit.match[0].length,
        value,
        measure: unit.measure,
        unit: unit.unit,
      });
      continue;
    }
    const before = text.slice(Math.max(0, start - 5), start);
    const sign = MONEY_BEFORE.map((candidate) => ({
      ...candidate,
      match: candidate.pattern.exec(before),
    })).find((candidate) => candidate.match !== null);
    if (sign?.match)
      found.push({
        start: start - sign.match[0].length,
        end,
        value,
        measure: 'money',
        unit: sign.unit,
      });
  }
  return found;
}

/** The kinds of quantity a text states with a number and a unit. */
export function measuresIn(text: string): Set<Measure> {
  return new Set(measureMentions(text).map((mention) => mention.measure));
}
