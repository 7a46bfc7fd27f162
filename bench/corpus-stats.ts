/** What a synthetic corpus holds: documents, passages per language, their length, its terms. */
import type { KeywordIndex } from '../src/index/keyword-index.js';
import type { Language } from '../src/text/detect-language.js';
import { round } from './latency.js';
import type { SyntheticCorpus } from './synthetic-corpus.js';

export interface CorpusStats {
  documents: number;
  chunksByLanguage: Record<Language, number>;
  meanCharactersByLanguage: Record<Language, number>;
  /** Distinct index terms (the keyword index's vocabulary). */
  keywordTerms: number;
  generationSeconds: number;
}

/** Counts what `corpus` holds. */
export function corpusStats(
  corpus: SyntheticCorpus,
  keywordIndex: KeywordIndex,
  generationSeconds: number,
): CorpusStats {
  const count = (language: Language) =>
    corpus.chunks.filter((chunk) => chunk.metadata.language === language);
  const mean = (language: Language) => {
    const chunks = count(language);
    return round(
      chunks.reduce((sum, chunk) => sum + chunk.pageContent.length, 0) / Math.max(1, chunks.length),
      0,
    );
  };
  return {
    documents: corpus.documents,
    chunksByLanguage: { en: count('en').length, zh: count('zh').length },
    meanCharactersByLanguage: { en: mean('en'), zh: mean('zh') },
    keywordTerms: keywordIndex.vocabulary().size,
    generationSeconds,
  };
}
