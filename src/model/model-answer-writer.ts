/**
 * Answers written by a language model on any OpenAI-compatible server, grounded in the same
 * passages as the extractive answer and cited the same way. The model sees only the
 * question and the retrieved passages, fenced as untrusted material. Each call has one
 * deadline, retries included. Every failure (deadline passed, HTTP error, a reply that fails
 * the checks) is logged and answered with `null`, so that the engine sends its extractive
 * answer instead.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { sourceOf } from '../answer/citations.js';
import type { Draft } from '../answer/draft-answer.js';
import type { Turn } from '../engine/answer-types.js';
import type { AnswerWriter, WrittenAnswer } from '../engine/answer-writer.js';
import { errorMessage, LanguageModelError } from '../errors.js';
import type { Logger } from '../logger.js';
import { detectLanguage, type Language } from '../text/detect-language.js';
import { type Deadline, startDeadline } from './answer-deadline.js';
import { checkModelReply, leaksInstructions } from './check-model-reply.js';
import { handlesIn } from './contact-handles.js';
import type { PromptTemplates } from './prompt-templates.js';
import { MODEL_PASSAGES, renderPassages } from './render-passages.js';
import { solicitationIn } from './solicitations.js';

const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  zh: 'Simplified Chinese (简体中文)',
};
const MAX_REFUSAL_CHARACTERS = 400;
const CONVERSATION_TURNS = 6;
const TURN_CHARACTERS = 400;

export interface ModelAnswerWriterOptions {
  chat: Pick<BaseChatModel, 'invoke'>;
  templates: PromptTemplates;
  model: string;
  logger: Logger;
  maxQuestionChars: number;
  /** OPENAI_TIMEOUT_SECONDS in milliseconds: the bound on one answer, retries included. */
  timeoutMs: number;
}

export class ModelAnswerWriter implements AnswerWriter {
  readonly model: string;

  constructor(private readonly options: ModelAnswerWriterOptions) {
    this.model = options.model;
  }

  async write(question: string, draft: Draft): Promise<WrittenAnswer | null> {
    if (!draft.answered && draft.reason !== 'not_found') return null;
    const deadline = startDeadline(this.options.timeoutMs);
    try {
      return draft.answered
        ? await this.answer(question, draft, deadline)
        : await this.refuse(question, draft, deadline);
    } catch (error) {
      this.options.logger.warn(
        { model: this.model, reason: errorMessage(error) },
        'model answer failed; sending the extractive answer',
      );
      return null;
    }
  }

  async rewriteFollowUp(question: string, conversation: readonly Turn[]): Promise<string | null> {
    try {
      const prompt = await this.options.templates.followUp.format({
        conversation: formatConversation(conversation),
        question,
        language: LANGUAGE_NAMES[detectLanguage(question)],
      });
      const deadline = startDeadline(this.options.timeoutMs);
      return this.checkedRewrite(question, await this.complete(prompt, deadline));
    } catch (error) {
      this.options.logger.warn(
        { model: this.model, reason: errorMessage(error) },
        'follow-up rewrite failed; resolving it offline',
      );
      return null;
    }
  }

  private async answer(
    question: string,
    draft: Draft,
    deadline: Deadline,
  ): Promise<WrittenAnswer | null> {
    const passages = draft.passages.slice(0, MODEL_PASSAGES);
    if (passages.length === 0) return null;
    const rendered = renderPassages(passages);
    const prompt = await this.options.templates.answer.format({
      question,
      passages: rendered.prompt,
      language: LANGUAGE_NAMES[draft.language],
      today: new Date().toISOString().slice(0, 10),
    });
    const reply = await this.complete(prompt, deadline);
    const checked = checkModelReply(reply, rendered.contents, this.options.templates.system);
    const sources = checked.cited.map((index, i) =>
      sourceOf(passages[index] as (typeof passages)[number], i + 1),
    );
    return { text: checked.text, sources, generator: 'model' };
  }

  /** A plain not-found reply in the model's words; it may name the nearest titles and nothing else. */
  private async refuse(
    question: string,
    draft: Draft,
    deadline: Deadline,
  ): Promise<WrittenAnswer | null> {
    if (draft.sources.length === 0) return null;
    const nearest = draft.sources
      .map((source) => `- ${source.title}${source.date ? ` (${source.date})` : ''}`)
      .join('\n');
    const prompt = await this.options.templates.noAnswer.format({
      question,
      nearest,
      language: LANGUAGE_NAMES[draft.language],
    });
    const reply = (await this.complete(prompt, deadline)).trim();
    if (!isPlainRefusal(reply, question, nearest, this.options.templates.system)) {
      throw new LanguageModelError(
        'the not-found reply stated more than the titles of the nearest documents',
      );
    }
    return { text: reply, sources: draft.sources, generator: 'model' };
  }

  private checkedRewrite(question: string, reply: string): string | null {
    const rewritten = reply.trim().replace(/^["“]|["”]$/g, '');
    const acceptable =
      rewritten !== '' &&
      !rewritten.includes('\n') &&
      rewritten.length <= this.options.maxQuestionChars &&
      detectLanguage(rewritten) === detectLanguage(question) &&
      !leaksInstructions(rewritten, this.options.templates.system);
    if (!acceptable)
      throw new LanguageModelError(
        'the rewritten question is not one line in the question’s language',
      );
    return rewritten;
  }

  private async complete(prompt: string, deadline: Deadline): Promise<string> {
    const messages = [new SystemMessage(this.options.templates.system), new HumanMessage(prompt)];
    const message = await deadline.within(
      this.options.chat.invoke(messages, { signal: deadline.signal }),
    );
    const { content } = message;
    if (typeof content === 'string') return content;
    return content
      .map((part) => (part.type === 'text' && 'text' in part ? String(part.text) : ''))
      .join('');
  }
}

/**
 * A refusal may not cite, link, run long, repeat its instructions, carry a way to reach
 * anyone, ask for anything, or state a figure that is neither in the question nor in a title.
 */
function isPlainRefusal(
  reply: string,
  question: string,
  nearest: string,
  systemPrompt: string,
): boolean {
  const figures = reply.match(/\d+/g) ?? [];
  return (
    reply !== '' &&
    // A model that answers the not-found prompt with the answer prompt's token has said nothing.
    !/^NO_ANSWER\b/.test(reply) &&
    reply.length <= MAX_REFUSAL_CHARACTERS &&
    !/\[\d+\]|https?:\/\//.test(reply) &&
    !leaksInstructions(reply, systemPrompt) &&
    handlesIn(reply).length === 0 &&
    solicitationIn(reply, [nearest]) === null &&
    figures.every((figure) => question.includes(figure) || nearest.includes(figure))
  );
}

function formatConversation(conversation: readonly Turn[]): string {
  return conversation
    .slice(-CONVERSATION_TURNS)
    .map(
      (turn) =>
        `${turn.role === 'user' ? 'User' : 'Assistant'}: ${turn.text.slice(0, TURN_CHARACTERS).replace(/\s+/g, ' ')}`,
    )
    .join('\n');
}
