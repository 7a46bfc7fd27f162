/**
 * "Who…", "whose…", "谁", "哪位": the answer names a person: after a title or role ("Secretary
 * Chen", "district mayor Deng Xiaodong", "区长邓小冬", "院士陈凯先、裴钢"), before a role
 * ("Chen Jie, the Party Secretary", "Yu Yong (于勇), chairman of…"), as the speaker of a quote
 * ("Chen Jie said", "李晨昊指出"), as a glossary or mined person, or, when the question asks
 * who wrote a report, in its byline. Patterns run on folded text, so traditional characters
 * match too.
 */
import { sayName } from '../answer/say-name.js';
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { foldScript } from '../text/fold-script.js';
import { askingWord, type KindValue, type QuestionKindRule } from './question-kind.js';

/** A role word in either case: "Secretary" and "secretary". */
const ROLE = ENGLISH.roles
  .map((role) => `[${role[0]?.toUpperCase()}${role[0]}]${role.slice(1)}`)
  .join('|');
const TITLE = [
  ...ENGLISH.personTitles,
  ...ENGLISH.roles.map((role) => role[0]?.toUpperCase() + role.slice(1)),
].join('|');
const NAME = '[A-Z][a-z]+(?: [A-Z][a-z]+)?';
const FULL_NAME = '[A-Z][a-z]+ [A-Z][a-z]+';
const SURNAME = `[${[...CHINESE.surnames].join('')}]`;
const CHINESE_TITLES = [...CHINESE.personTitles].sort((a, b) => b.length - a.length).join('|');
const SPEECH = CHINESE.speechVerbs.join('|');
const EVENT = CHINESE.eventVerbs.join('|');
/** What may follow a Chinese name: punctuation, a speech or event verb, a preposition, the end. */
const AFTER_NAME = `(?=${SPEECH}|${EVENT}|[，,、。；;：:\\s在和与及出等）)]|$)`;

/** Patterns whose first group is a person's name. */
const PERSON_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:${TITLE}|${ROLE})\\.? (${NAME})\\b`, 'g'),
  new RegExp(`\\b(${FULL_NAME}),? (?:${ENGLISH.speechVerbs.join('|')})\\b`, 'g'),
  new RegExp(
    `\\b(${FULL_NAME})(?: \\(\\p{Script=Han}{2,4}\\))?, (?:the |a |an )?(?:[A-Za-z'’-]+ ){0,6}?(?:${ROLE})\\b`,
    'gu',
  ),
  new RegExp(`(?:${CHINESE_TITLES})\\s*(${SURNAME}\\p{Script=Han}{1,2}?)${AFTER_NAME}`, 'gu'),
  new RegExp(`(${SURNAME}\\p{Script=Han}{1,2}?)(?:${SPEECH})`, 'gu'),
];
/**
 * Who did something, named by a passive's agent: "hosted by the Baoshan District People's
 * Government", "由宝山区人民政府主办". The doer may be an organization as well as a person.
 */
const CAPITALIZED = "[A-Z][\\w'’&-]*";
const AGENT_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:${ENGLISH.agentVerbs.join('|')}) (?:jointly )?by (?:the )?(${CAPITALIZED}(?: (?:of|and|for|the|on|${CAPITALIZED}))*)`,
    'g',
  ),
  new RegExp(
    `由(\\p{Script=Han}[\\p{Script=Han}（）()]{1,30}?)(?:共同|联合)?(?:${CHINESE.agentVerbs.join('|')})`,
    'gu',
  ),
];
const TRAILING_CONNECTORS = / (?:of|and|for|the|on)$/;

/** "Who chairs…", "谁是书记": a question naming a role asks for a person, never an organization. */
const ROLE_ASKED = new RegExp(
  `\\b(?:${ENGLISH.roles.join('|')}|chair\\w*|lead(?:s|ing)?|heads?|runs?)\\b|${CHINESE_TITLES}|董事长|总裁|会长|负责人`,
  'i',
);

function asksForRole(question: string): boolean {
  return ROLE_ASKED.test(question);
}

/** The doers a sentence names in a passive's "by …" or "由…". */
function agents(sentence: string, lexicon: Lexicon): KindValue[] {
  const folded = foldScript(sentence);
  return AGENT_PATTERNS.flatMap((pattern) =>
    [...folded.matchAll(pattern)].map((match) => {
      const name = (match[1] ?? '').replace(TRAILING_CONNECTORS, '');
      const start = (match.index ?? 0) + match[0].indexOf(name);
      const text = sentence.slice(start, start + name.length);
      return {
        text,
        start,
        end: start + name.length,
        said: sayName(text, 'organization', lexicon),
      };
    }),
  );
}

const NOT_NAMES: ReadonlySet<string> = new Set([
  ...ENGLISH.notInPersonNames,
  ...ENGLISH.personTitles,
  ...ENGLISH.roles.map((role) => role[0]?.toUpperCase() + role.slice(1)),
]);

/** False for a capitalized stretch that names an organization or a place ("Lingang Group"). */
function couldBePerson(name: string): boolean {
  return !name.split(' ').some((word) => NOT_NAMES.has(word));
}

/** Further names listed after a titled one: "院士陈凯先、裴钢". */
const LISTED_NAME = new RegExp(`^、(\\p{Script=Han}{2,3}?)${AFTER_NAME}`, 'u');
/**
 * A question about who a named person is, perhaps where they work: "Who is Liu Ping?", "who's
 * Li Jia at SHEITC?", "刘平是谁", "市经信委的李甲是谁".
 */
const ASKS_WHO_SOMEONE_IS = {
  en: /^\W*[Ww]ho(?:'s|\s+is|\s+was)\s+(?:[Mm]r\.?\s+|[Mm]s\.?\s+|[Dd]r\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:at|of|from|in|with)\s+(?:the\s+)?[A-Z][\w&'’ .-]*)?\W*$/,
  zh: new RegExp(
    `^[\\s\\p{P}]*(?:\\p{Script=Han}{2,20}的)?${SURNAME}\\p{Script=Han}{1,2}是谁[\\s\\p{P}]*$`,
    'u',
  ),
};
/** A report's byline: "China News Service, November 28 (Wang Zitao)", "(记者 郭剑烽)". */
const BYLINES: readonly RegExp[] = [
  /\b[A-Z][a-z]+\.? \d{1,2},? \(((?:[A-Z][a-z]+ )+[A-Z][a-z]+)\)/g,
  new RegExp(`${CHINESE.reporter}\\s*(\\p{Script=Han}{2,3})`, 'gu'),
];
/** A question about who wrote a report, which its byline answers. */
const ASKS_FOR_AUTHOR =
  /\b(?:wr(?:ote|ite|ites|itten|iter)|report(?:ed|er|ers)?|authors?|authored|journalists?|byline)\b|记者|写|报道|作者|撰稿|执笔/i;

/** The people a sentence names, by its patterns and the lexicon's people. */
function people(sentence: string, patterns: readonly RegExp[], lexicon: Lexicon): KindValue[] {
  const folded = foldScript(sentence);
  const found: KindValue[] = [];
  for (const pattern of patterns) {
    for (const match of folded.matchAll(pattern)) {
      const name = match[1] ?? '';
      if (!couldBePerson(name)) continue;
      const start = (match.index ?? 0) + match[0].indexOf(name);
      found.push(personAt(sentence, start, start + name.length, lexicon));
      found.push(...listedAfter(sentence, folded, start + name.length, lexicon));
    }
  }
  for (const match of lexicon.findGlossaryNames(sentence))
    if (match.entry.kind === 'person')
      found.push(personAt(sentence, match.start, match.end, lexicon));
  return withoutOverlaps(found);
}

function listedAfter(sentence: string, folded: string, end: number, lexicon: Lexicon): KindValue[] {
  const listed: KindValue[] = [];
  let at = end;
  for (
    let match = LISTED_NAME.exec(folded.slice(at));
    match !== null;
    match = LISTED_NAME.exec(folded.slice(at))
  ) {
    const name = match[1] ?? '';
    listed.push(personAt(sentence, at + 1, at + 1 + name.length, lexicon));
    at += 1 + name.length;
  }
  return listed;
}

function personAt(sentence: string, start: number, end: number, lexicon: Lexicon): KindValue {
  const text = sentence.slice(start, end);
  return { text, start, end, said: sayName(text, 'person', lexicon) };
}

/** One value per stretch of text: the first found of those that overlap. */
export function withoutOverlaps(values: readonly KindValue[]): KindValue[] {
  const kept: KindValue[] = [];
  for (const value of values)
    if (!kept.some((other) => value.start < other.end && other.start < value.end)) kept.push(value);
  return kept.sort((a, b) => a.start - b.start);
}

/** "What's the chairman's name?", "董事长叫什么": asking a role holder's name asks who holds it. */
const ASKS_ROLE_NAME = {
  en: new RegExp(
    `\\bname of (?:the |its |their |his |her )?(?:[\\w-]+ ){0,3}?(?:${ENGLISH.roles.join('|')})\\b|\\b(?:${ENGLISH.roles.join('|')})(?:'s|’s) name\\b|\\b(?:${ENGLISH.roles.join('|')}) called\\b`,
    'i',
  ),
  zh: new RegExp(`(?:${CHINESE_TITLES}|董事长|总裁|负责人)(?:的)?(?:叫什么|叫啥|名字)`, 'u'),
};

export const whoKind: QuestionKindRule = {
  kind: 'who',
  // "Who is Liu Ping?" and "刘平是谁？" ask what a named person is, not for a name.
  detect: {
    en: (question) =>
      (askingWord("who|who's|whose").test(question) && !ASKS_WHO_SOMEONE_IS.en.test(question)) ||
      ASKS_ROLE_NAME.en.test(question),
    zh: (question) =>
      (/谁|哪位|什么人/.test(question) && !ASKS_WHO_SOMEONE_IS.zh.test(question)) ||
      ASKS_ROLE_NAME.zh.test(question),
  },
  passages: 5,
  asksForValue: true,
  values(sentence, query, lexicon): KindValue[] {
    const patterns = ASKS_FOR_AUTHOR.test(query.text)
      ? [...PERSON_PATTERNS, ...BYLINES]
      : PERSON_PATTERNS;
    const found = people(sentence, patterns, lexicon);
    return asksForRole(query.text)
      ? found
      : withoutOverlaps([...found, ...agents(sentence, lexicon)]);
  },
};
