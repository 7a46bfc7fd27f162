/**
 * The long tail of names: thousands of companies and people, made deterministically from
 * Chinese characters and their pinyin ("惠永药业" = "Huiyong Pharmaceutical"). They give the
 * corpus the rare terms a real knowledge base has, and pinyin a question can spell.
 */
import type { Bilingual } from './domain-vocabulary.js';
import { createRandom, type Random } from './seeded-random.js';

const NAME_CHARACTERS: readonly (readonly [string, string])[] = [
  ['惠', 'hui'],
  ['永', 'yong'],
  ['宝', 'bao'],
  ['济', 'ji'],
  ['国', 'guo'],
  ['盛', 'sheng'],
  ['华', 'hua'],
  ['康', 'kang'],
  ['瑞', 'rui'],
  ['恒', 'heng'],
  ['泰', 'tai'],
  ['联', 'lian'],
  ['源', 'yuan'],
  ['德', 'de'],
  ['健', 'jian'],
  ['安', 'an'],
  ['信', 'xin'],
  ['明', 'ming'],
  ['达', 'da'],
  ['博', 'bo'],
  ['科', 'ke'],
  ['凯', 'kai'],
  ['君', 'jun'],
  ['益', 'yi'],
  ['诺', 'nuo'],
  ['天', 'tian'],
  ['正', 'zheng'],
  ['普', 'pu'],
  ['贝', 'bei'],
  ['复', 'fu'],
  ['星', 'xing'],
  ['迈', 'mai'],
  ['金', 'jin'],
  ['嘉', 'jia'],
  ['润', 'run'],
  ['鼎', 'ding'],
  ['昊', 'hao'],
  ['思', 'si'],
  ['奥', 'ao'],
  ['峰', 'feng'],
  ['睿', 'rui'],
  ['辰', 'chen'],
  ['晟', 'sheng'],
  ['曜', 'yao'],
  ['禾', 'he'],
  ['锐', 'rui'],
  ['宁', 'ning'],
  ['远', 'yuan'],
  ['策', 'ce'],
  ['朗', 'lang'],
  ['翔', 'xiang'],
  ['毅', 'yi'],
  ['庆', 'qing'],
  ['川', 'chuan'],
  ['岩', 'yan'],
  ['韬', 'tao'],
];

const COMPANY_SUFFIXES: readonly (readonly [string, string])[] = [
  ['Pharmaceutical', '药业'],
  ['Biotech', '生物科技'],
  ['Biomedicine', '生物医药'],
  ['Medical Technology', '医疗科技'],
  ['Diagnostics', '诊断'],
  ['Gene Technology', '基因科技'],
  ['Medical Devices', '医疗器械'],
  ['Pharma', '制药'],
  ['Life Sciences', '生命科学'],
  ['Biopharmaceutical', '生物制药'],
  ['Health', '健康'],
  ['Therapeutics', '医药科技'],
];

const SURNAMES: readonly (readonly [string, string])[] = [
  ['陈', 'chen'],
  ['王', 'wang'],
  ['李', 'li'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['杨', 'yang'],
  ['赵', 'zhao'],
  ['黄', 'huang'],
  ['周', 'zhou'],
  ['吴', 'wu'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['何', 'he'],
  ['林', 'lin'],
  ['高', 'gao'],
  ['罗', 'luo'],
];

export const COMPANY_COUNT = 3000;
export const PERSON_COUNT = 2000;

/** `count` distinct companies; the order is the frequency rank. */
export function generateCompanies(count = COMPANY_COUNT, seed = 11): Bilingual[] {
  const random = createRandom(seed);
  return distinct(count, () => {
    const [zh, en] = syllables(random, 2);
    const [enSuffix, zhSuffix] = random.pick(COMPANY_SUFFIXES);
    return { en: `${capitalize(en)} ${enSuffix}`, zh: `${zh}${zhSuffix}` };
  });
}

/** `count` distinct people; the order is the frequency rank. */
export function generatePeople(count = PERSON_COUNT, seed = 13): Bilingual[] {
  const random = createRandom(seed);
  return distinct(count, () => {
    const [zhSurname, enSurname] = random.pick(SURNAMES);
    const [zh, en] = syllables(random, random.chance(0.7) ? 2 : 1);
    return { en: `${capitalize(enSurname)} ${capitalize(en)}`, zh: `${zhSurname}${zh}` };
  });
}

function syllables(random: Random, count: number): [string, string] {
  const chosen = Array.from({ length: count }, () => random.pick(NAME_CHARACTERS));
  return [chosen.map(([zh]) => zh).join(''), chosen.map(([, en]) => en).join('')];
}

/** Calls `make` until it has `count` names distinct in both languages. */
function distinct(count: number, make: () => Bilingual): Bilingual[] {
  const seen = new Set<string>();
  const names: Bilingual[] = [];
  for (let attempts = 0; names.length < count && attempts < count * 50; attempts += 1) {
    const name = make();
    if (seen.has(name.en) || seen.has(name.zh)) continue;
    seen.add(name.en);
    seen.add(name.zh);
    names.push(name);
  }
  return names;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
