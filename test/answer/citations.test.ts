import { describe, expect, it } from 'vitest';
import { Citations } from '../../src/answer/citations.js';
import type { RankedPassage } from '../../src/retrieval/retrieve.js';

function passage(documentId: string, id: string, text: string): RankedPassage {
  return {
    index: 0,
    chunk: {
      id,
      pageContent: text,
      metadata: {
        documentId,
        title: `Report ${documentId}`,
        publisher: null,
        date: '2021-10-13',
        language: 'en',
        url: null,
        path: `${documentId}.md`,
        position: 0,
      },
    },
    score: 0.5,
    keywordScore: 0,
    vectorSimilarity: 0,
    matchedConcepts: 0,
  };
}

describe('citations', () => {
  it('give one document one number, however many of its passages are cited', () => {
    const citations = new Citations();
    const first = citations.marker(passage('a', 'a1', 'The park opened in 2022.'));
    const other = citations.marker(passage('b', 'b1', 'Jiading hosts device makers.'));
    const again = citations.marker(passage('a', 'a2', 'It covers 130,000 square meters.'));
    expect([first, other, again]).toEqual(['[1]', '[2]', '[1]']);
    const sources = citations.sources();
    expect(sources.map((source) => source.documentId)).toEqual(['a', 'b']);
    expect(sources[0]?.text).toContain('The park opened in 2022.');
    expect(sources[0]?.text).toContain('It covers 130,000 square meters.');
  });
});
