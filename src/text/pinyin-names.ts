/**
 * Chinese personal names written in pinyin ("Zhai Jinguo", "Liu Ping"): surname first, a
 * given name of one or two syllables. English reports name such a person in full once and
 * by surname after ("Zhai recommended…", "Mr. Liu pointed out…").
 */
import { pinyin } from 'pinyin-pro';
import { CHINESE } from '../language/chinese.js';

const SURNAMES: ReadonlySet<string> = new Set(
  pinyin([...CHINESE.surnames].join(''), { toneType: 'none', mode: 'surname', type: 'array' }),
);

const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u|v)';
const GIVEN_NAME = new RegExp(`^${SYLLABLE}(?:${SYLLABLE})?$`);

/** True when two words are a common Chinese surname and a pinyin given name. */
export function isPinyinName(surname: string, givenName: string): boolean {
  return SURNAMES.has(surname.toLowerCase()) && GIVEN_NAME.test(givenName.toLowerCase());
}
