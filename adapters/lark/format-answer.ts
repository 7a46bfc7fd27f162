/**
 * An engine `Answer` as a Feishu/Lark interactive card, as pure functions: the answer as
 * plain text, the numbered sources in Markdown (titles escaped, linked when the document has
 * a web address), and 👍/👎 buttons when the knowledge base answered; after a 👎, the three
 * "what was wrong?" buttons. Fixed notices (the rate-limit notice, admin reports) are cards
 * of plain text, so nothing in them is parsed.
 */
import {
  type Answer,
  chatMessagesFor,
  FEEDBACK_REASONS,
  type FeedbackReason,
  type Source,
  sourcesHeading,
} from '../../src/adapter-kit.js';
import { escapeLarkMarkdown } from './escape-lark-markdown.js';
import { type CardButton, type CardElement, card, type LarkCard, plainText } from './lark-card.js';

/** Lark refuses cards over 30 KB; an answer's text (3 bytes a Chinese character) stays below. */
export const LARK_TEXT_LIMIT = 6000;

export function formatAnswer(answer: Answer): LarkCard {
  return card([...answerElements(answer), ...feedbackElements(answer)]);
}

/**
 * The answer's card after a rating: the buttons give way to a thank-you note, and a 👎 given
 * no reason yet to the three reasons, which give way to the one picked.
 */
export function formatRatedAnswer(
  answer: Answer,
  rating: 'up' | 'down',
  reason?: FeedbackReason,
): LarkCard {
  const messages = chatMessagesFor(answer.language);
  const picked = reason === undefined ? '' : ` · ${messages.feedbackReasons[reason]}`;
  const note = plainText(`${rating === 'up' ? '👍' : '👎'}${picked} ${messages.feedbackThanks}`);
  const rated: CardElement[] = [...answerElements(answer), { tag: 'note', elements: [note] }];
  if (rating === 'down' && reason === undefined) rated.push(...reasonElements(answer));
  return card(rated);
}

/** A card of plain text, for the bot's own sentences and the admin reports. */
export function formatNotice(text: string): LarkCard {
  return card([{ tag: 'div', text: plainText(truncate(text.trim())) }]);
}

function answerElements(answer: Answer): CardElement[] {
  const text: CardElement = { tag: 'div', text: plainText(truncate(answer.text.trim())) };
  if (answer.sources.length === 0) return [text];
  const lines = [
    `**${escapeLarkMarkdown(sourcesHeading(answer))}**`,
    ...answer.sources.map(sourceLine),
  ];
  return [text, { tag: 'hr' }, { tag: 'markdown', content: lines.join('\n') }];
}

/** "1. [Title](url) · Publisher · 2020-11-28", every part escaped. */
export function sourceLine(source: Source): string {
  const title = escapeLarkMarkdown(source.title.trim() || source.path);
  const url = safeUrl(source.url);
  const parts = [
    url === null ? title : `[${title}](${url})`,
    escapeLarkMarkdown(source.source.trim()),
    source.date === null ? '' : escapeLarkMarkdown(source.date),
  ];
  return `${source.n}. ${parts.filter((part) => part !== '').join(' · ')}`;
}

/** An http(s) URL that cannot end the link early; null for anything else. */
function safeUrl(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replaceAll('(', '%28').replaceAll(')', '%29');
}

function feedbackElements(answer: Answer): CardElement[] {
  if (!answer.answered) return [];
  const messages = chatMessagesFor(answer.language);
  return [
    {
      tag: 'action',
      actions: [
        button(messages.helpful, {
          feedback: 'up',
          answerId: answer.id,
          language: answer.language,
        }),
        button(messages.notHelpful, {
          feedback: 'down',
          answerId: answer.id,
          language: answer.language,
        }),
      ],
    },
  ];
}

/** "What was wrong?" and a button for each reason. */
function reasonElements(answer: Answer): CardElement[] {
  const messages = chatMessagesFor(answer.language);
  const value = { feedback: 'down', answerId: answer.id, language: answer.language } as const;
  const actions = FEEDBACK_REASONS.map((reason) =>
    button(messages.feedbackReasons[reason], { ...value, reason }),
  );
  return [
    { tag: 'div', text: plainText(messages.whatWasWrong) },
    { tag: 'action', actions },
  ];
}

function button(label: string, value: CardButton['value']): CardButton {
  return { tag: 'button', text: plainText(label), type: 'default', value };
}

function truncate(text: string): string {
  if (text.length <= LARK_TEXT_LIMIT) return text;
  const cut = LARK_TEXT_LIMIT - 1;
  const code = text.charCodeAt(cut - 1);
  // Never keep half of a surrogate pair (an emoji, a rare Chinese character).
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut)}…`;
}
