/**
 * Removes web-page boilerplate that must never become an answerable passage: site
 * navigation, post metadata, social-media and QR-code promotion, contact lines with phone
 * numbers, copyright and link lines, photo credits, and everything from a "related
 * articles" list to the end. Rules look at short lines only: a long line is content.
 */

export interface BoilerplateResult {
  text: string;
  /** The lines removed, each with the rule that removed it (for tests and debugging). */
  removed: { rule: string; line: string }[];
  /** URLs named by "本文链接:" / "Source URL:" lines: the page's own address. */
  pageUrls: string[];
}

const SHORT_LINE = 120;

const PHONE =
  /(?:\+?86[\s-]?)?1[3-9]\d{9}|\b400[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b0\d{2,3}[\s-]\d{7,8}\b|\+\d{1,3}[\s-]\d{2,4}[\s-]\d{3,4}[\s-]?\d{0,4}/;

const LINE_RULES: readonly (readonly [string, RegExp])[] = [
  ['navigation', /^(当前位置|您的位置|所在位置|you are here)\s*[:：]|(首页|home)\s*[>›»]/i],
  ['navigation', /^(上一篇|下一篇|上一条|下一条|previous|next)\s*(article|story|post)?\s*[:：]/i],
  [
    'advert',
    /^(【\s*(广告|招商|推广|赞助|廣告|推廣)\s*】|\[?\s*(sponsored|advertisement|ad)\s*\]?\s*[:：|]|sponsored\b)/i,
  ],
  [
    'post-meta',
    /\d+\s*(秒|分钟|小时|天|周|个月|年)前|\b\d+\s+(minutes?|hours?|days?|weeks?|months?) ago\b/i,
  ],
  [
    'post-meta',
    /^\d{1,2}:\d{2}\s*(utc|gmt)|^date\s+\d{4}-\d{2}-\d{2}|^(updated|published|posted)\s*:/i,
  ],
  ['byline', /^source\s*:.*editor\s*:|^(editor|责任编辑|编辑|来源)\s*[:：]/i],
  [
    'social',
    /微信|公众号|二维码|扫一扫|扫码|长按|关注我们|qr[\s-]?code|wechat|weibo|follow us|share (this|on)/i,
  ],
  ['contact', /手机号|联系方式|联系人|联系电话|咨询电话|热线|\b(tel|phone|fax)\s*[:：.]/i],
  ['copyright', /版权|copyright|©|all rights reserved|转载/i],
  ['link', /^(本文链接|原文链接|原文地址|文章链接|本文地址|source url|permalink)\s*[:：]/i],
  ['link', /^https?:\/\/\S+$|^(标签|tags?)\s*[:：]|^(分享给朋友|分享到|分享|share)\s*[:：]?$/i],
  ['photo-credit', /^.{0,20}(供图|摄影|摄)$|^(photo|image|credit)s?\s*(by)?\s*[:：]|^ti gong\.?$/i],
];

const RELATED_SECTION =
  /相关文章|相关阅读|相关新闻|推荐阅读|延伸阅读|猜你喜欢|热门文章|^(related (articles|posts|stories|news)|you may also like|more stories|read more)\b/i;

const PAGE_URL =
  /^(本文链接|原文链接|原文地址|文章链接|本文地址|source url|permalink)\s*[:：]\s*(https?:\/\/\S+)/i;

/** The text without boilerplate lines, with what was removed. */
export function removeBoilerplate(text: string): BoilerplateResult {
  const kept: string[] = [];
  const removed: BoilerplateResult['removed'] = [];
  const pageUrls: string[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const url = PAGE_URL.exec(line)?.[2];
    if (url !== undefined) pageUrls.push(url);
    if (isRelatedSection(line)) {
      removed.push(...lines.slice(index).map((rest) => ({ rule: 'related-articles', line: rest })));
      break;
    }
    const rule = boilerplateRule(line);
    if (rule === null) kept.push(line);
    else removed.push({ rule, line });
  }
  return {
    text: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removed,
    pageUrls,
  };
}

function isRelatedSection(line: string): boolean {
  return line.length <= SHORT_LINE && RELATED_SECTION.test(line.trim());
}

/** The name of the rule that marks a line as boilerplate, or `null` for content. */
export function boilerplateRule(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > SHORT_LINE) return null;
  if (PHONE.test(trimmed)) return 'contact';
  for (const [rule, pattern] of LINE_RULES) {
    if (pattern.test(trimmed)) return rule;
  }
  return null;
}
