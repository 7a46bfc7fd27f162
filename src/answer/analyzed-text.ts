/**
 * A sentence as the evidence step reads it: its index terms, with its matching key and English
 * terms worked out once and only when a phrase needs them (a sentence is checked against every
 * alternative of every concept).
 */
import { ENGLISH } from '../language/english.js';
import type { Alternative } from '../retrieval/build-query.js';
import { type Analyzer, englishTerm, hasHan, matchingKey } from '../text/analyzer.js';

/** Words that make a name the start of a longer organization's name. */
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  ENGLISH.organizationWords.map((word) => englishTerm(word) ?? word),
);

/** A text's index terms, with its matching key and English terms worked out once, when first needed. */
export class AnalyzedText {
  private readonly sequence: readonly string[];
  private readonly terms: ReadonlySet<string>;
  private key: string | undefined;
  private latinTerms: readonly string[] | undefined;

  constructor(
    private readonly text: string,
    analyzer: Analyzer,
  ) {
    this.sequence = analyzer.indexTerms(text);
    this.terms = new Set(this.sequence);
  }

  expresses(alternative: Alternative): boolean {
    return alternative.terms.length === 1
      ? this.terms.has(alternative.terms[0] as string)
      : this.containsPhrase(alternative.terms);
  }

  /**
   * A name of several words must appear as a phrase, not as words scattered over a sentence:
   * "Shanghai … pharmaceutical field" is not Shanghai Pharmaceutical. Chinese parts must be
   * adjacent in the text; English terms consecutive among the text's English terms.
   */
  private containsPhrase(phrase: readonly string[]): boolean {
    if (phrase.every(hasHan)) return this.matchingKey().includes(phrase.join(''));
    const latin = this.latin();
    const wanted = phrase.filter((term) => !hasHan(term));
    for (let start = 0; start + wanted.length <= latin.length; start += 1) {
      if (!wanted.every((term, i) => latin[start + i] === term)) continue;
      // "Shanghai Pharmaceutical Industry Association" is not "Shanghai Pharmaceutical".
      if (ORGANIZATION_WORDS.has(latin[start + wanted.length] ?? '')) continue;
      return phrase.every((term) => !hasHan(term) || this.matchingKey().includes(term));
    }
    return false;
  }

  private matchingKey(): string {
    this.key ??= matchingKey(this.text);
    return this.key;
  }

  private latin(): readonly string[] {
    this.latinTerms ??= this.sequence.filter((term) => !hasHan(term) && !term.startsWith('#'));
    return this.latinTerms;
  }
}
