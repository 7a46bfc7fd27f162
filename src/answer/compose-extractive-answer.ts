/**
 * The offline answer, answer first: the list ("5 companies: A, B, C, D and E [1][2]") or the
 * value asked for ("130,000 square meters [1]"), said in the asker's language, then at most
 * two supporting sentences with their markers (quoted as written, with names and figures
 * glossed, when the report is in the other language). A question that asks for no value is
 * answered with its best sentences.
 */
import type { Source } from '../engine/answer-types.js';
import type { KindValue } from '../kinds/question-kind.js';
import { ruleFor } from '../kinds/question-kinds.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Query } from '../retrieval/build-query.js';
import { Citations } from './citations.js';
import type { Evidence } from './gather-evidence.js';
import { findListEvidence, renderListHead } from './list-answer.js';
import { pickValue } from './pick-value.js';
import { renderSentences } from './render-sentences.js';
import { primarySentence, supportingSentences } from './select-sentences.js';

export interface ComposedAnswer {
  text: string;
  sources: Source[];
  /** The sentence the answer rests on. */
  primary?: Evidence;
  /** The value of the asked kind said first, when there is one. */
  value?: KindValue;
  /** The number of names a list answer gives. */
  listCount?: number;
}

/** Sentences an answer says, at most: with a value or list first, the supporting ones. */
const MAX_SENTENCES = 3;
const MAX_SUPPORTING = 2;

/** Composes the extractive answer from ranked evidence; `null` when no sentence can answer. */
export function composeExtractiveAnswer(
  query: Query,
  evidence: readonly Evidence[],
  lexicon: Lexicon,
): ComposedAnswer | null {
  const usable = evidence.filter((item) => !item.furniture);
  if (query.kind === 'list') {
    const list = listAnswer(query, evidence, usable, lexicon);
    if (list !== null) return list;
  }
  const primary = primarySentence(usable, query);
  if (primary === undefined) return null;
  const citations = new Citations();
  const value = ruleFor(query.kind).asksForValue
    ? pickValue(primary.sentence, primary.values, query)
    : undefined;
  const head =
    value === undefined
      ? null
      : `${value.said[query.language]} ${citations.marker(primary.passage)}`;
  const sentences = supportingSentences(
    usable,
    primary,
    query.language,
    head === null ? MAX_SENTENCES : MAX_SUPPORTING,
  );
  const body = renderSentences(sentences, query, citations, lexicon);
  return {
    text: head === null ? body : `${head}\n${body}`,
    sources: citations.sources(),
    primary,
    ...(value === undefined ? {} : { value }),
  };
}

function listAnswer(
  query: Query,
  evidence: readonly Evidence[],
  usable: readonly Evidence[],
  lexicon: Lexicon,
): ComposedAnswer | null {
  const lists = findListEvidence(query, evidence, lexicon);
  const first = lists[0];
  if (first === undefined) return null;
  // The best list is what the answer rests on; a list sentence in the asker's language is
  // said (and cited) first when one answers too: it reads better than a quote.
  const shown = lists.find(({ item }) => item.language === query.language) ?? first;
  const citations = new Citations();
  citations.cite(shown.item.passage);
  const head = renderListHead(lists, query, citations, lexicon);
  if (head === null) return null;
  const sentences = supportingSentences(usable, shown.item, query.language, MAX_SUPPORTING);
  return {
    text: `${head.text}\n${renderSentences(sentences, query, citations, lexicon)}`,
    sources: citations.sources(),
    primary: first.item,
    listCount: head.count,
  };
}
