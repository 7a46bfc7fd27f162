/**
 * Facts about English that the engine's rules use: function words, question words, pronouns,
 * light verbs, months and weekdays, abbreviations, titles and roles of people, words that end
 * an organization's or a place's name. Every rule that needs one of these reads it here, so
 * a maintainer changes a fact once (tests beside this file show what each fact does).
 */
import type { CountCategory } from './count-category.js';

/** Words that carry no topic; neither indexed nor required by the answerability check. */
const STOP_WORDS = `a about above after again against all also am an and any are aren't as at be
because been before being below between both but by can can't cannot could couldn't did didn't do
does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've
if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once
only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's these
they they'd they'll they're they've this those through to too under until up very was wasn't we we'd
we'll we're we've were weren't what what's when when's where where's which while who who's whom why
why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
s t d ll m re ve also just may might must shall will yet
please tell know say says said give list name named show many much kind kinds sort type types
anything something everything thing things one ones get got does did done whose whom
ok okay hi hello thanks thank us
happen happened happens happening mention mentioned mentions describe described explain discuss
discussed talk talked involve involved regarding concerning related relate info information detail
details about overall specific specifically exactly actually really roughly approximately approx
according today tomorrow yesterday tonight
whats hows wheres whos whens whys thats theres pls plz ur thx hey btw lol th st nd rd`;

/**
 * What the word after a question word names: the kind of answer ("what date", "which
 * company"), or the thing counted ("how many employees"), which keeps its weight.
 */
export type Asking = 'kind' | 'count';

/** What a count counts: people, organizations or projects (see CHINESE.classifierCategories). */

/** The months, by the three letters every spelling starts with. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const ENGLISH = {
  stopWords: new Set(STOP_WORDS.split(/\s+/).filter(Boolean)) as ReadonlySet<string>,

  questionWords: new Map<string, Asking>([
    ['what', 'kind'],
    ['which', 'kind'],
    ['whose', 'kind'],
    ['many', 'count'],
    ['much', 'count'],
  ]) as ReadonlyMap<string, Asking>,

  /** Stop words that may stand between a question word and the noun it asks about ("how many related companies"). */
  askedNounModifiers: new Set([
    'related',
    'other',
    'more',
    'such',
    'specific',
    'different',
    'few',
  ]) as ReadonlySet<string>,

  /** Verbs used for their grammar more than their meaning, in all their forms. */
  lightVerbs: new Set(
    [
      'go goes going went gone',
      'take takes taking took taken',
      'get gets getting got gotten',
      'make makes making made',
      'do does doing did done',
      'have has having had',
      'come comes coming came',
      'give gives giving gave given',
      'put puts putting',
      'keep keeps keeping kept',
      'let lets letting',
      'hold holds holding held',
    ].flatMap((forms) => forms.split(' ')),
  ) as ReadonlySet<string>,

  /**
   * Words that put what follows under a plan, a target, an expectation or a capacity: "aims
   * for 900 billion yuan", "is expected to employ 1,000 people", "planned investment of",
   * "can turn out 200 million doses a year".
   */
  hedges:
    /\b(?:aims?|aiming|targets?|targeting|expects?|expected|projected|forecasts?|will|would|planned|plans? to|set to|intends? to|hopes? to|seeks? to|strives? to|goal|once complete|when complete|can|could|capacity|capable of|able to)\b/i,
  /** Words with which a question itself asks about a plan or the future ("what will…", "next"). */
  futureQuestion: /\b(?:next|future|going to|upcoming|plan|plans)\b/i,
  /** A part of a year: "the first half", "Q3", "January-September", "the first three quarters". */
  partOfYear:
    /\b(?:(?:first|second) half|H[12]|Q[1-4]|first (?:two|three|nine) (?:quarters|months)|(?:first|second|third|fourth) quarter|jan(?:uary)?\s*(?:-|–|to|through)\s*(?:feb|mar|apr|may|jun|jul|aug|sep|oct|nov)[a-z]*)\b/i,
  /** A running total over several years: "since 2021", "so far", "cumulative". */
  runningTotal: /\b(?:since|so far|to date|cumulative|cumulatively|in total over|altogether)\b/i,
  /** The date of a report, not of its figures: "reported in May 2023", "published 2024". */
  reportDate:
    /\b(?:reported|published|released)\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}\s+)?(?:19|20)\d{2}\b/gi,
  /** What joins the two ends of a range: "600 to 4,000 square meters", "3-5 years". */
  rangeJoiner: /^\s*(?:to|-|–|—)\s*/i,
  /** A possessive determiner before a noun: "its total investment", "their output". */
  possessiveDeterminer: /(?:its|their|his|her|our)/i,
  /** A personal pronoun opening a sentence (after an opening quote mark): it names what came before. */
  openingPronoun: /^[\s"“‘']*(?:it|he|she|they|its|his|her|their)\b/i,
  /** "It is expected that…": an empty "it" that points at nothing. */
  emptyIt: /^[\s"“‘']*it\s+(?:is|was|has been|will be)\s+\w+\s+(?:that|to)\b/i,
  /** A quote attributed to a pronoun: "…,” he said". */
  pronounAttribution:
    /[,”"]\s*(?:he|she|they)\s+(?:said|says|stated|added|noted|mentioned|told|stressed|explained|pointed out)\b/i,
  /** What makes a question lean on an earlier one: "and…", "what about…", a pronoun. */
  followUpMarkers:
    /^\s*(and|also|so|then|but|what about|how about|and what|what else)\b|\b(they|them|their|theirs|it|its|this|that|these|those|there|he|she|his|her|him)\b/i,

  months: MONTHS,
  monthNames: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  /** Words before a number that names rather than counts: "Phase 3", "No. 5", "Type 5 adenovirus". */
  designationBefore: /\b(?:no\.?|phase|type|article|line|clause|grade|class)\s*$/i,
  /** A month name or its abbreviation, as a regular-expression source. */
  monthPattern: `(?:${MONTHS.join('|')})[a-z]*\\.?`,
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  /** A year written in digits (the same digits in Chinese text: "2024年"). */
  yearDigits: String.raw`(?:19|20)\d{2}`,

  /** Abbreviations whose period does not end a sentence. */
  abbreviations: new Set([
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'no',
    'co',
    'ltd',
    'inc',
    'corp',
    'vs',
    'e.g',
    'i.e',
    'u.s',
    'u.k',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ]) as ReadonlySet<string>,

  /** Titles written before a person's name ("Secretary Chen", "Dr. Liu"). */
  personTitles: [
    'Mr',
    'Mrs',
    'Ms',
    'Dr',
    'Prof',
    'Professor',
    'Academician',
    'Secretary',
    'Mayor',
    'Chairman',
    'Director',
    'President',
    'Minister',
    'Reporter',
  ],
  /** Roles written after a person's name ("Chen Jie, the Party Secretary of Baoshan"). */
  roles: [
    'secretary',
    'mayor',
    'chairman',
    'director',
    'supervisor',
    'president',
    'head',
    'chief',
    'deputy',
    'vice',
    'reporter',
    'professor',
    'member',
    'commissioner',
    'official',
    'spokesperson',
    'spokesman',
    'leader',
    'executive',
    'engineer',
    'founder',
    'officer',
    'manager',
  ],
  /** Past participles whose doer a passive "by …" names: "hosted by the district government". */
  agentVerbs: [
    'hosted',
    'organized',
    'organised',
    'co-organized',
    'initiated',
    'launched',
    'sponsored',
    'led',
    'chaired',
    'founded',
    'established',
    'set up',
    'guided',
    'run',
    'built',
    'developed',
    'operated',
    'backed',
    'funded',
    'invested',
  ],
  /** Verbs that attribute speech to a person named just before them. */
  speechVerbs: [
    'said',
    'says',
    'told',
    'stated',
    'added',
    'noted',
    'pointed',
    'stressed',
    'mentioned',
    'recommended',
  ],
  /** Words that make a name the start of a longer organization's name. */
  organizationWords: [
    'industry',
    'association',
    'commission',
    'committee',
    'institute',
    'center',
    'centre',
    'council',
    'bureau',
    'federation',
    'society',
    'alliance',
    'chamber',
    'branch',
  ],
  /** Nouns a count may count, by what they are ("1,000 people", "400 companies"). */
  countedNouns: {
    person: [
      'people',
      'person',
      'employees',
      'employee',
      'staff',
      'workers',
      'jobs',
      'experts',
      'scientists',
      'researchers',
      'academicians',
      'talents',
      'professionals',
      'doctors',
      'residents',
      'guests',
      'participants',
      'attendees',
      'members',
    ],
    organization: [
      'providers',
      'makers',
      'players',
      'developers',
      'companies',
      'company',
      'firms',
      'enterprises',
      'businesses',
      'manufacturers',
      'institutions',
      'organizations',
      'organisations',
      'banks',
      'hospitals',
      'universities',
      'associations',
      'parks',
    ],
    project: ['projects', 'project', 'measures', 'policies', 'items', 'drugs', 'devices'],
    building: ['buildings', 'building', 'blocks', 'towers'],
  } satisfies Record<CountCategory, string[]>,
  /** Capitalized words that are never part of a person's name ("Lingang Group said…"). */
  notInPersonNames: [
    'Party',
    'Group',
    'Company',
    'Government',
    'Park',
    'District',
    'City',
    'Town',
    'County',
    'Province',
    'Pharma',
    'Biotech',
    'Medical',
    'Bank',
    'Office',
    'Commission',
    'Committee',
    'Association',
    'Institute',
    'University',
    'Hospital',
    'Bureau',
    'Center',
    'Centre',
    'Valley',
    'China',
    'Shanghai',
    'Lingang',
    'Zhangjiang',
    'The',
  ],
  /** Words that end a place's name ("Luodian Town", "Baoshan District"). */
  placeSuffixes: ['Town', 'District', 'City', 'County', 'Province'],
  /**
   * Words that mean the same in reports on this trade, each group as one: a question about
   * "companies" is answered by a report listing "enterprises". Only words that can stand for
   * each other in any sentence; near meanings ("park" and "zone") are not synonyms.
   */
  synonyms: [
    ['company', 'firm', 'enterprise', 'corporation'],
    ['employee', 'staff', 'worker', 'employ'],
    ['revenue', 'sales', 'turnover'],
    ['chairman', 'chairwoman', 'chairperson', 'chair'],
    ['doctor', 'physician'],
    ['start', 'begin', 'commence'],
    ['build', 'construct'],
    ['expire', 'lapse'],
    ['headcount', 'workforce'],
  ],
} as const;
