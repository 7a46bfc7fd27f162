/**
 * Words of Shanghai's public bodies, of official and company titles and of the industry that
 * CC-CEDICT lacks or translates in a way reports in English do not use ("区长" is "district
 * chief" there, "district mayor" in the news; "卫健委", "药监局", "副区长" and "生物医药" are
 * missing). They join the dictionary when a snapshot's lexicon is built, and jieba learns them
 * as words, so that "市卫健委来的" is not cut into "市卫 / 健委来". Data, not rules: add a word
 * here when reports use one the dictionary does not know. Each sense is at most three words
 * that are not stop words (see senseTerms).
 */
import type { CedictEntry } from './cedict.js';

export const DICTIONARY_SUPPLEMENT: readonly CedictEntry[] = [
  // Municipal and district bodies, by their short and full names.
  { simplified: '卫健委', senses: ['health commission'] },
  { simplified: '卫生健康委', senses: ['health commission'] },
  { simplified: '卫生健康委员会', senses: ['health commission'] },
  { simplified: '科委', senses: ['science and technology commission'] },
  { simplified: '科学技术委员会', senses: ['science and technology commission'] },
  { simplified: '经信委', senses: ['economy and informatization commission', 'SHEITC'] },
  { simplified: '经济信息化委', senses: ['economy and informatization commission', 'SHEITC'] },
  {
    simplified: '经济和信息化委员会',
    senses: ['economy and informatization commission', 'SHEITC'],
  },
  { simplified: '发改委', senses: ['development and reform commission'] },
  { simplified: '发展改革委', senses: ['development and reform commission'] },
  { simplified: '发展和改革委员会', senses: ['development and reform commission'] },
  {
    simplified: '药监局',
    senses: ['medical products administration', 'drug regulator', 'drug administration'],
  },
  {
    simplified: '药品监督管理局',
    senses: ['medical products administration', 'drug regulator', 'drug administration'],
  },
  { simplified: '医保局', senses: ['healthcare security administration', 'medical insurance'] },
  { simplified: '医疗保障局', senses: ['healthcare security administration', 'medical insurance'] },
  { simplified: '商务委', senses: ['commerce commission'] },
  { simplified: '商务委员会', senses: ['commerce commission'] },
  { simplified: '区委', senses: ['district committee'] },
  // Titles of officials.
  { simplified: '区长', senses: ['district mayor', 'district head'] },
  { simplified: '副区长', senses: ['deputy district mayor', 'vice district mayor'] },
  { simplified: '常务副区长', senses: ['executive deputy mayor', 'executive vice mayor'] },
  { simplified: '代区长', senses: ['acting district mayor'] },
  { simplified: '区委书记', senses: ['district party secretary'] },
  { simplified: '区委副书记', senses: ['deputy party secretary'] },
  { simplified: '党委书记', senses: ['party secretary'] },
  { simplified: '党委副书记', senses: ['deputy party secretary'] },
  { simplified: '局长', senses: ['director', 'bureau chief'] },
  { simplified: '副局长', senses: ['deputy director', 'deputy bureau chief'] },
  { simplified: '副市长', senses: ['vice mayor', 'deputy mayor'] },
  { simplified: '副会长', senses: ['vice president', 'vice chairman'] },
  // Titles in companies and institutes.
  { simplified: '总裁', senses: ['president', 'chief executive'] },
  { simplified: '总工程师', senses: ['chief engineer'] },
  { simplified: '首席科学官', senses: ['chief scientific officer', 'chief scientist'] },
  { simplified: '联合创始人', senses: ['co-founder', 'founder'] },
  // The industry's own words, which the dictionary has only in other forms (生物医学).
  {
    simplified: '生物医药',
    senses: ['biomedicine', 'biomedical', 'biopharma', 'biopharmaceutical'],
  },
  { simplified: '生物制药', senses: ['biopharmaceutical', 'biopharma'] },
  { simplified: '医疗器械', senses: ['medical device', 'medical devices'] },
  { simplified: '创新药', senses: ['innovative drug', 'new drug'] },
  { simplified: '合成生物', senses: ['synthetic biology'] },
  { simplified: '体外诊断', senses: ['in vitro diagnostics', 'IVD'] },
  { simplified: '产业园', senses: ['industrial park', 'industry park'] },
];

/** The Chinese words of the supplement, for the segmenter. */
export const SUPPLEMENT_WORDS: readonly string[] = DICTIONARY_SUPPLEMENT.map(
  (entry) => entry.simplified,
);
