/** What a card the bot sent shows: its plain text, its Markdown, and its buttons. */
import type { RecordedCall } from './lark-stand-in.js';

export interface CardElement {
  tag: string;
  text?: { content: string };
  content?: string;
  actions?: { text: { content: string }; value: Record<string, unknown> }[];
  elements?: { content: string }[];
}

export interface SentCard {
  config: Record<string, unknown>;
  elements: CardElement[];
}

/** The card a reply or an update carried. */
export function cardOf(call: RecordedCall | undefined): SentCard {
  return JSON.parse(String(call?.body.content ?? '{"elements":[]}')) as SentCard;
}

/** The plain text of the card's first element: the answer, or the notice. */
export function cardText(call: RecordedCall | undefined): string {
  return cardOf(call).elements[0]?.text?.content ?? '';
}

/** The Markdown of the card's sources. */
export function sourcesText(call: RecordedCall | undefined): string {
  return cardOf(call).elements.find((element) => element.tag === 'markdown')?.content ?? '';
}

export function buttonsOf(call: RecordedCall | undefined) {
  return cardOf(call).elements.flatMap((element) => element.actions ?? []);
}
