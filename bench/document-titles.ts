/**
 * Titles of the synthetic reports. Every passage is indexed under its document's title, so
 * titles need the variety of real headlines: a few shapes would put their words in every
 * passage and lengthen those words' postings unrealistically.
 */
import type { Language } from '../src/text/detect-language.js';
import type { Random } from './seeded-random.js';
import type { DocumentTheme } from './sentence-fill.js';

type Title = (theme: DocumentTheme, random: Random) => string;

const ENGLISH_TITLES: readonly Title[] = [
  (t) => `${t.company.en} to build ${t.topic.en} ${t.facility.en} in ${t.place.en}`,
  (t) => `${t.place.en} hosts the ${t.year} ${t.event.en}`,
  (t) => `${t.company.en} raises funds for ${t.topic.en} research`,
  (t) => `${t.place.en} unveils ${t.policy.en} for ${t.topic.en} firms`,
  (t, random) => `${t.park.en} welcomes ${random.int(3, 40)} new tenants`,
  (t) => `${t.organization.en} reviews progress on ${t.topic.en}`,
  (t) => `Interview: ${t.person.en} on the future of ${t.topic.en}`,
  (t) => `${t.topic.en} exports from ${t.place.en} reach a record`,
  (t) => `What ${t.policy.en} mean for ${t.company.en}`,
  (t) => `${t.year} review: ${t.topic.en} in ${t.place.en}`,
];

const CHINESE_TITLES: readonly Title[] = [
  (t) => `${t.company.zh}在${t.place.zh}建设${t.topic.zh}${t.facility.zh}`,
  (t) => `${t.year}${t.event.zh}在${t.place.zh}举行`,
  (t) => `${t.company.zh}获融资加码${t.topic.zh}研发`,
  (t) => `${t.place.zh}发布${t.topic.zh}企业${t.policy.zh}`,
  (t, random) => `${t.park.zh}新增${random.int(3, 40)}家入驻企业`,
  (t) => `${t.organization.zh}调研${t.topic.zh}产业发展`,
  (t) => `专访${t.person.zh}：${t.topic.zh}的未来`,
  (t) => `${t.place.zh}${t.topic.zh}出口创新高`,
  (t) => `${t.policy.zh}落地${t.company.zh}`,
  (t) => `${t.year}年${t.place.zh}${t.topic.zh}发展回顾`,
];

/** A headline for a report on `theme`. */
export function documentTitle(theme: DocumentTheme, language: Language, random: Random): string {
  return random.pick(language === 'en' ? ENGLISH_TITLES : CHINESE_TITLES)(theme, random);
}
