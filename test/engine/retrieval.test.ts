import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashingEmbeddings } from '../../src/index/hashing-embeddings.js';
import { buildQuery } from '../../src/retrieval/build-query.js';
import { retrieve } from '../../src/retrieval/retrieve.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { corpusNamed } from '../eval/eval-corpora.js';
import { buildEvalSnapshot } from '../eval/evaluate.js';

let built: { snapshot: Snapshot; cleanup: () => Promise<void> };
const embedder = new HashingEmbeddings();
const NOW = new Date('2026-06-30T12:00:00Z');

beforeAll(async () => {
  built = await buildEvalSnapshot(corpusNamed('project'));
});

afterAll(async () => built.cleanup());

const passagesFor = (question: string, limit?: number) => {
  const query = buildQuery(question, built.snapshot, NOW);
  return retrieve(query, built.snapshot, embedder.embed(query.embeddingText), { limit });
};
const languages = (passages: ReturnType<typeof passagesFor>) =>
  passages.map((passage) => passage.chunk.metadata.language);
/** Every term the question's concept whose own word is `term` is looked for as. */
const alternativesOf = (question: string, term: string): string[] => {
  const concept = buildQuery(question, built.snapshot, NOW).concepts.find((candidate) =>
    candidate.alternatives.some((alternative) => alternative.terms[0] === term),
  );
  return concept?.alternatives.flatMap((alternative) => alternative.terms) ?? [];
};
/** Every term any of the question's concepts is looked for as. */
const allTermsOf = (question: string): string[] =>
  buildQuery(question, built.snapshot, NOW).concepts.flatMap((concept) =>
    concept.alternatives.flatMap((alternative) => alternative.terms),
  );

describe('evidence in both languages', () => {
  it.each([
    ['which companies signed in Luodian?', 'zh'],
    ['罗店签约了哪些企业？', 'en'],
  ])('"%s" also reads the best passages written in %s', (question, other) => {
    const passages = passagesFor(question);
    expect(
      languages(passages).filter((language) => language === other).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('keeps to an explicit limit', () => {
    expect(passagesFor('which companies signed in Luodian?', 3)).toHaveLength(3);
  });
});

describe('words of the same meaning', () => {
  it.each([
    ['Which firms signed in Luodian?', 'firm', ['compani', 'enterpris']],
    ['How many staff does the plant employ?', 'staff', ['employe', 'worker']],
  ])('"%s" also looks for %s as %j', (question, term, synonyms) => {
    expect(alternativesOf(question, term)).toEqual(expect.arrayContaining(synonyms));
  });
});

describe('months across the languages', () => {
  it.each([
    ['Who was the district mayor in January 2022?', 'januari', '#1'],
    ['What was the output in January-September 2021?', 'septemb', '#9'],
    ['which companies signed in feb 2021?', 'feb', '#2'],
    ['2021年1至9月的产值是多少？', '#1', 'januari'],
    ['2021年1至9月的产值是多少？', '#9', 'septemb'],
    ['4月28日园区授牌时谁出席了？', '#4', 'april'],
  ])('"%s": %s is also looked for as %s', (question, term, other) => {
    expect(alternativesOf(question, term)).toContain(other);
  });

  it('leaves a number that is no month alone, and May, which is mostly a verb', () => {
    expect(allTermsOf('园区有4家企业吗？')).not.toContain('april');
    expect(allTermsOf('What may the park hold in 2021?')).not.toContain('#5');
  });
});
