/**
 * The plain keyword-search baseline: MiniSearch, with its defaults, over the same passage
 * texts the engine indexes, asked the same questions. Its tokenizer splits on spaces and
 * punctuation, so a Chinese clause is one token: the comparison shows what jieba, the
 * bilingual lexicon and the vector leg add, and what the engine's speed costs next to it.
 */
import MiniSearch from 'minisearch';
import type { HashingEmbeddings } from '../src/index/hashing-embeddings.js';
import type { Chunk } from '../src/ingest/chunk-document.js';
import { indexedText, type Snapshot } from '../src/snapshot/snapshot.js';
import type { Language } from '../src/text/detect-language.js';
import { type LatencySummary, round, secondsSince, summarize, timeEach } from './latency.js';
import { retrieveQuestion } from './measure-engine-latency.js';
import type { BenchQuery } from './synthetic-queries.js';

const TOP = 10;

export interface BaselineReport extends LatencySummary {
  name: 'minisearch';
  buildSeconds: number;
  /** Share of questions, per language, for which the baseline finds anything. */
  hitShare: Record<Language, number>;
  /** Mean share of the engine's keyword-leg top 10 that the baseline's top 10 also holds. */
  agreementAt10: Record<Language, number>;
}

interface PassageDocument {
  id: number;
  text: string;
}

/** Builds MiniSearch over the passages and times the questions through it. */
export async function measureKeywordBaseline(
  queries: readonly BenchQuery[],
  snapshot: Snapshot,
  embedder: HashingEmbeddings,
): Promise<BaselineReport> {
  const start = performance.now();
  const search = miniSearchOver(snapshot.chunks);
  const buildSeconds = secondsSince(start);
  const results: number[][] = [];
  const samples = await timeEach(queries, (query) =>
    results.push(
      search
        .search(query.text)
        .slice(0, TOP)
        .map((result) => result.id as number),
    ),
  );
  const ours = queries.map((query) =>
    retrieveQuestion(query.text, snapshot, embedder, 'keyword', TOP).map(
      (passage) => passage.index,
    ),
  );
  return {
    name: 'minisearch',
    buildSeconds,
    ...summarize(samples),
    hitShare: byLanguage(queries, (i) => ((results[i]?.length ?? 0) > 0 ? 1 : 0)),
    agreementAt10: byLanguage(queries, (i) => agreement(results[i] ?? [], ours[i] ?? [])),
  };
}

function miniSearchOver(chunks: readonly Chunk[]): MiniSearch<PassageDocument> {
  const search = new MiniSearch<PassageDocument>({ fields: ['text'] });
  search.addAll(chunks.map((chunk, id) => ({ id, text: indexedText(chunk) })));
  return search;
}

/** Share of `ours` that `theirs` also holds; `null` when ours is empty (nothing to agree on). */
function agreement(theirs: readonly number[], ours: readonly number[]): number | null {
  if (ours.length === 0) return null;
  const found = new Set(theirs);
  return ours.filter((passage) => found.has(passage)).length / ours.length;
}

/** The mean of a per-question value, per language, skipping `null`s. */
function byLanguage(
  queries: readonly BenchQuery[],
  value: (i: number) => number | null,
): Record<Language, number> {
  const mean = (language: Language) => {
    const values = queries
      .flatMap((query, i) => (query.language === language ? [value(i)] : []))
      .filter((item) => item !== null);
    return round(values.reduce((sum, item) => sum + item, 0) / Math.max(1, values.length));
  };
  return { en: mean('en'), zh: mean('zh') };
}
