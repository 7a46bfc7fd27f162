/**
 * Finds enumerations of names in a sentence: "including Shanghai Pharma, Baoji, Guosheng,
 * Thalys and DiaSorin" in English, "上海医药、宝济药业、国盛生物医药…等" in Chinese. List answers
 * gather these items across passages.
 */

import { englishTerm, hasHan } from '../text/analyzer.js';

const MIN_ITEMS = 3;
const MAX_ENGLISH_WORDS = 8;
const MAX_CHINESE_CHARS = 16;

const CAPITALIZED = String.raw`[A-Z][\w'’&.()-]*|[A-Z]{2,}`;
const CONNECTOR = 'of|for|the|de|and|in|on|&';
const NAME_WORD = new RegExp(`^(?:${CAPITALIZED}|\\d+)$`);
const CONNECTOR_WORD = new RegExp(`^(?:${CONNECTOR})$`);

/** Names listed together, with what a Chinese list says they are ("A、B、C等举措" → 举措). */
export interface Enumeration {
  items: string[];
  kind: string;
}

/** The enumerations (each at least three names) in one sentence of either language. */
export function extractEnumerations(sentence: string): Enumeration[] {
  return /\p{Script=Han}/u.test(sentence) && sentence.includes('、')
    ? chineseEnumerations(sentence)
    : englishEnumerations(sentence).map((items) => ({ items, kind: '' }));
}

/**
 * True when the enumeration lists things of the kind asked for, given the index terms for
 * that kind: the list says so ("等举措"), or most of its items are named as such ("信息共享平台",
 * "Shanghai Medical Device Industry Association").
 */
export function isOfKind(enumeration: Enumeration, kinds: readonly string[]): boolean {
  if (kinds.some((kind) => hasHan(kind) && enumeration.kind.startsWith(kind))) return true;
  const named = enumeration.items.filter((item) =>
    kinds.some((kind) =>
      hasHan(kind) ? item.endsWith(kind) : englishTerm(item.split(/\s+/).at(-1) ?? '') === kind,
    ),
  );
  return named.length * 2 >= enumeration.items.length;
}

function englishEnumerations(sentence: string): string[][] {
  const segments = sentence.replace(/[.!?;]+$/, '').split(/,\s+/);
  const found: string[][] = [];
  let run: string[] = [];
  segments.forEach((segment, i) => {
    if (run.length > 0 && isName(segment)) {
      run.push(segment);
      return;
    }
    if (run.length > 0) {
      const lead = leadingName(segment);
      if (lead !== null) run.push(lead);
      closeRun(run, found);
    }
    const trail = i < segments.length - 1 ? trailingName(segment) : null;
    run = trail === null ? [] : [trail];
  });
  closeRun(run, found);
  return found;
}

function closeRun(run: string[], found: string[][]): void {
  const items = splitAndJoined(run);
  if (items.length >= MIN_ITEMS) found.push(items);
}

function isName(segment: string): boolean {
  const words = segment.replace(/^and\s+/, '').split(/\s+/);
  return (
    words.length <= MAX_ENGLISH_WORDS &&
    NAME_WORD.test(words[0] ?? '') &&
    words.every((word) => NAME_WORD.test(word) || CONNECTOR_WORD.test(word))
  );
}

/** The capitalized name that ends a segment: "…abroad including Shanghai Pharma" → "Shanghai Pharma". */
function trailingName(segment: string): string | null {
  const words = segment.split(/\s+/);
  let start = words.length;
  while (
    start > 0 &&
    (NAME_WORD.test(words[start - 1] ?? '') ||
      (start < words.length && CONNECTOR_WORD.test(words[start - 1] ?? '')))
  )
    start -= 1;
  while (start < words.length && CONNECTOR_WORD.test(words[start] ?? '')) start += 1;
  const name = words.slice(start);
  return name.length > 0 && name.length <= MAX_ENGLISH_WORDS && NAME_WORD.test(name[0] ?? '')
    ? name.join(' ')
    : null;
}

/** The capitalized name that starts the last segment: "Thalys and DiaSorin have signed…" → "Thalys and DiaSorin". */
function leadingName(segment: string): string | null {
  const words = segment.replace(/^and\s+/, '').split(/\s+/);
  let end = 0;
  while (
    end < words.length &&
    (NAME_WORD.test(words[end] ?? '') ||
      (CONNECTOR_WORD.test(words[end] ?? '') && NAME_WORD.test(words[end + 1] ?? '')))
  )
    end += 1;
  return end > 0 ? words.slice(0, end).join(' ') : null;
}

/**
 * Splits "A and B" items. Names may hold "and" themselves ("Medical Innovation and
 * Development Research Center"), so an item splits only where the right side starts like
 * another item of the list, or both sides are single words ("Thalys and DiaSorin").
 */
function splitAndJoined(items: string[]): string[] {
  const firstWords = new Set(items.map((item) => item.replace(/^and\s+/, '').split(/\s+/)[0]));
  return items.flatMap((item) => {
    const clean = item.replace(/^and\s+/, '');
    const match = /^(.+?)\s+and\s+(.+)$/.exec(clean);
    if (match === null) return [clean];
    const [, left = '', right = ''] = match;
    const bothSingle = !/\s/.test(left) && !/\s/.test(right);
    return bothSingle || firstWords.has(right.split(/\s+/)[0]) ? [left, right] : [clean];
  });
}

const CLAUSE_BREAK = /[，,；;：:。！？!?“”"「」]/;
const ITEM_END = /等|以及|及|和|与|，|,|。|；|;|）|\)|”|"/;
const LEADING_PREPOSITION = /^(?:通过|包括|例如|比如|诸如)/;

function chineseEnumerations(sentence: string): Enumeration[] {
  return sentence
    .split(CLAUSE_BREAK)
    .map((clause) => clause.split('、'))
    .filter((parts) => parts.length >= MIN_ITEMS)
    .map(chineseItems)
    .filter(({ items }) => items.length >= MIN_ITEMS);
}

function chineseItems(parts: string[]): Enumeration {
  // "通过加快载体建设、…": the first item starts after the preposition that opens the list.
  const first = ((parts[0] ?? '').split(/[“"（(《]/).pop() ?? '').replace(LEADING_PREPOSITION, '');
  const last = parts[parts.length - 1] ?? '';
  const lastEnd = ITEM_END.exec(last);
  const lastItems =
    lastEnd !== null && (lastEnd[0] === '和' || lastEnd[0] === '及' || lastEnd[0] === '与')
      ? splitChineseAnd(last)
      : [last.slice(0, lastEnd?.index ?? last.length)];
  const items = [first, ...parts.slice(1, -1), ...lastItems]
    .map((item) => item.replace(/^[\s“"（(《]+|[\s”"）)》]+$/g, ''))
    .filter((item) => item.length > 0 && item.length <= MAX_CHINESE_CHARS);
  const kind = lastEnd?.[0] === '等' ? last.slice(lastEnd.index + 1) : '';
  return { items, kind };
}

/** "人工智能和生物医药三大产业" → 人工智能, 生物医药三大产业 (cut at 等 if present). */
function splitChineseAnd(last: string): string[] {
  const [left = '', ...rest] = last.split(/和|及|与/);
  const right = rest.join('');
  const end = /等|，|,|。/.exec(right);
  return [left, right.slice(0, end?.index ?? right.length)];
}
