/** An answer and its source as the engine returns them, for the adapters' formatting tests. */
import type { Answer, Source } from '../../src/engine/answer-types.js';

export function sampleSource(overrides: Partial<Source> = {}): Source {
  return {
    n: 1,
    title: 'Biomedical to become key pillar industry for Baoshan',
    source: 'SHINE (Shanghai Daily)',
    date: '2020-11-28',
    url: 'https://www.shine.cn/news/metro/2011283/',
    path: 'news/shine.md',
    text: 'Leading companies signed agreements.',
    score: 0.5,
    documentId: 'shine',
    chunkId: 'c1',
    language: 'en',
    ...overrides,
  };
}

export function sampleAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    id: 'abc12345',
    text: 'Shanghai Pharma and DiaSorin signed in Luodian. [1]',
    answered: true,
    kind: 'answer',
    language: 'en',
    sources: [sampleSource()],
    generator: 'extractive',
    ...overrides,
  };
}
