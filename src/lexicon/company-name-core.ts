/**
 * The distinctive core of a company's name in both languages: "康希诺生物（CanSino Biologics）"
 * is also 康希诺 = CanSino, the way reports shorten it ("康希诺的首席科学官"). The generic
 * endings are stripped in step, one matching pair at a time, so a core is only ever the part
 * both names share. Our own code: no library pairs Chinese and English company endings.
 */
import { pinyinSyllables } from './build-lexicon.js';

/** Generic company endings that translate each other, longest Chinese ending first. */
const GENERIC_ENDINGS: readonly (readonly [RegExp, RegExp])[] = [
  [/(?:股份)?有限公司$/u, /,?\s+(?:Co\.?,?\s*)?(?:Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation)$/i],
  [/(?:控股)?集团$/u, /\s+(?:Holdings?\s+)?Group$/i],
  [/控股$/u, /\s+Holdings?$/i],
  [
    /生物(?:科技|技术|医药|制药)?$/u,
    /\s+Bio(?:logics|logic|tech|technology|sciences?|pharma|pharmaceuticals?)?$/i,
  ],
  [/(?:医药|药业|制药)$/u, /\s+Pharma(?:ceuticals?)?$/i],
  [/科技$/u, /\s+(?:Technology|Technologies|Tech)$/i],
  [/医疗$/u, /\s+Medical$/i],
  [/诊断$/u, /\s+Diagnostics$/i],
];

const MIN_CHINESE_CORE = 2;
const MIN_ENGLISH_CORE = 3;

/**
 * The cores of a company's two names, or `null` when they have no generic ending in common,
 * when a core is too short to name anything, or when the Chinese core's pinyin spells the
 * English one ("上海医药" / "Shanghai Pharma" → 上海 / Shanghai, a place that pinyin matching
 * links anyway).
 */
export function companyNameCore(
  chinese: string,
  english: string,
): { chinese: string; english: string } | null {
  let zh = chinese;
  let en = english.trim();
  let stripped = false;
  for (let step = stripEnding(zh, en); step !== null; step = stripEnding(zh, en)) {
    [zh, en] = step;
    stripped = true;
  }
  if (!stripped || [...zh].length < MIN_CHINESE_CORE || isGeneric(zh)) return null;
  if (en.replace(/[^A-Za-z]/g, '').length < MIN_ENGLISH_CORE || !/^[A-Z]/.test(en)) return null;
  if (spells(zh, en)) return null;
  return { chinese: zh, english: en };
}

/** Both names without one ending they share, or `null` when they share none. */
function stripEnding(chinese: string, english: string): [string, string] | null {
  for (const [zhEnding, enEnding] of GENERIC_ENDINGS)
    if (zhEnding.test(chinese) && enEnding.test(english))
      return [chinese.replace(zhEnding, ''), english.replace(enEnding, '').trim()];
  return null;
}

/** A name that is only a generic ending ("药业" of "药业集团"). */
function isGeneric(chinese: string): boolean {
  return GENERIC_ENDINGS.some(([ending]) => chinese.replace(ending, '') === '');
}

function spells(chinese: string, english: string): boolean {
  return pinyinSyllables(chinese).join('') === english.toLowerCase().replace(/[^a-z]/g, '');
}
