/** Reading Block Kit messages the way a user sees them: texts of sections, context, buttons. */
import type { RecordedCall } from './slack-stand-in.js';

interface Block {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: {
    type: string;
    text?: string | { text: string };
    action_id?: string;
    value?: string;
  }[];
}

export function blocksOf(call: RecordedCall | undefined): Block[] {
  return (call?.body.blocks ?? []) as Block[];
}

/** The mrkdwn of the answer's section blocks, joined. */
export function sectionText(call: RecordedCall | undefined): string {
  return blocksOf(call)
    .filter((block) => block.type === 'section')
    .map((block) => block.text?.text ?? '')
    .join('\n');
}

/** The text of the context blocks (the sources list). */
export function contextText(call: RecordedCall | undefined): string {
  return blocksOf(call)
    .filter((block) => block.type === 'context')
    .flatMap((block) => block.elements ?? [])
    .map((element) => (typeof element.text === 'string' ? element.text : ''))
    .join('\n');
}

/** The buttons under the message: action id and value. */
export function buttonsOf(
  call: RecordedCall | undefined,
): { actionId: string; value: string; blockId: string }[] {
  return blocksOf(call)
    .filter((block) => block.type === 'actions')
    .flatMap((block) =>
      (block.elements ?? []).map((element) => ({
        actionId: element.action_id ?? '',
        value: element.value ?? '',
        blockId: block.block_id ?? '',
      })),
    );
}
