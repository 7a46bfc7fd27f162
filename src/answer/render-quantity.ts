/**
 * A quantity said in the asker's language: "18亿元" is "1.8 billion yuan" to an English reader
 * and "1.8 billion yuan" is "18亿元" to a Chinese one; "14.6万平方米" is "146,000 square meters".
 * The value and unit come from the sentence; the qualifier ("more than", "约") from around it.
 */
import type { Language } from '../text/detect-language.js';
import type { Unit } from '../text/measures.js';

/** How a figure is hedged: "more than 400", "约18亿元", "近千家". */
export type Qualifier = 'over' | 'about' | 'nearly' | 'upTo';

const QUALIFIER_BEFORE: readonly [Qualifier, RegExp][] = [
  [
    'over',
    /(?:more than|over|above|exceeding|in excess of|at least|超过|超出|超|逾|多于|达到|达)\s*$/i,
  ],
  ['nearly', /(?:nearly|almost|close to|近|将近|接近)\s*$/i],
  ['about', /(?:about|around|approximately|roughly|some|约|大约|大概|左右)\s*$/i],
  ['upTo', /(?:up to|最多|最高)\s*$/i],
];
const QUALIFIER_AFTER: readonly [Qualifier, RegExp][] = [
  ['over', /^\s*(?:余|多|以上|plus|\+)/i],
  ['about', /^\s*(?:左右)/],
];

/** The qualifier written around a figure at [start, end) of a text, if any. */
export function qualifierAt(text: string, start: number, end: number): Qualifier | null {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 4);
  for (const [qualifier, pattern] of QUALIFIER_BEFORE) if (pattern.test(before)) return qualifier;
  for (const [qualifier, pattern] of QUALIFIER_AFTER) if (pattern.test(after)) return qualifier;
  return null;
}

const ENGLISH_UNITS: Record<Unit, string> = {
  yuan: 'yuan',
  usd: 'US dollars',
  eur: 'euros',
  m2: 'square meters',
  km2: 'square kilometers',
  mu: 'mu',
  hectare: 'hectares',
  acre: 'acres',
  sqft: 'square feet',
  percent: '%',
};
const CHINESE_UNITS: Record<Unit, string> = {
  yuan: '元',
  usd: '美元',
  eur: '欧元',
  m2: '平方米',
  km2: '平方公里',
  mu: '亩',
  hectare: '公顷',
  acre: '英亩',
  sqft: '平方英尺',
  percent: '%',
};
const ENGLISH_QUALIFIERS: Record<Qualifier, string> = {
  over: 'more than ',
  about: 'about ',
  nearly: 'nearly ',
  upTo: 'up to ',
};
const CHINESE_QUALIFIERS: Record<Qualifier, string> = {
  over: '超过',
  about: '约',
  nearly: '近',
  upTo: '最多',
};

/** A quantity with its unit in a language: "more than 1.8 billion yuan", "约14.6万平方米". */
export function renderQuantity(
  value: number,
  unit: Unit | null,
  qualifier: Qualifier | null,
  language: Language,
): string {
  if (language === 'zh') {
    const hedge = qualifier === null ? '' : CHINESE_QUALIFIERS[qualifier];
    return `${hedge}${chineseAmount(value)}${unit === null ? '' : CHINESE_UNITS[unit]}`;
  }
  const hedge = qualifier === null ? '' : ENGLISH_QUALIFIERS[qualifier];
  const amount = englishAmount(value);
  if (unit === 'usd') return `${hedge}US$${amount}`;
  if (unit === 'percent') return `${hedge}${amount}%`;
  return `${hedge}${amount}${unit === null ? '' : ` ${ENGLISH_UNITS[unit]}`}`;
}

/** 1.8e9 → "1.8 billion", 5e8 → "500 million", 130000 → "130,000". */
export function englishAmount(value: number): string {
  for (const [scale, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (value >= scale) return `${trimmed(value / scale)} ${word}`;
  }
  return GROUPED.format(value);
}

/** One formatter for every figure: `toLocaleString` builds a new one on each call, which is slow. */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** 1.8e9 → "18亿", 3e7 → "3000万", 146000 → "14.6万", 200 → "200". */
export function chineseAmount(value: number): string {
  for (const [scale, word] of [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ] as const) {
    if (value >= scale) return `${trimmed(value / scale)}${word}`;
  }
  return trimmed(value);
}

function trimmed(value: number): string {
  return String(Number.parseFloat(value.toFixed(3)));
}
