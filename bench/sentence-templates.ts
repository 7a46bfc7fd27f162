/**
 * The sentence templates of the synthetic corpus, in the shapes of the knowledge base's news:
 * investments, signings, lists of companies, policies, events, quotes of officials, and the
 * general sentences that carry no names. Ordered most frequent first.
 */
import { ENGLISH } from '../src/language/english.js';
import type { Fill } from './sentence-fill.js';

export type Template = (fill: Fill) => string;

function monthName(fill: Fill): string {
  return ENGLISH.monthNames[fill.month() - 1] ?? 'January';
}

function englishList(names: readonly string[]): string {
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

export const ENGLISH_TEMPLATES: readonly Template[] = [
  (f) =>
    `${f.word('subject')} will ${f.word('verb')} ${f.word('adjective')} ${f.word('noun')} and ${f.word('noun')} in ${f.name('topic')}.`,
  (f) =>
    `${f.word('subject')} set out plans to ${f.word('verb')} the ${f.word('noun')} of ${f.name('topic')} and ${f.word('verb')} ${f.word('adjective')} ${f.word('noun')}.`,
  (f) =>
    `In ${monthName(f)} ${f.year()}, ${f.name('company')} signed an agreement with ${f.name('place')} to build a ${f.name('topic')} ${f.name('facility')} with a total investment of ${f.amount()}.`,
  (f) =>
    `${f.name('person')}, ${f.name('role')} of the ${f.name('organization')}, said that ${f.name('policy')} would help ${f.name('topic')} companies grow in ${f.name('place')}.`,
  (f) =>
    `Efforts to ${f.word('verb')} ${f.word('adjective')} ${f.word('noun')} will ${f.word('verb')} ${f.word('noun')} across ${f.name('place')}.`,
  (f) =>
    `${f.count()} companies, including ${englishList(f.companies(f.random.int(3, 6)))}, signed agreements to settle in the ${f.name('park')}.`,
  (f) =>
    `The ${f.name('park')} covers ${f.area().toLocaleString('en-US')} square meters and has attracted ${f.count()} ${f.name('topic')} projects since ${f.year()}.`,
  (f) =>
    `${f.name('place')} offers ${f.name('policy')} and ${f.name('policy')} to ${f.name('topic')} enterprises that set up a ${f.name('facility')} there.`,
  (f) =>
    `The ${f.name('event')} was held in ${f.name('place')} on ${monthName(f)} ${f.day()}, ${f.year()}, with more than ${f.count()} experts and ${f.count()} companies taking part.`,
  (f) =>
    `${f.name('company')} plans to start production at its ${f.name('facility')} in ${f.name('place')} in ${f.year()}, with annual output expected to reach ${f.amount()}.`,
  (f) =>
    `According to ${f.name('person')}, the ${f.name('topic')} industry in ${f.name('place')} generated ${f.amount()} in output value in ${f.year()}.`,
  (f) =>
    `The ${f.name('organization')} will ${f.word('verb')} ${f.name('policy')} for ${f.name('topic')} and ${f.name('topic')} projects.`,
  (f) =>
    `${englishList(f.companies(2))} set up a joint ${f.name('facility')} for ${f.name('topic')} in the ${f.name('park')}.`,
  (f) =>
    `${f.name('person')} noted that ${f.word('adjective')} ${f.word('noun')} is the key to ${f.name('topic')} in the Yangtze River Delta.`,
  (f) =>
    `${f.name('company')} completed a ${f.amount()} financing round led by the ${f.name('organization')} to advance its ${f.name('topic')} pipeline.`,
  (f) =>
    `Researchers at ${f.name('organization')} published results on ${f.name('topic')}, and ${f.name('company')} will license the technology.`,
  (f) =>
    `Last year ${f.count()} professionals moved to ${f.name('place')}, drawn by ${f.name('policy')}.`,
  (f) =>
    `Hospitals in ${f.name('place')} are running ${f.count()} clinical trials of ${f.name('topic')} together with ${f.name('company')}.`,
  (f) =>
    `Regulators cleared ${f.count()} ${f.name('topic')} products in ${f.year()}, ${f.count()} of them made in ${f.name('place')}.`,
  (f) =>
    `Exports of ${f.name('topic')} from ${f.name('place')} rose to ${f.amount()} in ${f.year()}.`,
  (f) =>
    `${f.name('company')} filed ${f.count()} patents on ${f.name('topic')} and opened a ${f.name('facility')} near the ${f.name('park')}.`,
  (f) =>
    `A delegation led by ${f.name('person')} visited ${f.name('company')} to discuss ${f.name('policy')} and ${f.word('noun')}.`,
  (f) =>
    `Tenants of the ${f.name('park')} can apply for ${f.name('policy')} through a single window at the ${f.name('organization')}.`,
  (f) =>
    `${f.name('person')}, ${f.name('role')} of ${f.name('company')}, told reporters the firm expects revenue of ${f.amount()} by ${f.year()}.`,
];

export const CHINESE_TEMPLATES: readonly Template[] = [
  (f) =>
    `${f.word('subject')}将${f.word('verb')}${f.word('adjective')}${f.word('noun')}，${f.word('verb')}${f.name('topic')}${f.word('noun')}。`,
  (f) =>
    `${f.word('subject')}围绕${f.name('topic')}，${f.word('verb')}${f.word('noun')}和${f.word('noun')}。`,
  (f) =>
    `${f.year()}年${f.month()}月，${f.name('company')}与${f.name('place')}签约，总投资${f.amount()}，建设${f.name('topic')}${f.name('facility')}。`,
  (f) =>
    `${f.name('organization')}${f.name('role')}${f.name('person')}表示，${f.name('policy')}将助力${f.name('topic')}企业在${f.name('place')}发展壮大。`,
  (f) =>
    `${f.word('verb')}${f.word('adjective')}${f.word('noun')}，${f.word('verb')}${f.name('place')}${f.word('noun')}。`,
  (f) =>
    `${f.companies(f.random.int(3, 6)).join('、')}等${f.count()}家企业签约入驻${f.name('park')}。`,
  (f) =>
    `${f.name('park')}占地${f.area()}平方米，自${f.year()}年以来已引进${f.count()}个${f.name('topic')}项目。`,
  (f) =>
    `${f.name('place')}对设立${f.name('facility')}的${f.name('topic')}企业给予${f.name('policy')}和${f.name('policy')}。`,
  (f) =>
    `${f.year()}年${f.month()}月${f.day()}日，${f.name('event')}在${f.name('place')}举行，${f.count()}余名专家和${f.count()}家企业参会。`,
  (f) =>
    `${f.name('company')}位于${f.name('place')}的${f.name('facility')}计划于${f.year()}年投产，预计年产值${f.amount()}。`,
  (f) =>
    `据${f.name('person')}介绍，${f.year()}年${f.name('place')}${f.name('topic')}产业产值达${f.amount()}。`,
  (f) =>
    `${f.name('organization')}将为${f.name('topic')}项目${f.word('verb')}${f.name('policy')}。`,
  (f) =>
    `${f.companies(2).join('与')}在${f.name('park')}共建${f.name('topic')}${f.name('facility')}。`,
  (f) =>
    `${f.name('company')}完成${f.amount()}融资，由${f.name('organization')}领投，用于${f.name('topic')}管线研发。`,
  (f) =>
    `${f.name('organization')}研究团队发表${f.name('topic')}领域成果，${f.name('company')}将获得技术许可。`,
  (f) => `去年共有${f.count()}名专业人才落户${f.name('place')}，享受${f.name('policy')}。`,
  (f) =>
    `${f.name('place')}的医院正与${f.name('company')}合作开展${f.count()}项${f.name('topic')}临床试验。`,
  (f) =>
    `${f.year()}年，监管部门批准${f.count()}个${f.name('topic')}新产品，其中${f.count()}个产自${f.name('place')}。`,
  (f) => `${f.year()}年${f.name('place')}${f.name('topic')}出口额增至${f.amount()}。`,
  (f) =>
    `${f.name('company')}申请${f.name('topic')}专利${f.count()}项，并在${f.name('park')}附近开设${f.name('facility')}。`,
  (f) =>
    `${f.name('person')}率队走访${f.name('company')}，就${f.name('policy')}和${f.word('noun')}进行交流。`,
  (f) =>
    `${f.name('park')}入驻企业可通过${f.name('organization')}一站式窗口申请${f.name('policy')}。`,
  (f) =>
    `${f.name('company')}${f.name('role')}${f.name('person')}对记者表示，公司预计到${f.year()}年营收达${f.amount()}。`,
];
