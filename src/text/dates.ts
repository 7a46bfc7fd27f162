/**
 * Dates written in either language: "9 December 2020", "December 9, 2020", "Dec. 2020",
 * "2020年12月9日", "12月9日", "2020年", "in 2022". Each is read into its year, month and day,
 * so that an answer can say it in the asker's language.
 */
import { ENGLISH } from '../language/english.js';

export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
}

const MONTH = `(${ENGLISH.monthPattern})`;
const YEAR = `(${ENGLISH.yearDigits})`;
/** Each pattern with the group numbers of its year, month and day. */
const PATTERNS: readonly { pattern: RegExp; year?: number; month?: number; day?: number }[] = [
  {
    pattern: new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]`, 'g'),
    year: 1,
    month: 2,
    day: 3,
  },
  { pattern: new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月`, 'g'), year: 1, month: 2 },
  { pattern: /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, month: 1, day: 2 },
  {
    pattern: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`,
      'gi',
    ),
    day: 1,
    month: 2,
    year: 3,
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi'),
    month: 1,
    day: 2,
    year: 3,
  },
  { pattern: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'gi'), month: 1, year: 2 },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'gi'),
    day: 1,
    month: 2,
  },
  {
    pattern: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:years?|per|%))`,
      'gi',
    ),
    month: 1,
    day: 2,
  },
  { pattern: /(?<![\d.])(\d{1,2})\s*月(?!\s*\d)/g, month: 1 },
  { pattern: new RegExp(`${YEAR}\\s*年`, 'g'), year: 1 },
  { pattern: new RegExp(`(?<![\\d.])${YEAR}(?![\\d.])`, 'g'), year: 1 },
];

/** The dates of a text, in order, the longest reading of each stretch. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const { pattern, year, month, day } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.subarray(start, end).some(Boolean)) continue;
      const mention = readDate(match, start, end, { year, month, day });
      if (mention === null) continue;
      taken.fill(1, start, end);
      found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function readDate(
  match: RegExpMatchArray,
  start: number,
  end: number,
  groups: { year?: number; month?: number; day?: number },
): DateMention | null {
  const mention: DateMention = { start, end };
  if (groups.year !== undefined) mention.year = Number(match[groups.year]);
  if (groups.month !== undefined) mention.month = monthNumber(match[groups.month] ?? '');
  if (groups.day !== undefined) mention.day = Number(match[groups.day]);
  const validMonth = mention.month === undefined || (mention.month >= 1 && mention.month <= 12);
  const validDay = mention.day === undefined || (mention.day >= 1 && mention.day <= 31);
  return validMonth && validDay ? mention : null;
}

function monthNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const prefix = text.slice(0, 3).toLowerCase();
  return ENGLISH.months.indexOf(prefix as (typeof ENGLISH.months)[number]) + 1;
}

/** A date in a language: "9 December 2020", "December 2020", "2020年12月9日". */
export function renderDate(date: DateMention, language: 'en' | 'zh'): string {
  if (language === 'zh') {
    const year = date.year === undefined ? '' : `${date.year}年`;
    const month = date.month === undefined ? '' : `${date.month}月`;
    const day = date.day === undefined ? '' : `${date.day}日`;
    return `${year}${month}${day}`;
  }
  const month = date.month === undefined ? undefined : ENGLISH.monthNames[date.month - 1];
  return [date.day, month, date.year].filter((part) => part !== undefined).join(' ');
}
