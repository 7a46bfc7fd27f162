/**
 * Every fixed sentence the engine says, in both languages, in one place: a reply in the
 * asker's language needs a translation of each, and reviewers read them here.
 */
import type { Language } from '../text/detect-language.js';

const number = (value: number) => value.toLocaleString('en-US');
/** A quotation inside a quotation takes single quote marks: “… ‘AI …,’ he stated …”. */
const quoted = (sentence: string) => `“${sentence.replaceAll('“', '‘').replaceAll('”', '’')}”`;

export const MESSAGES = {
  en: {
    notFound: "I couldn't find this in the knowledge base.",
    nearest: (titles: string) => `The nearest documents are ${titles}.`,
    documentTitle: (title: string, date: string | null) =>
      date === null ? `“${title}”` : `“${title}” (${date})`,
    titleSeparator: ', ',
    nothingFromYear: (year: number) => `The knowledge base holds nothing dated ${year}.`,
    latestDocument: (title: string, date: string) =>
      `The most recent report in the knowledge base is “${title}” (${date}).`,
    noQuestionWords:
      'Ask me about the biomedical industry in Baoshan, for example: "Which companies signed in Luodian?"',
    aboutBot:
      "I'm the knowledge bot of Baoshan's biomedical industry associations. I answer from the associations' news reports and policy notes, with numbered sources, and say so when they don't hold the answer. Try: \"Which companies signed in Luodian?\"",
    otherLanguageIntro: 'A Chinese-language report says:',
    quote: quoted,
    reportDated: (date: string) => `(report dated ${date})`,
    listHead: (count: number, noun: string, _classifier: string) =>
      noun === '' ? `The reports name ${count}: ` : `${count} ${noun}: `,
    listOf: (names: readonly string[]) =>
      names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`,
    emptyQuestion: 'Please type a question, for example: "Which companies signed in Luodian?"',
    tooLong: (length: number, limit: number) =>
      `Your question is ${number(length)} characters long; the limit is ${number(limit)}. Please ask a shorter question.`,
    notText: (limit: number) =>
      `I can only read questions written as text (up to ${number(limit)} characters). Please type your question.`,
    unavailable:
      'The knowledge base is not available right now. An admin can rebuild it with /reload.',
  },
  zh: {
    notFound: '知识库中没有找到相关内容。',
    nearest: (titles: string) => `最接近的文档是${titles}。`,
    documentTitle: (title: string, date: string | null) =>
      date === null ? `《${title}》` : `《${title}》（${date}）`,
    titleSeparator: '、',
    nothingFromYear: (year: number) => `知识库中没有${year}年的文档。`,
    latestDocument: (title: string, date: string) =>
      `知识库中最新的报道是《${title}》（${date}）。`,
    noQuestionWords:
      '您可以问我宝山生物医药产业的问题，例如：“哪些企业在北上海生物医药产业园签约？”',
    aboutBot:
      '我是宝山生物医药行业协会的知识库机器人，根据协会收录的新闻报道和政策说明回答问题，并注明编号来源；知识库中没有的内容，我会直接说明。可以试试：“哪些企业在北上海生物医药产业园签约？”',
    otherLanguageIntro: '英文报道原文：',
    quote: quoted,
    reportDated: (date: string) => `（报道日期：${date}）`,
    listHead: (count: number, noun: string, classifier: string) =>
      noun === '' ? `报道中提到以下${count}项：` : `共${count}${classifier}${noun}：`,
    listOf: (names: readonly string[]) =>
      names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`,
    emptyQuestion: '请输入问题，例如：“哪些企业在北上海生物医药产业园签约？”',
    tooLong: (length: number, limit: number) =>
      `您的问题有${length}个字符，超过了${limit}个字符的上限，请缩短后再问。`,
    notText: (limit: number) =>
      `我只能读取文字形式的问题（不超过${limit}个字符），请输入文字问题。`,
    unavailable: '知识库暂时不可用。管理员可以用 /reload 重新构建。',
  },
} as const satisfies Record<Language, unknown>;

/** A parenthetical after a name or quote: " (a, b)" in English, "（a、b）" in Chinese. */
export function aside(
  parts: readonly string[],
  language: Language,
  englishSeparator = ', ',
  chineseSeparator = '、',
): string {
  if (parts.length === 0) return '';
  return language === 'zh'
    ? `（${parts.join(chineseSeparator)}）`
    : ` (${parts.join(englishSeparator)})`;
}

/** The messages of a language. */
export function messagesFor(language: Language) {
  return MESSAGES[language];
}
