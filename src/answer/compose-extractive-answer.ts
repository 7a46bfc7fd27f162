/**
 * The offline answer: the sentences that answer, each followed by the marker of its source,
 * quoted as written (and said to be quoted) when the report is in the other language. List
 * questions add the names gathered across every matching passage, duplicates merged.
 */
import type { Source } from '../engine/answer-types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Query } from '../retrieval/build-query.js';
import { hasHan, matchingKey } from '../text/analyzer.js';
import { Citations } from './citations.js';
import { type Enumeration, extractEnumerations, isOfKind } from './extract-enumerations.js';
import type { Evidence } from './gather-evidence.js';
import { aliasGlosses, glossNames } from './gloss-names.js';
import { displayName, type FoundName, mergeListItems } from './merge-list-items.js';
import { aside, messagesFor } from './messages.js';
import { selectSentences } from './select-sentences.js';

export interface ComposedAnswer {
  text: string;
  sources: Source[];
}

/** A list sentence must cover this much of the question on its own words, and this share of the best one. */
const LIST_SUPPORT = 0.3;
const LIST_SHARE_OF_BEST = 0.8;
/** A list that does not say it is of the kind asked needs this share of the best coverage. */
const LIST_SHARE_OF_ANSWER = 0.9;
/** Sentences considered for a list at all, and the names a restated list shares with a chosen one. */
const LIST_CANDIDATE = 0.2;
const LIST_SHARED_NAMES = 2;
const MIN_LIST_ITEMS = 2;
const YEAR_IN_TEXT = /\b(19|20)\d{2}\b|\d{4}年/;

/** Composes the extractive answer from evidence that passed the answerability check. */
export function composeExtractiveAnswer(
  query: Query,
  evidence: readonly Evidence[],
  lexicon: Lexicon,
  support: number,
): ComposedAnswer {
  const citations = new Citations();
  const enumerated = query.kind === 'list' ? listEvidence(query, evidence, lexicon) : [];
  const sentences =
    enumerated.length > 0
      ? [(enumerated[0] as ListEvidence).item]
      : selectSentences(evidence, query.language, support);
  const parts = [renderSentences(sentences, query, citations, lexicon)];
  const list = enumerated.length > 0 ? renderList(enumerated, query, citations, lexicon) : null;
  if (list !== null) parts.push(list);
  return { text: parts.join('\n\n'), sources: citations.sources() };
}

/**
 * The sentences with their markers. Sentences in the other language are quoted as written,
 * under one "a Chinese-language report says" per run, followed by glosses of the names they
 * hold that the question did not use.
 */
function renderSentences(
  sentences: readonly Evidence[],
  query: Query,
  citations: Citations,
  lexicon: Lexicon,
): string {
  const messages = messagesFor(query.language);
  const glossed = new Set<string>();
  const rendered: string[] = [];
  let quotes: string[] = [];
  const flushQuotes = () => {
    if (quotes.length === 0) return;
    const glosses = newGlosses(quotes.join(' '), query, lexicon, glossed);
    const note = aside(glosses, query.language, '; ', '；');
    const space = query.language === 'zh' ? '' : ' ';
    rendered.push(`${messages.otherLanguageIntro}${space}${quotes.join(' ')}${note}`);
    quotes = [];
  };
  for (const item of sentences) {
    const marker = citations.marker(item.passage);
    if (item.language === query.language) {
      flushQuotes();
      const glosses = aliasGlosses(item.sentence, query.text, lexicon).filter(
        (gloss) => !glossed.has(gloss),
      );
      for (const gloss of glosses) glossed.add(gloss);
      rendered.push(`${item.sentence} ${marker}${aside(glosses, query.language, '; ', '；')}`);
    } else {
      quotes.push(`${messages.quote(item.sentence)} ${marker}`);
    }
  }
  flushQuotes();
  const date = sentences[0]?.passage.chunk.metadata.date;
  if (
    query.kind === 'when' &&
    date &&
    !sentences.some((item) => YEAR_IN_TEXT.test(item.sentence))
  ) {
    rendered.push(messages.reportDated(date));
  }
  return rendered.join(query.language === 'zh' ? '' : ' ');
}

/** A sentence whose enumeration answers a list question, with the names it lists. */
interface ListEvidence {
  item: Evidence;
  names: string[];
}

/**
 * Evidence sentences whose enumerations answer a list question: those that speak of the
 * kind of thing asked for ("which companies" → companies) and whose own words cover the
 * question nearly as well as the best, plus any sentence that restates the same list (two
 * names in common), as another report of the same event does.
 */
function listEvidence(
  query: Query,
  evidence: readonly Evidence[],
  lexicon: Lexicon,
): ListEvidence[] {
  const enumerated = evidence.flatMap((item) => {
    if (item.coverage < LIST_CANDIDATE) return [];
    const enumerations = extractEnumerations(item.sentence);
    return enumerations.length > 0 ? [{ item, enumerations }] : [];
  });
  const { lists: answering, ofKind } = listsOfAskedKind(enumerated, query);
  const best = Math.max(0, ...answering.map(({ item }) => item.ownCoverage));
  if (best < LIST_SUPPORT) return [];
  // A list that does not say it is of the kind asked must answer about as well as any sentence.
  const listCoverage = Math.max(0, ...answering.map(({ item }) => item.coverage));
  const bestCoverage = Math.max(0, ...evidence.map((item) => item.coverage));
  if (!ofKind && listCoverage < LIST_SHARE_OF_ANSWER * bestCoverage) return [];
  const chosen = answering.filter(({ item }) => item.ownCoverage >= best * LIST_SHARE_OF_BEST);
  for (const list of enumerated.map((sentence) => listOf(sentence, query))) {
    if (
      !chosen.some(({ item }) => item === list.item) &&
      sharedNames(list, chosen, lexicon) >= LIST_SHARED_NAMES
    )
      chosen.push(list);
  }
  return chosen;
}

interface Enumerated {
  item: Evidence;
  enumerations: Enumeration[];
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
  const asked = query.concepts.findIndex((concept) => concept.answerType && concept.known);
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

function newGlosses(quote: string, query: Query, lexicon: Lexicon, glossed: Set<string>): string[] {
  const asked = matchingKey(query.text);
  return glossNames(quote, query.language, lexicon).filter((gloss) => {
    const target = gloss.split(' = ')[1]?.toLowerCase() ?? '';
    if (glossed.has(gloss) || asked.includes(target)) return false;
    glossed.add(gloss);
    return true;
  });
}

function renderList(
  enumerated: readonly ListEvidence[],
  query: Query,
  citations: Citations,
  lexicon: Lexicon,
): string | null {
  const found: FoundName[] = enumerated.flatMap(({ item, names }) => {
    const citation = citations.cite(item.passage);
    return names.map((name) => ({ name, citation }));
  });
  const items = mergeListItems(found, lexicon);
  if (items.length < MIN_LIST_ITEMS) return null;
  const lines = items.map((item) => {
    const { name, aliases } = displayName(item, query.language);
    return `• ${name}${aside(aliases, query.language)} ${item.citations.map((n) => `[${n}]`).join('')}`;
  });
  return [messagesFor(query.language).listIntro(items.length), ...lines].join('\n');
}
