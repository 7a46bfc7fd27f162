/**
 * The answer to a list question: the names gathered from every enumeration of the kind asked
 * for ("including Shanghai Pharma, Baoji, Guosheng…", "上海医药、宝济药业…等", or a lead
 * sentence "包括：" followed by one item per line), aliases merged, said first: "5 companies:
 * Shanghai Pharma, Baoji, Guosheng, Thalys and DiaSorin [1][2]".
 */
import { askedPluralNoun } from '../kinds/list-kind.js';
import { CHINESE } from '../language/chinese.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Query } from '../retrieval/build-query.js';
import { hasHan } from '../text/analyzer.js';
import { findNumbers } from '../text/numbers.js';
import type { Citations } from './citations.js';
import { type Enumeration, extractEnumerations, isOfKind } from './extract-enumerations.js';
import type { Evidence } from './gather-evidence.js';
import { displayName, type FoundName, mergeListItems } from './merge-list-items.js';
import { aside, messagesFor } from './messages.js';

/** A sentence whose enumeration answers a list question, with the names it lists. */
export interface ListEvidence {
  item: Evidence;
  names: string[];
}

/** A list sentence must cover this much of the question on its own words, and this share of the best one. */
const LIST_SUPPORT = 0.3;
const LIST_SHARE_OF_BEST = 0.8;
/** A list that does not say it is of the kind asked needs this share of the best coverage. */
const LIST_SHARE_OF_ANSWER = 0.9;
/** Sentences considered for a list at all, and the names a restated list shares with a chosen one. */
const LIST_CANDIDATE = 0.2;
const LIST_SHARED_NAMES = 2;
export const MIN_LIST_ITEMS = 2;
/** Lines after a lead sentence ("包括：") read as items, at most. */
const MAX_LINE_ITEMS = 20;
const LONGEST_ITEM = 40;
const ITEM_MARKER =
  /^\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[）)]|[•·▪●■◆\-*]|[一二三四五六七八九十]+、)\s*/u;
/** Classifiers that count a list's items (三家, 六大, 五个), unlike 期, 年 or 月. */
const COUNTING_CLASSIFIER = /^[个家项位所条类大名种]/u;
const ITEM_END = /[:：，,；;（(。]|\s[-–—]\s/u;
/** The end of a sentence of prose, which an unmarked item line does not have. */
const PROSE_END = /[。！？.!?]\s*$/u;

/**
 * Evidence sentences whose enumerations answer a list question: those that speak of the
 * kind of thing asked for ("which companies" → companies) and whose own words cover the
 * question nearly as well as the best, plus any sentence that restates the same list (two
 * names in common), as another report of the same event does.
 */
export function findListEvidence(
  query: Query,
  evidence: readonly Evidence[],
  lexicon: Lexicon,
): ListEvidence[] {
  const enumerated = evidence.flatMap((item) => {
    if (item.coverage < LIST_CANDIDATE || item.furniture) return [];
    // Items laid out one per line are short lines: look for them among all the sentences.
    const enumerations = [...extractEnumerations(item.sentence), ...lineItems(item, evidence)];
    return enumerations.length > 0 ? [{ item, enumerations }] : [];
  });
  const counted = listsOfStatedCount(enumerated, query);
  if (counted.length > 0) return counted;
  const { lists: answering, ofKind } = listsOfAskedKind(enumerated, query);
  const support = (item: Evidence) => listSupport(item, ofKind);
  const best = Math.max(0, ...answering.map(({ item }) => support(item)));
  if (best < LIST_SUPPORT) return [];
  // A list that does not say it is of the kind asked must answer about as well as any sentence.
  const listCoverage = Math.max(0, ...answering.map(({ item }) => item.coverage));
  const bestCoverage = Math.max(0, ...evidence.map((item) => item.coverage));
  if (!ofKind && listCoverage < LIST_SHARE_OF_ANSWER * bestCoverage) return [];
  const chosen = answering.filter(({ item }) => support(item) >= best * LIST_SHARE_OF_BEST);
  for (const list of enumerated.map((sentence) => listOf(sentence, query))) {
    if (
      !chosen.some(({ item }) => item === list.item) &&
      sharedNames(list, chosen, lexicon) >= LIST_SHARED_NAMES
    )
      chosen.push(list);
  }
  return chosen;
}

/**
 * "5 companies: A, B, C, D and E [1][2]" in the asker's language, or `null` when fewer than
 * two names remain once aliases are merged.
 */
export function renderListHead(
  lists: readonly ListEvidence[],
  query: Query,
  citations: Citations,
  lexicon: Lexicon,
): { text: string; count: number } | null {
  const found: FoundName[] = lists.flatMap(({ item, names }) => {
    const citation = citations.cite(item.passage);
    return names.map((name) => ({ name, citation }));
  });
  const items = mergeListItems(found, lexicon);
  if (items.length < MIN_LIST_ITEMS) return null;
  const names = items.map((item) => {
    const { name, aliases } = displayName(item, query.language);
    return `${name}${aside(aliases, query.language)}`;
  });
  const markers = [...new Set(items.flatMap((item) => item.citations))]
    .sort((a, b) => a - b)
    .map((n) => `[${n}]`)
    .join('');
  const noun = askedNoun(query);
  const messages = messagesFor(query.language);
  return {
    text: `${messages.listHead(items.length, noun, classifierFor(noun))}${messages.listOf(names)} ${markers}`,
    count: items.length,
  };
}

/**
 * "Which six fields…", "哪三家协会": an enumeration of exactly the number of items the
 * question states answers it, however few of the question's words its sentence repeats; the
 * best-covered such sentence is the answer.
 */
function listsOfStatedCount(enumerated: readonly Enumerated[], query: Query): ListEvidence[] {
  const stated = statedCount(query);
  if (stated === undefined) return [];
  const kinds = askedKinds(query);
  const matching = enumerated
    .map(({ item, enumerations }) => ({
      item,
      enumerations: enumerations.filter(({ items }) => items.length === stated),
    }))
    .filter(({ enumerations }) => enumerations.length > 0)
    .map((sentence) => ({
      ...sentence,
      ofKind: sentence.enumerations.some((enumeration) => isOfKind(enumeration, kinds)),
    }))
    // "哪三家协会": three associations before any other three things.
    .sort((a, b) => Number(b.ofKind) - Number(a.ofKind) || b.item.coverage - a.item.coverage);
  return matching.slice(0, 1).map((sentence) => listOf(sentence, query));
}

/** The index terms of the kind of thing the question asks a list of ("companies", "协会"). */
function askedKinds(query: Query): string[] {
  const asked = query.concepts.findLast((concept) => concept.answerType && concept.known);
  return (asked?.alternatives ?? []).flatMap(({ terms }) => terms);
}

/**
 * The number of items a list question says there are: a number counting the asked noun
 * ("six key fields"), or one with a classifier ("哪三家", "六大领域"); not a date or an
 * ordinal ("2023年3月", "三期").
 */
function statedCount(query: Query): number | undefined {
  const noun = askedPluralNoun(query.text);
  const counts = findNumbers(query.text).filter(({ end, value }) => {
    if (value < MIN_LIST_ITEMS || !Number.isInteger(value)) return false;
    const after = query.text.slice(end);
    return query.language === 'zh'
      ? COUNTING_CLASSIFIER.test(after)
      : noun !== undefined && new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}?${noun}\\b`, 'i').test(after);
  });
  return counts.length === 1 ? counts[0]?.value : undefined;
}

/**
 * How well a list sentence speaks of the question: its own words, or with its context when it
 * refers back to the sentence before ("Its tenants include…") or says its list is of the kind
 * asked ("32 enterprises have moved in, for example…" in a paragraph about the park).
 */
function listSupport(item: Evidence, ofKind: boolean): number {
  return item.leansOnPrevious || ofKind ? item.coverage : item.ownCoverage;
}

interface Enumerated {
  item: Evidence;
  enumerations: Enumeration[];
}

/**
 * The items of a list laid out one per line after a lead sentence ("首批伙伴大致分为四类：",
 * "the following companies signed:"): each line's name, before its description.
 */
function lineItems(lead: Evidence, evidence: readonly Evidence[]): Enumeration[] {
  if (!/[:：]\s*$/.test(lead.sentence)) return [];
  const following = evidence
    .filter((item) => item.passage === lead.passage && item.position > lead.position)
    .sort((a, b) => a.position - b.position)
    .slice(0, MAX_LINE_ITEMS);
  const items: string[] = [];
  for (const item of following) {
    const name = itemName(item.sentence);
    if (name === null) break;
    items.push(name);
  }
  if (items.length < MIN_LIST_ITEMS) return [];
  const counted = findNumbers(lead.sentence).some(({ value }) => value === items.length);
  return [{ items, kind: '', ...(counted ? { announcedBy: lead.sentence } : {}) }];
}

/** An item line: a name, and perhaps its description; a line of prose without a marker ends the list. */
function itemName(line: string): string | null {
  if (!ITEM_MARKER.test(line) && PROSE_END.test(line)) return null;
  const text = line.replace(ITEM_MARKER, '').trim();
  const name = text.split(ITEM_END)[0]?.trim() ?? '';
  return name.length >= 2 && name.length <= LONGEST_ITEM ? name : null;
}

/**
 * The lists that can answer: in sentences that speak of the kind of thing asked for, and
 * only the lists of that kind where any says it is ("A、B、C等举措", "… platforms"); `ofKind`
 * tells which.
 */
function listsOfAskedKind(
  enumerated: readonly Enumerated[],
  query: Query,
): { lists: ListEvidence[]; ofKind: boolean } {
  // "which well-known companies": the noun, the last word of the answer type, names the kind.
  const asked = query.concepts.findLastIndex((concept) => concept.answerType && concept.known);
  if (asked < 0)
    return { lists: enumerated.map((sentence) => listOf(sentence, query)), ofKind: false };
  const speaking = enumerated.filter(({ item }) => (item.credits[asked] ?? 0) > 0);
  const kinds = (query.concepts[asked]?.alternatives ?? []).flatMap(({ terms }) => terms);
  const ofKind = speaking
    .map(({ item, enumerations }) => ({
      item,
      enumerations: enumerations.filter((enumeration) => isOfKind(enumeration, kinds)),
    }))
    .filter(({ enumerations }) => enumerations.length > 0);
  return {
    lists: (ofKind.length > 0 ? ofKind : speaking).map((sentence) => listOf(sentence, query)),
    ofKind: ofKind.length > 0,
  };
}

function listOf({ item, enumerations }: Enumerated, query: Query): ListEvidence {
  const names = enumerations.flatMap(({ items }) => items);
  return { item, names: names.map((name) => withoutAskedVerb(name, query)) };
}

/**
 * A Chinese list's first item without the question's own word that leads into the list:
 * "搭建哪几个平台?" → "搭建职能部门沟通平台、…" lists 职能部门沟通平台.
 */
function withoutAskedVerb(name: string, query: Query): string {
  const lead = query.concepts
    .flatMap((concept) => concept.alternatives.flatMap(({ terms }) => terms))
    .find((term) => hasHan(term) && name.startsWith(term) && name.length - term.length >= 2);
  return lead === undefined ? name : name.slice(lead.length);
}

function sharedNames(
  candidate: ListEvidence,
  chosen: readonly ListEvidence[],
  lexicon: Lexicon,
): number {
  const known = chosen.flatMap(({ names }) => names).map((name) => ({ name, citation: 0 }));
  const merged = mergeListItems(
    [...known, ...candidate.names.map((name) => ({ name, citation: 1 }))],
    lexicon,
  );
  return merged.filter((listItem) => listItem.citations.length > 1).length;
}

/** The noun the question asks a list of, as the asker wrote it ("companies", "企业"), if any. */
function askedNoun(query: Query): string {
  if (query.language === 'en') return askedPluralNoun(query.text)?.toLowerCase() ?? '';
  const concept = query.concepts.findLast(
    (candidate) => candidate.answerType && !candidate.fromContext,
  );
  const label = concept?.label ?? '';
  return hasHan(label) ? label : '';
}

/** The classifier that counts a Chinese noun: 家 for 企业, 位 for 专家, 项 for 项目; 个 otherwise. */
function classifierFor(noun: string): string {
  for (const [category, classifier] of [
    ['organization', '家'],
    ['person', '位'],
    ['project', '项'],
  ] as const) {
    if (CHINESE.countedNouns[category].some((word) => noun.endsWith(word))) return classifier;
  }
  return '个';
}
