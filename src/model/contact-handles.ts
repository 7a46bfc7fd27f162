/**
 * Ways to reach someone that a text can carry: links, e-mail addresses, phone and account
 * numbers, WeChat and QQ ids. A model's reply may hold one only when a passage it cites
 * holds it too: a handle the documents do not give is where a planted instruction would send
 * a member (a phishing page, a swindler's phone, a payee's account).
 */

export type HandleKind =
  | 'link'
  | 'email address'
  | 'phone number'
  | 'account number'
  | 'WeChat id'
  | 'QQ number';

interface HandleRule {
  kind: HandleKind;
  pattern: RegExp;
  /** The form two mentions of one handle share ("021-1234 5678" and "+86 21 12345678"). */
  normalize: (match: string) => string;
  /**
   * How a passage holds it: `text` when the passage's text contains the normalized handle
   * (a link may stand in a longer one, without its scheme), `number` when the passage
   * writes the same digits as a number of its own.
   */
  heldAs: 'text' | 'number';
}

/** Where a link ends: space, closing marks, Chinese text or Chinese punctuation. */
const LINK_BODY = String.raw`[^\s)\]）」』>"'“”‘’<，。；！？、\p{Script=Han}]`;
const lowerTrimmed = (match: string) => match.replace(/[.,;:!?]+$/, '').toLowerCase();
const withoutScheme = (match: string) =>
  lowerTrimmed(match)
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '');
/** Digits only, without the +86 country code or a trunk 0, which writers add or leave out. */
const phoneDigits = (match: string) =>
  match
    .replace(/\D/g, '')
    .replace(/^86(?=[1-9]\d{8,})/, '')
    .replace(/^0(?=[1-9])/, '');

export const HANDLE_RULES: readonly HandleRule[] = [
  {
    kind: 'link',
    pattern: new RegExp(String.raw`\bhttps?:\/\/${LINK_BODY}+|\bwww\.${LINK_BODY}+`, 'giu'),
    normalize: withoutScheme,
    heldAs: 'text',
  },
  {
    // A bare domain a member could type ("evil.cn/prize"), not one inside a link or address.
    kind: 'link',
    pattern: new RegExp(
      String.raw`(?<![@\w./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|io|co|info|xyz|top|cc|me|app|site|online|link|shop|vip)(?:\/${LINK_BODY}*)?(?![\w@-])`,
      'giu',
    ),
    normalize: withoutScheme,
    heldAs: 'text',
  },
  {
    kind: 'email address',
    pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
    normalize: lowerTrimmed,
    heldAs: 'text',
  },
  {
    // Mainland mobiles (13x–19x), landlines with their area code, 400/800 hotlines, and
    // international numbers written with "+"; never the tail of a longer number.
    kind: 'phone number',
    pattern:
      /(?<!\d[\s-]?|\.)(?:\+\d{1,3}[\s-]?)?(?:\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4}|1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|[48]00[\s-]?\d{3}[\s-]?\d{4})(?!\d)|\+\d{1,3}[\s-]?\d(?:[\s-]?\d){6,13}(?!\d)/gu,
    normalize: phoneDigits,
    heldAs: 'number',
  },
  {
    kind: 'account number',
    pattern: /(?<![\d.])\d{4}(?:[\s-]?\d{4}){3}(?:[\s-]?\d{1,3})?(?!\d)/gu,
    normalize: (match) => match.replace(/\D/g, ''),
    heldAs: 'number',
  },
  {
    // The id after "WeChat", "微信号" or "wx"; words that follow "WeChat" in plain prose
    // ("WeChat official account") are not ids.
    kind: 'WeChat id',
    pattern:
      /(?<![A-Za-z])(?:wechat|weixin|微信号?|vx|wx)(?:\s*(?:id|号|account|at|:|：))*\s*(?!(?:official|account|channel|public|groups?|users?|payments?)\b)[A-Za-z][\w-]{5,19}(?![\w-])/giu,
    normalize: (match) => (/[A-Za-z][\w-]{5,19}$/.exec(match)?.[0] ?? match).toLowerCase(),
    heldAs: 'text',
  },
  {
    kind: 'QQ number',
    pattern: /QQ\s*(?:号|群)?\s*[:：]?\s*\d{5,11}(?!\d)/giu,
    normalize: (match) => match.replace(/\D/g, ''),
    heldAs: 'number',
  },
];

export interface Handle {
  kind: HandleKind;
  /** The normalized handle, as `HANDLE_RULES` compare it. */
  value: string;
  heldAs: HandleRule['heldAs'];
}

/** Every handle in a text. */
export function handlesIn(text: string): Handle[] {
  return HANDLE_RULES.flatMap((rule) =>
    [...text.matchAll(rule.pattern)].map((match) => ({
      kind: rule.kind,
      value: rule.normalize(match[0]),
      heldAs: rule.heldAs,
    })),
  ).filter((handle) => handle.value !== '');
}

/** True when one of the texts holds the handle. */
export function isHandleHeld(handle: Handle, texts: readonly string[]): boolean {
  if (handle.heldAs === 'text')
    return texts.some((text) => text.toLowerCase().includes(handle.value));
  return texts.some((text) =>
    handlesIn(text).some((held) => held.heldAs === 'number' && held.value === handle.value),
  );
}

/** The first handle in `text` that none of `texts` holds, if any. */
export function foreignHandle(text: string, texts: readonly string[]): Handle | undefined {
  return handlesIn(text).find((handle) => !isHandleHeld(handle, texts));
}
