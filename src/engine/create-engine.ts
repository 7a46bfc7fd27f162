/**
 * The answering engine: owns the snapshot in service, answers questions from it, reloads it
 * and reports its status. It knows no platform; adapters call it, and record questions and
 * ratings in the question log (src/question-log) themselves.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { type AnsweringOptions, draftAnswer } from '../answer/draft-answer.js';
import { messagesFor } from '../answer/messages.js';
import type { Config } from '../config.js';
import { createEmbedder, type EmbedderSpec, embedderSpecFrom } from '../index/create-embedder.js';
import type { Embedder } from '../index/embedder.js';
import { buildInThisThread } from '../snapshot/build-in-this-thread.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { SnapshotService } from '../snapshot/snapshot-service.js';
import { detectLanguage } from '../text/detect-language.js';
import type { Answer, Engine, EngineStatus, Turn } from './answer-types.js';
import type { AnswerWriter } from './answer-writer.js';
import { createDocumentLibrary, type DocumentLibrary } from './document-library.js';
import { type ValidatedQuestion, validateQuestion } from './validate-question.js';

export interface EngineOptions {
  config: Pick<Config, 'knowledgeDir' | 'dataDir' | 'limits' | 'openai'>;
  logger: Logger;
  answering?: AnsweringOptions;
  writer?: AnswerWriter;
  /** False to load a persisted snapshot without building one when there is none. */
  buildIfMissing?: boolean;
  /**
   * Where snapshots are built: a worker thread (the default), so that answers never wait
   * behind a build; or this thread, for a command that serves nothing while it builds.
   */
  buildOn?: 'worker' | 'this-thread';
}

/** Creates the engine and loads (or builds) its snapshot. */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const spec = embedderSpecFrom(options.config.openai);
  const engine = new KnowledgeEngine(options, spec, await createEmbedder(spec));
  await engine.start();
  return engine;
}

class KnowledgeEngine implements Engine {
  readonly maxQuestionChars: number;
  readonly library: DocumentLibrary;
  private readonly snapshots: SnapshotService;
  private readonly startedAt = new Date();
  private answersGiven = 0;

  constructor(
    private readonly options: EngineOptions,
    spec: EmbedderSpec,
    private readonly embedder: Embedder,
  ) {
    this.maxQuestionChars = options.config.limits.maxQuestionChars;
    this.snapshots = new SnapshotService({
      knowledgeDir: options.config.knowledgeDir,
      dataDir: options.config.dataDir,
      embedder: spec,
      embedderId: this.embedder.id,
      logger: options.logger,
      ...(options.buildOn === 'this-thread' ? { build: buildInThisThread } : {}),
    });
    this.library = createDocumentLibrary({
      knowledgeDir: options.config.knowledgeDir,
      reload: () => this.reload(),
      snapshot: () => this.snapshots.current,
      check: (question) => this.check(question),
    });
  }

  start(): Promise<void> {
    return this.snapshots.start({ buildIfMissing: this.options.buildIfMissing ?? true });
  }

  async answer(question: string, conversation: readonly Turn[] = []): Promise<Answer> {
    const validated = validateQuestion(question, this.maxQuestionChars);
    const answer = validated.ok
      ? await this.answerValid(validated.text, conversation)
      : this.invalid(validated);
    this.answersGiven += 1;
    return answer;
  }

  reload() {
    return this.snapshots.reload();
  }

  status(): EngineStatus {
    const snapshot = this.snapshots.current;
    return {
      documents: snapshot?.manifest.documents.length ?? 0,
      chunks: snapshot?.chunks.length ?? 0,
      snapshotId: snapshot?.manifest.id ?? null,
      builtAt: snapshot?.manifest.builtAt ?? null,
      embedder: snapshot?.manifest.embedder.id ?? null,
      lastReload: this.snapshots.lastReload,
      startedAt: this.startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - this.startedAt.getTime()) / 1000),
      answersGiven: this.answersGiven,
      model: this.options.writer?.model ?? null,
    };
  }

  currentSnapshot(): Snapshot | null {
    return this.snapshots.current;
  }

  /**
   * Stops following CURRENT and waits for a reload in progress, so that its worker is not cut
   * off mid-write.
   */
  async close(): Promise<void> {
    await this.snapshots.close();
  }

  /**
   * The offline answer to a question, as a member gets it when no model is configured:
   * suggestions for a new document are checked with it, without a model's cost.
   */
  private async check(question: string) {
    const snapshot = this.snapshots.current;
    if (snapshot === null) return { answered: false, sources: [] };
    return draftAnswer(question, [], snapshot, this.embedder, this.options.answering);
  }

  private async answerValid(question: string, conversation: readonly Turn[]): Promise<Answer> {
    const snapshot = this.snapshots.current;
    if (snapshot === null) return this.unavailable(question);
    const { draft, asked } = await this.draft(question, conversation, snapshot);
    const written = (await this.options.writer?.write(asked, draft)) ?? null;
    return {
      id: newAnswerId(),
      text: written?.text ?? draft.text,
      answered: draft.answered,
      kind: draft.kind,
      language: draft.language,
      sources: written?.sources ?? draft.sources,
      generator: written?.generator ?? 'extractive',
    };
  }

  /** With a model, a follow-up is first rewritten to stand alone; offline, the engine resolves it. */
  private async draft(question: string, conversation: readonly Turn[], snapshot: Snapshot) {
    const standalone =
      conversation.length > 0
        ? await this.options.writer?.rewriteFollowUp(question, conversation)
        : null;
    const answering = this.options.answering;
    const asked = standalone ?? question;
    const draft = await draftAnswer(
      asked,
      standalone ? [] : conversation,
      snapshot,
      this.embedder,
      answering,
    );
    return { draft, asked };
  }

  private invalid(validated: Extract<ValidatedQuestion, { ok: false }>): Answer {
    const messages = messagesFor(validated.language);
    const limit = this.maxQuestionChars;
    const text =
      validated.problem === 'too_long'
        ? messages.tooLong(validated.length, limit)
        : validated.problem === 'empty'
          ? messages.emptyQuestion
          : messages.notText(limit);
    return {
      id: newAnswerId(),
      text,
      answered: false,
      kind: 'invalid_question',
      language: validated.language,
      sources: [],
      generator: 'extractive',
    };
  }

  private unavailable(question: string): Answer {
    const language = detectLanguage(question);
    return {
      id: newAnswerId(),
      text: messagesFor(language).unavailable,
      answered: false,
      kind: 'not_found',
      language,
      sources: [],
      generator: 'extractive',
    };
  }
}

function newAnswerId(): string {
  return randomBytes(6).toString('base64url');
}
