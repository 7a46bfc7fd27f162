/** The two languages of the knowledge base and of its users. */
export type Language = 'en' | 'zh';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * The language a text is written in: Chinese when its Chinese characters outnumber twice
 * its English words, so "What is 上海医药?" is English and "上海医药投资了多少?" is Chinese.
 */
export function detectLanguage(text: string): Language {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han > 0 && han > 2 * words ? 'zh' : 'en';
}
