import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../text/analyzer.js';
import { senseTerms } from './build-lexicon.js';
import { DICTIONARY_SUPPLEMENT } from './dictionary-supplement.js';

const analyzer = createAnalyzer();

describe('the dictionary supplement', () => {
  it.each(
    DICTIONARY_SUPPLEMENT.flatMap((entry) =>
      entry.senses.map((sense) => [entry.simplified, sense]),
    ),
  )('%s: "%s" is a sense the lexicon keeps', (_word, sense) => {
    expect(senseTerms(sense)).not.toBeNull();
  });

  it.each([
    ['市卫健委来的是哪位副主任？', '卫健委'],
    ['是哪位副区长介绍的情况？', '副区长'],
    ['市药监局局长是谁？', '药监局'],
  ])('segments %s with %s as one word', (question, word) => {
    expect(analyzer.queryTokens(question).map((token) => token.term)).toContain(word);
  });
});
