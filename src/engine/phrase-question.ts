/**
 * Turns a sentence of a document and a value in it (a date, an amount or a count, a person,
 * a place: what the question kinds' own rules find) into the question the sentence answers,
 * in the sentence's language. Chinese asks in place: the value gives way to the asking word
 * ("申报将于7月15日开始" → "申报将于什么时候开始？"). English puts the asking word first and
 * inverts the verb, by compromise's parse of the clause ("The fund will open applications on
 * 15 July 2025." → "When will the fund open applications?"); a person in the subject simply
 * gives way to "Who". A sentence that makes no plain question gives `null`; whoever calls
 * this checks each question with the engine anyway.
 */
import { CHINESE } from '../language/chinese.js';
import type { Language } from '../text/detect-language.js';
import { type EnglishClause, englishClause } from '../text/english-clause.js';

/** The kinds a single value of a sentence answers. */
export type AskableKind = 'when' | 'quantity' | 'who' | 'where';

/** A value of a kind, at [start, end) of a sentence. */
export interface ValueInSentence {
  sentence: string;
  start: number;
  end: number;
  kind: AskableKind;
}

/** The question `value` answers, in `language`, or `null`. */
export function phraseQuestion(value: ValueInSentence, language: Language): string | null {
  return language === 'zh' ? phraseChinese(value) : phraseEnglish(value);
}

/** Questions longer than this read as a quiz, not as something an admin would try. */
const MAX_CHINESE_CHARACTERS = 40;
const MAX_ENGLISH_WORDS = 22;

const CHINESE_ASKING: Record<AskableKind, string> = {
  when: '什么时候',
  quantity: '多少',
  who: '谁',
  where: '哪里',
};
/** Where a Chinese clause ends: the question keeps only the clause that holds the value. */
const CHINESE_CLAUSE_BREAK = /[，,；;：:。！？!?]/;
/** A classifier ending a count, kept after the asking word: "12个项目" → "多少个项目". */
const CHINESE_CLASSIFIER = /[家所名位人项批个条次届座]$/;
/** Particles a title is never part of, where the words before a person's title stop. */
const CHINESE_PARTICLES = /[由在和与及的对向是为被将把从等、]/;

function phraseChinese({ sentence, start, end, kind }: ValueInSentence): string | null {
  const clauseStart = lastBreakBefore(sentence, start);
  const clauseEnd = firstBreakFrom(sentence, end);
  const from =
    kind === 'who' ? start - chineseTitleBefore(sentence.slice(clauseStart, start)) : start;
  const asking =
    kind === 'quantity'
      ? `多少${CHINESE_CLASSIFIER.exec(sentence.slice(start, end))?.[0] ?? ''}`
      : CHINESE_ASKING[kind];
  const before = sentence.slice(clauseStart, from).trim();
  const after = sentence.slice(end, clauseEnd).trim();
  // A clause that is the value alone ("2025年6月30日，…") says nothing to ask about.
  if (before.length + after.length < 4) return null;
  const question = `${before}${asking}${after}`;
  return question.length > MAX_CHINESE_CHARACTERS ? null : `${question}？`;
}

function lastBreakBefore(sentence: string, index: number): number {
  for (let at = index - 1; at >= 0; at -= 1)
    if (CHINESE_CLAUSE_BREAK.test(sentence[at] ?? '')) return at + 1;
  return 0;
}

function firstBreakFrom(sentence: string, index: number): number {
  const found = sentence.slice(index).search(CHINESE_CLAUSE_BREAK);
  return found < 0 ? sentence.length : index + found;
}

/**
 * How many characters before a person's name are their title ("区委副书记张伟" → 5), so that
 * the question asks "由谁主持", not "由区委副书记谁主持".
 */
function chineseTitleBefore(text: string): number {
  const title = CHINESE.personTitles
    .filter((candidate) => text.endsWith(candidate))
    .sort((a, b) => b.length - a.length)[0];
  if (title === undefined) return 0;
  let length = title.length;
  // The office's own words before the title ("区委副" of 区委副书记), up to a particle.
  while (length < title.length + 4) {
    const character = text[text.length - length - 1];
    if (character === undefined || !/\p{Script=Han}/u.test(character)) break;
    if (CHINESE_PARTICLES.test(character)) break;
    length += 1;
  }
  return length;
}

/** Words that lead into a value of the kind and go with it: "on 15 July", "in Luodian". */
const ENGLISH_LEAD_IN: Record<AskableKind, RegExp> = {
  when: /\b(?:on|in|at|by|from|since|until|till|before|after|during|as of)\s+$/i,
  where: /\b(?:in|at|near|to|from|inside|within)\s+$/i,
  quantity:
    /\b(?:up to|about|around|approximately|roughly|nearly|almost|more than|over|at least|some|a total of)\s+$/i,
  who: /$^/,
};
/** A plural noun after a count, with one word before it at most: "12 new projects". */
const COUNTED_NOUN = /^\s+((?:[a-z-]+\s+)?[a-z-]+s)\b/;
/** A figure with a unit ("3.2 billion yuan") is an amount; a bare one counts what follows it. */
const HAS_UNIT = /[a-z%元]/i;
/** Words that open a subject without being a name: lower-cased after the asking words. */
const DETERMINER =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|each|every|all|some|many|most)\b/i;
const CLOSING = /[\s.,;:!?。]+$/;

function phraseEnglish(value: ValueInSentence): string | null {
  const clause = englishClause(value.sentence);
  if (clause === null || clause.negative) return null;
  const question =
    value.start < clause.verbStart
      ? askAboutSubject(value, clause)
      : askAboutPredicate(value, clause);
  if (question === null || question.split(/\s+/).length > MAX_ENGLISH_WORDS) return null;
  return `${question.replace(/\s+/g, ' ').trim()}?`;
}

/**
 * A value in the subject: a person is asked for in place of the whole subject ("Chen Jie, the
 * mayor, opened the forum" → "Who opened the forum"), a count when it is the subject ("40
 * companies signed" → "How many companies signed"); a date or a place before the subject
 * ("On 15 July, the fund opens…") leaves the subject and is asked for as usual.
 */
function askAboutSubject(value: ValueInSentence, clause: EnglishClause): string | null {
  const { sentence } = value;
  const rest = sentence.slice(clause.verbStart).replace(CLOSING, '');
  if (value.kind === 'who') return `Who ${rest}`;
  if (value.kind === 'quantity') {
    const asking = askingForQuantity(value);
    const subjectLeft = sentence.slice(0, value.start).replace(ENGLISH_LEAD_IN.quantity, '');
    const counted = sentence.slice(value.end + (asking?.nounLength ?? 0), clause.verbStart);
    return asking === null || `${subjectLeft}${counted}`.trim() !== ''
      ? null
      : `${asking.words} ${rest}`;
  }
  const before = sentence.slice(0, value.start).replace(ENGLISH_LEAD_IN[value.kind], '');
  const subject = `${before}${sentence.slice(value.end, clause.verbStart)}`.replace(
    /^[\s,;:]+/,
    '',
  );
  return inverted(ENGLISH_ASKING[value.kind], subject, clause, sentence.slice(clause.verbEnd));
}

const ENGLISH_ASKING: Record<'when' | 'where', string> = { when: 'When', where: 'Where' };

/** A value after the verb: asked for in front, the verb inverted ("When did the district sign…"). */
function askAboutPredicate(value: ValueInSentence, clause: EnglishClause): string | null {
  const { sentence, kind } = value;
  if (kind === 'who') return null;
  const between = sentence.slice(clause.verbEnd, value.start);
  const subject = sentence.slice(0, clause.verbStart);
  if (kind === 'quantity') {
    const asking = askingForQuantity(value);
    // Only an object right after the verb: "signed 12 projects", not "a size of 2 billion".
    if (asking === null || between.replace(ENGLISH_LEAD_IN.quantity, '').trim() !== '') return null;
    const predicate = sentence.slice(value.end + asking.nounLength);
    return inverted(asking.words, subject, clause, predicate);
  }
  const predicate = `${between.replace(ENGLISH_LEAD_IN[kind], '')}${sentence.slice(value.end)}`;
  return inverted(ENGLISH_ASKING[kind], subject, clause, predicate);
}

/** "How much", or "How many projects" with the length of " projects" after the value. */
function askingForQuantity(value: ValueInSentence): { words: string; nounLength: number } | null {
  const figure = value.sentence.slice(value.start, value.end);
  if (HAS_UNIT.test(figure)) return { words: 'How much', nounLength: 0 };
  const noun = COUNTED_NOUN.exec(value.sentence.slice(value.end));
  if (noun === null) return null;
  return { words: `How many ${noun[1]}`, nounLength: noun[0].length };
}

/**
 * The question with its asking words first and the verb inverted: the auxiliary before the
 * subject ("will the fund open"), else "did"/"does"/"do" and the infinitive.
 */
function inverted(
  asking: string,
  rawSubject: string,
  clause: EnglishClause,
  rawPredicate: string,
): string | null {
  const subject = rawSubject
    .replace(/[\s,;:]+$/, '')
    .replace(DETERMINER, (word) => word.toLowerCase());
  if (subject.trim() === '') return null;
  const predicate = rawPredicate.replace(CLOSING, '').replace(/^[\s,]+/, '');
  const [front, rest] = frontAndRest(clause);
  return `${asking} ${front} ${subject.trim()} ${rest} ${predicate}`;
}

/** Qualifiers compromise may take into the verb group ("receives up to"); they go with the value. */
const QUALIFIER_TAIL =
  /\s+(?:up to|about|around|approximately|roughly|nearly|almost|more than|over|at least)$/i;

/** The word put before the subject, and the verb's words after it. */
function frontAndRest(clause: EnglishClause): [string, string] {
  const words = clause.verb.replace(QUALIFIER_TAIL, '').split(/\s+/).filter(Boolean);
  if (clause.auxiliary !== '' || clause.copula)
    return [(words[0] ?? '').toLowerCase(), words.slice(1).join(' ')];
  const helper = clause.tense === 'PastTense' ? 'did' : clause.pluralSubject ? 'do' : 'does';
  return [helper, [clause.infinitive, ...words.slice(1)].join(' ')];
}
