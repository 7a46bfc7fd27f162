/**
 * Page furniture that survives the boilerplate rules: headings ("首批伙伴名单", "2. LOCATION AND
 * CONNECTIVITY"), photo captions ("图为奠基仪式现场。宝山区供图", "Photo: Ti Gong") and
 * Markdown table rules. They may give the sentences around them context, but they never
 * answer a question themselves.
 */

const SENTENCE_END = /[。！？!?；;.…”"」』)）\]]\s*$/u;
const LIST_LEAD = /[:：]\s*$/;
const CAPTION =
  /^(?:图为|图：|图片[:：]|图说[:：]|photo[:：\s]|pictured[:：\s]|picture said|file photo|\(photo)|(?:供图|摄|ti gong)\.?$/iu;
const TABLE_RULE = /^[|\s:\-–—=+]+$/;
/** "2. LOCATION AND CONNECTIVITY": a heading in capitals, numbered or not. */
const SHOUTED = /^(?:[\d.]+\s+)?[A-Z][A-Z &,'’-]{3,}$/;
const LIST_ITEM = /^(?:[•·▪●■◆*\-–]|\(?[a-z\d]{1,2}[.)）])\s*\S/iu;
const LABELLED = /^[^:：]{2,20}[:：]\s*\S/u;
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** A heading is short: this many words, or this many Chinese characters. */
const HEADING_WORDS = 12;
const HEADING_CHARACTERS = 30;

/** True when a sentence is a heading, a caption or a table rule rather than something said. */
export function isFurniture(sentence: string): boolean {
  const text = sentence.trim();
  if (TABLE_RULE.test(text) || CAPTION.test(text)) return true;
  if (SENTENCE_END.test(text) || LIST_LEAD.test(text)) return false;
  // A list item ("· 企业数量：由100家增至400余家"), a labelled line or a table row says something.
  if (SHOUTED.test(text)) return true;
  if (LIST_ITEM.test(text) || LABELLED.test(text) || (text.match(NUMBER) ?? []).length >= 2)
    return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han > 0) return han <= HEADING_CHARACTERS && !/[，,]/.test(text);
  const words = text.split(/\s+/);
  return words.length <= HEADING_WORDS && (SECTION_NUMBER.test(text) || titleCased(words));
}

/** "2. LOCATION", "3.1 Targets", "Article 4": a numbered section's heading. */
const SECTION_NUMBER = /^(?:\d+(?:\.\d+)*\.?|article \d+|section \d+|chapter \d+)\s/i;

/** Most words of three letters or more start with a capital, as in "Zhangjiang Pharma Valley Opens". */
function titleCased(words: readonly string[]): boolean {
  const long = words.filter((word) => /^[\p{L}“"‘']{3,}/u.test(word));
  const capitalized = long.filter((word) => /^[“"‘']?\p{Lu}/u.test(word));
  return long.length > 0 && capitalized.length / long.length >= 0.6;
}
