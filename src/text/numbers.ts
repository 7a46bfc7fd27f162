/**
 * Numbers written either way: "10 billion", "100亿", "百亿" and "10,000,000,000" are one
 * value. Both passages and questions carry a value term ("#10000000000") for each number,
 * so that a question in one language matches a figure written in the other.
 */
import { CHINESE } from '../language/chinese.js';
import { yearOfTerm } from './years.js';

export interface NumberMention {
  start: number;
  end: number;
  value: number;
}

const ENGLISH_SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // The abbreviations of news tables and headlines: "1.8 bn yuan", "US$300mn".
  bn: 1e9,
  mn: 1e6,
};
const CHINESE_SCALES: Record<string, number> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  万: 1e4,
};
const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ENGLISH_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALE = `(?:\\s*(thousand|million|billion|trillion|bn|mn)\\b|\\s*(万亿|千亿|百亿|亿|千万|百万|万))?`;
const ARABIC = new RegExp(
  // Not the month and day of an ISO date ("2020-11-28") nor the end of a range ("1279-1368"),
  // nor part of a name ("COVID-19").
  `(?<![\\d.])(?<!\\d,)(?<!\\d[-/])(?<![A-Za-z]-)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?${SCALE}`,
  'gi',
);
const CHINESE_NUMERAL =
  /([零〇一二两三四五六七八九十百千]+)(万亿|千亿|百亿|亿|千万|百万|万)?|(万亿|千亿|百亿)/g;
const WORDS = new RegExp(
  // "one-to-one", "one-stop", "two-way" are not counts: a number word joined to another word is part of it.
  `(?<![-‐])\\b(${Object.keys(ENGLISH_WORDS).join('|')})(?:[\\s-]+(${Object.keys(ENGLISH_WORDS).join('|')}))?(?:\\s+(hundred))?${SCALE}(?![-‐][a-z])`,
  'gi',
);

/**
 * What follows a number written like a year ("2000") when it counts or measures instead:
 * "2000余名", "2000多人", "2000平方米". Not in English, where "the 2022 projects" is a year.
 */
const COUNTS_AFTER_YEAR_LIKE = /^\s*(?:[余多]|[个家名位项件人栋幢座所]|平方米|平米|㎡|亩|元)/;

/** The numbers in a text with their values, in order; a year on its own is not a number here. */
export function findNumbers(text: string): NumberMention[] {
  const mentions = [...arabicNumbers(text), ...chineseNumbers(text), ...wordNumbers(text)];
  return mentions.sort((a, b) => a.start - b.start);
}

/** The index term of a value: "#" and the value without exponent or trailing zeros. */
export function valueTerm(value: number): string {
  return `#${VALUE_FORMAT.format(Number.parseFloat(value.toPrecision(6)))}`;
}

/** One formatter for every value: `toLocaleString` builds a new one per call, which is slow. */
const VALUE_FORMAT = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  maximumFractionDigits: 6,
});

function arabicNumbers(text: string): NumberMention[] {
  return [...text.matchAll(ARABIC)].flatMap((match) => {
    const [whole, integer = '', fraction, englishScale, chineseScale] = match;
    const base = Number(
      `${integer.replaceAll(',', '')}${fraction === undefined ? '' : `.${fraction}`}`,
    );
    const scale = scaleOf(englishScale, chineseScale);
    if (
      scale === 1 &&
      fraction === undefined &&
      yearOfTerm(integer) !== undefined &&
      !COUNTS_AFTER_YEAR_LIKE.test(text.slice((match.index ?? 0) + whole.length))
    )
      return [];
    return [
      { start: match.index ?? 0, end: (match.index ?? 0) + whole.length, value: base * scale },
    ];
  });
}

function chineseNumbers(text: string): NumberMention[] {
  return [...text.matchAll(CHINESE_NUMERAL)].flatMap((match) => {
    const [whole, numerals, scale, bareScale] = match;
    const value =
      bareScale !== undefined
        ? (CHINESE_SCALES[bareScale] ?? 0)
        : parseChineseNumeral(numerals ?? '') * scaleOf(undefined, scale);
    const start = match.index ?? 0;
    if (value === 0 || (whole.length === 1 && !countsAlone(text, start))) return [];
    return [{ start, end: start + whole.length, value }];
  });
}

/**
 * True when a one-character numeral is a number: it counts something (三大产业, 百余名) or
 * orders it (第六届), rather than being part of a word (长三角, 一起, 千万).
 */
function countsAlone(text: string, start: number): boolean {
  const numeral = text[start] ?? '';
  if (numeral === '一' || numeral === '千') return false;
  return text[start - 1] === '第' || CHINESE.countedAfter.test(text.slice(start + 1));
}

function wordNumbers(text: string): NumberMention[] {
  return [...text.matchAll(WORDS)].map((match) => {
    const [whole, first = '', second, hundred, englishScale] = match;
    let value =
      (ENGLISH_WORDS[first.toLowerCase()] ?? 0) +
      (second === undefined ? 0 : (ENGLISH_WORDS[second.toLowerCase()] ?? 0));
    if (hundred !== undefined) value *= 100;
    return {
      start: match.index ?? 0,
      end: (match.index ?? 0) + whole.length,
      value: value * scaleOf(englishScale, undefined),
    };
  });
}

function scaleOf(english: string | undefined, chinese: string | undefined): number {
  if (english !== undefined) return ENGLISH_SCALES[english.toLowerCase()] ?? 1;
  if (chinese !== undefined) return CHINESE_SCALES[chinese] ?? 1;
  return 1;
}

/** 二百 → 200, 十余 → 10, 三千五百 → 3500, 五十 → 50, 百 → 100. */
function parseChineseNumeral(numerals: string): number {
  let total = 0;
  let digit = 0;
  for (const char of numerals) {
    const unit = CHINESE_UNITS[char];
    if (unit === undefined) {
      digit = CHINESE_DIGITS[char] ?? 0;
      continue;
    }
    total += (digit === 0 ? 1 : digit) * unit;
    digit = 0;
  }
  return total + digit;
}
