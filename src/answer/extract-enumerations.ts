/**
 * Finds enumerations of names in a sentence: "including Shanghai Pharma, Baoji, Guosheng,
 * Thalys and DiaSorin" in English, "上海医药、宝济药业、国盛生物医药…等" in Chinese. List answers
 * gather these items across passages.
 */

import { englishTerm, hasHan } from '../text/analyzer.js';
import { foldScript } from '../text/fold-script.js';

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
  /**
   * What a list is said to be before it starts: the words before a Chinese list ("承办单位包括
   * A、B和C" → 承办单位), the sentence before an English one ("32 enterprises have moved in,
   * for example A, B and C").
   */
  lead?: string;
  /**
   * The sentence before a list laid out one item per line, when it counts the items that
   * follow ("共有七家企业和单位加入，包括：" and seven lines): it says what they are.
   */
  announcedBy?: string;
}

/** The enumerations (each at least three names) in one sentence of either language. */
export function extractEnumerations(sentence: string): Enumeration[] {
  return /\p{Script=Han}/u.test(sentence) && sentence.includes('、')
    ? chineseEnumerations(sentence)
    : englishEnumerations(sentence).map((items) => ({
        items,
        kind: '',
        lead: sentence.slice(0, Math.max(0, sentence.indexOf(items[0] ?? ''))),
      }));
}

/**
 * True when the enumeration lists things of the kind asked for, given the index terms for
 * that kind: the list says so ("等举措"), or most of its items are named as such ("信息共享平台",
 * "Shanghai Medical Device Industry Association").
 */
export function isOfKind(enumeration: Enumeration, kinds: readonly string[]): boolean {
  if (enumeration.announcedBy !== undefined && mentionsKind(enumeration.announcedBy, kinds))
    return true;
  const lead = enumeration.lead ?? '';
  if (
    kinds.some((kind) =>
      hasHan(kind)
        ? enumeration.kind.startsWith(kind) || lead.endsWith(kind)
        : leadNames(lead, kind),
    )
  )
    return true;
  const named = enumeration.items.filter((item) =>
    kinds.some((kind) =>
      hasHan(kind) ? item.endsWith(kind) : englishTerm(item.split(/\s+/).at(-1) ?? '') === kind,
    ),
  );
  return named.length * 2 >= enumeration.items.length;
}

/** Words of an English lead that may name what its list is ("32 enterprises …, for example"). */
const LEAD_WORDS = 12;
/** How an English sentence introduces examples of what it has just named. */
const LIST_INTRODUCER =
  /(?:such as|for example|for instance|including|includes?|included|like|namely|e\.g\.|:)\s*$/i;

/**
 * True when an English list is introduced as examples ("for example", "such as") of the kind
 * asked for, named in the last words before it.
 */
function leadNames(lead: string, kind: string): boolean {
  if (!LIST_INTRODUCER.test(lead)) return false;
  return lead
    .split(/[^\p{L}\p{N}'-]+/u)
    .slice(-LEAD_WORDS)
    .some((word) => englishTerm(word) === kind);
}

/** True when a sentence names the kind: a Chinese kind anywhere in it (either script), an English one as a word. */
function mentionsKind(sentence: string, kinds: readonly string[]): boolean {
  const simplified = foldScript(sentence);
  const words = new Set(sentence.split(/[^\p{L}\p{N}'-]+/u).map((word) => englishTerm(word)));
  return kinds.some((kind) => (hasHan(kind) ? simplified.includes(kind) : words.has(kind)));
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
  const items = splitAndJoined(run, run.length >= MIN_ITEMS - 1);
  if (items.length >= MIN_ITEMS) found.push(items);
}

/** A name, perhaps with its other name in brackets: "Medicine Bright Kang De (WuXi AppTec)". */
function isName(segment: string): boolean {
  const words = segment
    .replace(/^and\s+/, '')
    .replace(/\s*[(（][^()（）]*[)）]/g, '')
    .split(/\s+/);
  return (
    words.length <= MAX_ENGLISH_WORDS &&
    NAME_WORD.test(words[0] ?? '') &&
    words.every((word) => NAME_WORD.test(word) || CONNECTOR_WORD.test(word))
  );
}

/**
 * The capitalized name that ends a segment, with its other name in brackets if it has one:
 * "…abroad including Shanghai Pharma" → "Shanghai Pharma", "…are Harbour BioMed (和铂医药)" →
 * "Harbour BioMed (和铂医药)".
 */
function trailingName(segment: string): string | null {
  const bracket = TRAILING_BRACKET.exec(segment);
  const bare = bracket === null ? segment : segment.slice(0, bracket.index);
  const name = trailingBareName(bare);
  return name === null ? null : `${name}${bracket?.[0] ?? ''}`;
}

const TRAILING_BRACKET = /\s*[(（][^()（）]*[)）]$/;

function trailingBareName(segment: string): string | null {
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
function splitAndJoined(items: string[], listed: boolean): string[] {
  const firstWords = new Set(items.map((item) => item.replace(/^and\s+/, '').split(/\s+/)[0]));
  return items.flatMap((item, i) => {
    const clean = item.replace(/^and\s+/, '');
    const match = /^(.+?)\s+and\s+(.+)$/.exec(clean);
    if (match === null) return [clean];
    const [, left = '', right = ''] = match;
    const bothSingle = !/\s/.test(left) && !/\s/.test(right);
    if (bothSingle || firstWords.has(right.split(/\s+/)[0])) return [left, right];
    // "…, Kai Lai Ying and Ke Ji Pharmaceutical": the last item of a list joins two names at
    // its last "and", unless one word follows it ("Ministry of Science and Technology").
    const last = /^(.+)\s+and\s+(\S+\s.*)$/.exec(clean);
    return listed && i === items.length - 1 && last !== null
      ? [last[1] as string, last[2] as string]
      : [clean];
  });
}

const CLAUSE_BREAK = /[，,；;：:。！？!?“”"「」]/;
const ITEM_END = /等|以及|及|和|与|，|,|。|；|;|）|\)|”|"/;
const LEADING_PREPOSITION = /^(?:通过|包括|例如|比如|诸如)/;
/** A word that leads into a list inside its clause: "承办单位包括A、B和C", "代表性企业有A、B、C". */
const LIST_LEAD = /(?:包括|包含|例如|比如|诸如|涵盖|分别是|分别为|有(?!限))/g;

function chineseEnumerations(sentence: string): Enumeration[] {
  return (
    sentence
      .split(CLAUSE_BREAK)
      .map((clause) => clause.split('、'))
      // "A、B和C" has three items in two parts.
      .filter((parts) => parts.length >= MIN_ITEMS - 1)
      .map(chineseItems)
      .filter(({ items }) => items.length >= MIN_ITEMS)
  );
}

function chineseItems(parts: string[]): Enumeration {
  // "通过加快载体建设、…": the first item starts after the preposition that opens the list.
  const { lead, rest: first } = splitListLead(
    ((parts[0] ?? '').split(/[“"（(《]/).pop() ?? '').replace(LEADING_PREPOSITION, ''),
  );
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
  return lead === undefined ? { items, kind } : { items, kind, lead };
}

/**
 * The first item without the words that lead into the list, and what those words say the
 * list is: "承办单位包括中国医药工业信息中心" → 中国医药工业信息中心, led by 承办单位.
 */
function splitListLead(first: string): { lead?: string; rest: string } {
  const last = [...first.matchAll(LIST_LEAD)].at(-1);
  if (last === undefined) return { rest: first };
  const rest = first.slice((last.index ?? 0) + last[0].length);
  return rest.length >= 2 ? { lead: first.slice(0, last.index ?? 0), rest } : { rest: first };
}

/** "人工智能和生物医药三大产业" → 人工智能, 生物医药三大产业 (cut at 等 if present). */
function splitChineseAnd(last: string): string[] {
  const [left = '', ...rest] = last.split(/和|及|与/);
  const right = rest.join('');
  const end = /等|，|,|。/.exec(right);
  return [left, right.slice(0, end?.index ?? right.length)];
}
