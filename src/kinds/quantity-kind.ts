/**
 * "How much…", "how many…", "投资多少", "占地多大": the answer is a number, of the kind of
 * quantity the question names when it names one ("how much land" wants square meters, not
 * yuan), or counting what the question counts ("how many employees" wants people, not the
 * "20 companies" of the same sentence). A day of the month is a date, not a quantity.
 */
import { qualifierAt, renderQuantity } from '../answer/render-quantity.js';
import { CHINESE } from '../language/chinese.js';
import type { CountCategory } from '../language/count-category.js';
import { ENGLISH } from '../language/english.js';
import type { Concept, Query } from '../retrieval/build-query.js';
import { englishTerm, hasHan } from '../text/analyzer.js';
import { clauseAfter, clauseBefore } from '../text/clauses.js';
import { foldScript } from '../text/fold-script.js';
import {
  type AreaKind,
  type AskedMeasure,
  areaKindIn,
  type Measure,
  type MeasureMention,
  measureMentions,
  measureNamedBy,
} from '../text/measures.js';
import { findNumbers, type NumberMention } from '../text/numbers.js';
import { ROLE_WEIGHTS } from '../text/word-roles.js';
import { detectByPatterns, type KindValue, type QuestionKindRule } from './question-kind.js';

const MONTH_BEFORE = new RegExp(`${ENGLISH.monthPattern}\\s*$`, 'i');
const MONTH_AFTER = new RegExp(
  `^(st|nd|rd|th)?\\s*(of\\s+)?${ENGLISH.monthPattern}|^\\s*[月日号]`,
  'i',
);
/** The English noun a number counts: the next word or two ("400 biomedical companies"). */
const ENGLISH_COUNTED = /^\s*(?:[a-z-]+\s+){0,2}[a-z-]+/i;
/** The classifiers that say what they count (家 companies, 栋 buildings), from the facts file. */
const CATEGORIZED = Object.keys(CHINESE.classifierCategories).join('');
/** A question that counts things: "how many…", "the number of…", "多少家", "几个". */
const COUNTING = new RegExp(
  `\\bhow many\\b|\\bnumber of\\b|(?:多少|几)\\s*[${[...CHINESE.classifiers].join('')}人]`,
  'i',
);
/** A one-character counted noun (人) right after a number, perhaps after 余/多 and a classifier. */
const ONE_CHARACTER_COUNTED: ReadonlyMap<string, RegExp> = new Map(
  Object.values(CHINESE.countedNouns)
    .flat()
    .filter((word) => word.length === 1)
    .map((word) => [
      word,
      new RegExp(`^\\s*[余多]?[${[...CHINESE.classifiers].join('')}]?${word}`),
    ]),
);
/** The longest counted noun looked for right after a number's classifier. */
const COUNTED_AFTER_CLASSIFIER = 8;
/** How far from a Chinese number the counted noun may stand ("企业数量……四百余家"). */
const CHINESE_WINDOW = { before: 12, after: 8 };

const ENGLISH_CATEGORIES = categoryTable(ENGLISH.countedNouns, (word) => englishTerm(word) ?? word);
const CHINESE_CATEGORIES = categoryTable(CHINESE.countedNouns, (word) => word);

/** "28 November", "March 15th", "11月28日": a day of the month is a date, not a quantity. */
function isDayOfMonth(sentence: string, mention: NumberMention): boolean {
  return (
    MONTH_BEFORE.test(sentence.slice(Math.max(0, mention.start - 12), mention.start)) ||
    MONTH_AFTER.test(sentence.slice(mention.end, mention.end + 14))
  );
}

/**
 * "第三届", "5型", "二期", "Phase 3", "No. 5", "前30名": a number that names a thing or a place
 * in a ranking is not a quantity.
 */
function isDesignation(sentence: string, mention: NumberMention): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 8), mention.start);
  const after = sentence.slice(mention.end, mention.end + 2);
  return (
    isClauseNumber(sentence, mention) ||
    CHINESE.ordinalBefore.test(before) ||
    ENGLISH.designationBefore.test(before) ||
    CHINESE.designationAfter.test(after) ||
    (CHINESE.rankingAround.before.test(before) && CHINESE.rankingAround.after.test(after))
  );
}

/**
 * The number of a clause or section that opens a sentence: "2.1 On 15 March…", "3、…",
 * "4. The park…" (not "4.5 billion yuan…", whose number runs into its unit).
 */
function isClauseNumber(sentence: string, mention: NumberMention): boolean {
  if (!/^[\s(（]*$/.test(sentence.slice(0, mention.start))) return false;
  const written = sentence.slice(mention.start, mention.end);
  const after = sentence.slice(mention.end);
  return (
    /^[、．]|^\.\s/.test(after) ||
    (/^\d{1,2}\.\d{1,2}$/.test(written) && /^\s+(?:\p{Lu}|\p{Script=Han})/u.test(after))
  );
}

/**
 * Marks the words that name the kind of quantity asked for ("how much land", "投资多少",
 * "占地多少"); a verb only when it names the quantity as a verb ("invest", not "have landed").
 */
function withMeasures(concepts: Concept[]): Concept[] {
  return concepts.map((concept) => {
    const own = concept.alternatives.find((alternative) => alternative.route === 'word');
    const asVerb = concept.role < ROLE_WEIGHTS.verbalNoun;
    const measure =
      own?.terms.length === 1 ? measureNamedBy(own.terms[0] as string, asVerb) : undefined;
    return measure === undefined ? concept : { ...concept, measure };
  });
}

/**
 * The concept a count question counts ("how many employees", "多少家企业"), if it names one:
 * the head of the phrase, its last word ("how many corporate projects" counts projects).
 */
function countedConcept(query: Query): Concept | undefined {
  return query.concepts.filter((concept) => concept.answerType && !concept.fromContext).at(-1);
}

/** What the question counts: from its counted noun, or from its classifier ("多少家"). */
function askedCategory(query: Query, counted: Concept | undefined): CountCategory | undefined {
  const terms = counted?.alternatives.flatMap((alternative) => alternative.terms) ?? [];
  for (const term of terms) {
    const category = ENGLISH_CATEGORIES.get(term) ?? CHINESE_CATEGORIES.get(term);
    if (category !== undefined) return category;
  }
  const classifier = new RegExp(`(?:多少|几)([${CATEGORIZED}])`).exec(query.text)?.[1];
  return classifier === undefined ? undefined : CHINESE.classifierCategories[classifier];
}

/** What a number in a sentence (in simplified script) counts, from the noun or classifier next to it. */
function countedNear(
  simplified: string,
  mention: NumberMention,
): { category?: CountCategory; terms: string[] } {
  const after = simplified.slice(mention.end, mention.end + 30);
  const classifier = new RegExp(`^\\s*[余多]?([${CATEGORIZED}个])`).exec(after)?.[1];
  const englishNoun = ENGLISH_COUNTED.exec(after);
  const window = simplified.slice(
    Math.max(0, mention.start - CHINESE_WINDOW.before),
    mention.end + CHINESE_WINDOW.after,
  );
  const terms = [
    ...(englishNoun === null
      ? []
      : englishNoun[0].split(/\s+/).map((word) => englishTerm(word) ?? '')),
    ...[...CHINESE_CATEGORIES.keys()].filter((word) =>
      // A one-character noun (人) counts only right after the number: "300多人", not the 人
      // of "人工智能" a few characters before "三大产业".
      word.length > 1 ? window.includes(word) : ONE_CHARACTER_COUNTED.get(word)?.test(after),
    ),
  ].filter((term) => term !== '' && !/^\d/.test(term));
  const category =
    (classifier === undefined ? undefined : CHINESE.classifierCategories[classifier]) ??
    terms.map((term) => ENGLISH_CATEGORIES.get(term) ?? CHINESE_CATEGORIES.get(term)).find(Boolean);
  return { category, terms };
}

/** True when a sentence (in simplified script) names the counted thing, or things of the asked category, anywhere. */
function speaksOf(
  simplified: string,
  wanted: ReadonlySet<string>,
  asked: CountCategory | undefined,
): boolean {
  const words = simplified
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => englishTerm(word) ?? word);
  if (
    words.some(
      (word) => wanted.has(word) || (asked !== undefined && ENGLISH_CATEGORIES.get(word) === asked),
    )
  )
    return true;
  // A one-character noun (人) is part of too many words (人工智能) to say what a sentence speaks of.
  return [...CHINESE_CATEGORIES].some(
    ([word, category]) =>
      word.length > 1 && simplified.includes(word) && (wanted.has(word) || category === asked),
  );
}

/** The classifier the question counts with ("多少家" → 家), if it names one. */
function askedClassifier(query: Query): string | undefined {
  return ASKED_CLASSIFIER.exec(query.text)?.[1];
}

const ASKED_CLASSIFIER = new RegExp(`(?:多少|几)([${CATEGORIZED}条个])`);

/**
 * A count that counts what the question counts, said in both languages. Its classifier and
 * noun are matched in `simplified`, the sentence folded to simplified script with the same
 * offsets ("39棟" counts buildings as "39栋" does); the value is quoted from `sentence`.
 */
function countValue(
  sentence: string,
  simplified: string,
  mention: NumberMention,
  query: Query,
): KindValue | null {
  const counted = countedConcept(query);
  const asked = askedCategory(query, counted);
  const near = countedNear(simplified, mention);
  const wanted = new Set(counted?.alternatives.flatMap((alternative) => alternative.terms) ?? []);
  const span = withClassifier(simplified, mention);
  // "8个方面" names what it counts right after its classifier, whatever category that is.
  const following = simplified.slice(span.end, span.end + COUNTED_AFTER_CLASSIFIER);
  const sameThing =
    near.terms.some((term) => wanted.has(term)) ||
    [...wanted].some((term) => hasHan(term) && following.startsWith(term));
  // A number counts what the question counts when it says so, by the noun or the classifier
  // next to it, or, when nothing stands next to it, when its sentence speaks of such things.
  const unmarked = near.category === undefined && near.terms.length === 0;
  const spoken = unmarked && speaksOf(simplified, wanted, asked);
  if (
    counted !== undefined &&
    !sameThing &&
    !spoken &&
    (asked === undefined || near.category !== asked)
  )
    return null;
  if (counted === undefined && asked !== undefined && !spoken && near.category !== asked)
    return null;
  const qualifier = qualifierAt(simplified, mention.start, mention.end);
  const noun = counted?.label ?? '';
  const written = englishCount(sentence, mention, counted);
  return {
    text: sentence.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    said: {
      en:
        written ??
        `${renderQuantity(mention.value, null, qualifier, 'en')}${noun && !/\p{Script=Han}/u.test(noun) ? ` ${noun}` : ''}`,
      zh: `${renderQuantity(mention.value, null, qualifier, 'zh')}${span.classifier ?? askedClassifier(query) ?? '个'}`,
    },
  };
}

/**
 * An English count as the sentence writes it, up to the noun it counts ("more than 200
 * leading biomedical scientists" for "how many scientists"), or `undefined`.
 */
function englishCount(
  sentence: string,
  mention: NumberMention,
  counted: Concept | undefined,
): string | undefined {
  if (counted === undefined || /\p{Script=Han}/u.test(sentence.slice(mention.start, mention.end)))
    return undefined;
  const wanted = new Set(counted.alternatives.flatMap((alternative) => alternative.terms));
  const words = sentence.slice(mention.end).split(/\s+/).slice(0, 5);
  const end = words.findIndex((word) =>
    wanted.has(englishTerm(word.replace(/[^\p{L}-]/gu, '')) ?? ''),
  );
  if (end < 0) return undefined;
  const qualifier = qualifierAt(sentence, mention.start, mention.end);
  const noun = words
    .slice(0, end + 1)
    .join(' ')
    .replace(/[^\p{L}\p{N}]+$/u, '');
  return `${renderQuantity(mention.value, null, qualifier, 'en')} ${noun.replace(/^\s+/, '')}`.replace(
    /\s+/g,
    ' ',
  );
}

/** The number with the classifier after it ("400余家"), in the sentence in simplified script. */
function withClassifier(simplified: string, mention: NumberMention) {
  const after = new RegExp(`^\\s*([余多]?)([${CATEGORIZED}个])`).exec(
    simplified.slice(mention.end),
  );
  return after === null
    ? { start: mention.start, end: mention.end, classifier: undefined }
    : { start: mention.start, end: mention.end + after[0].length, classifier: after[2] };
}

/** "多少钱", "how much money": a question that asks for a sum of money without naming it otherwise. */
const ASKS_FOR_MONEY = /多少钱|how much money|how much (?:did|does|will|would) .{1,40} cost/i;

/**
 * The kind of quantity the question asks for. A rate of something named with it ("产值同比增长
 * 多少", "output growth") asks for the rate: a percentage, not the output; a named measure
 * says what a size is ("how big is the site's floor area").
 */
function askedMeasure(query: Query): AskedMeasure | undefined {
  const named = query.concepts.flatMap((concept) => concept.measure ?? []);
  if (named.includes('percent')) return 'percent';
  return (
    named.find((measure) => measure !== 'size') ??
    named[0] ??
    (ASKS_FOR_MONEY.test(query.text) ? 'money' : undefined)
  );
}

/**
 * The measure that answers in this sentence: the asked one, or for a size its area where the
 * sentence states one ("the park covers 12 hectares and cost 3 billion yuan"), else its money.
 */
function answeringMeasure(mentions: readonly MeasureMention[], asked: AskedMeasure): Measure {
  if (asked !== 'size') return asked;
  return mentions.some((mention) => mention.measure === 'area') ? 'area' : 'money';
}

function measuredValues(sentence: string, simplified: string, query: Query): KindValue[] | null {
  // "从几个方面加大资金支持" counts aspects: a count is never a measure, whatever its words.
  if (COUNTING.test(query.text)) return null;
  const measure = askedMeasure(query);
  if (measure === undefined) return null;
  const askedArea = measure === 'area' ? areaKindIn(query.text) : undefined;
  const mentions = measureMentions(simplified);
  const answering = answeringMeasure(mentions, measure);
  return mentions
    .filter((mention) => mention.measure === answering)
    .filter((mention) => askedArea === undefined || !namesOtherArea(simplified, mention, askedArea))
    .flatMap((mention) => measuredOf(sentence, simplified, mention));
}

/** How far before an area the words that say which area it is may stand ("总建筑面积约"). */
const AREA_LABEL_BEFORE = 12;
/** How far after it they may run ("of floor space"). */
const AREA_LABEL_AFTER = 20;

/**
 * "总建筑面积约18.6万平方米" or "200 mu of land" for a question about the other area: the
 * figure's label, before it in its clause or after it with "of", names the other one.
 */
function namesOtherArea(sentence: string, mention: MeasureMention, asked: AreaKind): boolean {
  const after = clauseAfter(sentence, mention.end, AREA_LABEL_AFTER);
  const named =
    areaKindIn(clauseBefore(sentence, mention.start, AREA_LABEL_BEFORE)) ??
    (/^\s*of\b/i.test(after) ? areaKindIn(after) : undefined);
  return named !== undefined && named !== asked;
}

function categoryTable(
  nouns: Record<CountCategory, readonly string[]>,
  term: (word: string) => string,
): Map<string, CountCategory> {
  return new Map(
    (Object.entries(nouns) as [CountCategory, readonly string[]][]).flatMap(([category, words]) =>
      words.map((word): [string, CountCategory] => [term(word), category]),
    ),
  );
}

export const quantityKind: QuestionKindRule = {
  kind: 'quantity',
  detect: detectByPatterns({
    en: [
      /\bhow (much|many|large|big|long)\b/i,
      // "what was the above-scale output of…", "what is Baoshan's biomedical industry scale",
      // "and what's its total investment?".
      new RegExp(
        `\\bwhat(?:'s|s| is| was| were| are)\\s+(?:the\\s+|[\\w-]+'s\\s+|${ENGLISH.possessiveDeterminer.source}\\s+)(?:[\\w-]+\\s+){0,3}?(?:number|amount|size|scale|value|area|output|investment|capacity|revenue|turnover|population|growth|share|percentage|proportion)\\b`,
        'i',
      ),
      /\bnumber of\b/i,
      // "baoshan biomed + synbio industry size in 2024??": no question word, a quantity noun last.
      /^(?!.*\b(?:who|whom|whose|what|which|when|where|why|how)\b).*\b(?:size|scale|output|revenue|turnover|investment)\s*(?:in\s+(?:19|20)\d\d)?\s*\?*\s*$/i,
    ],
    zh: [/多少|几[个家项名位次年亿万]|多大|多高|多长|规模|总额|数量/],
  }),
  passages: 5,
  asksForValue: true,
  prepare: withMeasures,
  values(sentence, query): KindValue[] {
    // Numbers and units are read in simplified script ("33.64億元" is "33.64亿元"), at the
    // same offsets; values are quoted from the sentence as written.
    const simplified = foldScript(sentence);
    const measured = measuredValues(sentence, simplified, query);
    if (measured !== null) return measured;
    return withAskedClassifier(simplified, query, countsAndMeasures(sentence, simplified, query));
  },
};

/**
 * "一共有多少条？" counts with 条: where the sentence has counts with that classifier
 * ("共提出37条政策举措"), the others ("8个方面") do not answer. 个 counts anything.
 */
function withAskedClassifier(simplified: string, query: Query, values: KindValue[]): KindValue[] {
  const asked = askedClassifier(query);
  if (asked === undefined || asked === '个') return values;
  const same = values.filter(
    (value) =>
      simplified.slice(value.start, value.end).endsWith(asked) ||
      simplified
        .slice(value.end)
        .replace(/^\s*[余多]?/, '')
        .startsWith(asked),
  );
  return same.length > 0 ? same : values;
}

/** The counts of what the question counts, or, when it counts nothing, the measured quantities too. */
function countsAndMeasures(sentence: string, simplified: string, query: Query): KindValue[] {
  const units = measureMentions(simplified);
  // A count ("how many people", "多少家") is never a sum of money, an area or a share.
  const counting =
    COUNTING.test(query.text) || askedCategory(query, countedConcept(query)) !== undefined;
  return findNumbers(simplified)
    .filter((mention) => !isDayOfMonth(simplified, mention) && !isDesignation(simplified, mention))
    .flatMap((mention) => {
      const unit = units.find(
        (candidate) => candidate.start <= mention.start && mention.end <= candidate.end,
      );
      if (unit !== undefined)
        return counting || unit.measure === 'percent' ? [] : measuredOf(sentence, simplified, unit);
      if (opensMeasuredRange(simplified, mention, units)) return [];
      const value = countValue(sentence, simplified, mention, query);
      return value === null ? [] : [value];
    });
}

/** "600至4000平方米", "600 to 4,000 square meters": the first number shares the unit of the second. */
function opensMeasuredRange(
  sentence: string,
  mention: NumberMention,
  units: ReturnType<typeof measureMentions>,
): boolean {
  const after = sentence.slice(mention.end);
  const joiner = CHINESE.rangeJoiner.exec(after) ?? ENGLISH.rangeJoiner.exec(after);
  if (joiner === null) return false;
  const next = mention.end + joiner[0].length;
  return units.some((unit) => unit.start === next);
}

/**
 * A figure with a unit, for a question that names its kind or none ("what is the scale?"):
 * quoted from `sentence`, read in `simplified` ("約" is "约").
 */
function measuredOf(sentence: string, simplified: string, mention: MeasureMention): KindValue[] {
  const qualifier = qualifierAt(simplified, mention.start, mention.end);
  return [
    {
      text: sentence.slice(mention.start, mention.end),
      start: mention.start,
      end: mention.end,
      said: {
        en: renderQuantity(mention.value, mention.unit, qualifier, 'en'),
        zh: renderQuantity(mention.value, mention.unit, qualifier, 'zh'),
      },
    },
  ];
}
