/**
 * The shape of the interactive cards the bot sends (Feishu/Lark card JSON 1.0): only the
 * elements it uses. `update_multi` makes a card shared, so that an update after a 👍/👎 is
 * seen by everyone in the chat.
 */

export interface PlainText {
  tag: 'plain_text';
  content: string;
}

/**
 * What a 👍/👎 button, or a "what was wrong?" button after a 👎, sends back when clicked;
 * the language words the thanks.
 */
export interface FeedbackButtonValue {
  feedback: 'up' | 'down';
  answerId: string;
  language: 'en' | 'zh';
  reason?: 'wrong' | 'incomplete' | 'not_asked';
}

export interface CardButton {
  tag: 'button';
  text: PlainText;
  type: 'default' | 'primary';
  value: FeedbackButtonValue;
}

export type CardElement =
  | { tag: 'div'; text: PlainText }
  | { tag: 'markdown'; content: string }
  | { tag: 'hr' }
  | { tag: 'action'; actions: CardButton[] }
  | { tag: 'note'; elements: PlainText[] };

export interface LarkCard {
  config: { wide_screen_mode: true; update_multi: true };
  elements: CardElement[];
}

/** A card holding `elements`. */
export function card(elements: CardElement[]): LarkCard {
  return { config: { wide_screen_mode: true, update_multi: true }, elements };
}

/** Text shown as written: plain text is never parsed, so it needs no escaping. */
export function plainText(content: string): PlainText {
  return { tag: 'plain_text', content };
}
