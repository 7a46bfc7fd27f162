/**
 * The evaluation corpora: the project's own 9 documents with the 84 questions its rules were
 * first written against, and the realistic corpus (67 documents with real-world noise, and
 * questions written by people who had not read the engine's rules), split into a development
 * half that tuning may study and a test half that it must not.
 */
import path from 'node:path';
import { REPOSITORY_KNOWLEDGE } from '../support/test-engine.js';

export type Split = 'dev' | 'test';

export interface EvalCorpus {
  name: 'project' | 'realistic';
  description: string;
  knowledgeDir: string;
  questionsFile: string;
  /** The splits the corpus's questions fall into; the project's questions are all development ones. */
  splits: readonly Split[];
}

export const EVAL_CORPORA: readonly EvalCorpus[] = [
  {
    name: 'project',
    description: "the project's own documents (knowledge/) and questions",
    knowledgeDir: REPOSITORY_KNOWLEDGE,
    questionsFile: path.resolve(import.meta.dirname, 'questions.json'),
    splits: ['dev'],
  },
  {
    name: 'realistic',
    description: 'the realistic corpus (test/eval/realistic/), questions by outside writers',
    knowledgeDir: path.resolve(import.meta.dirname, 'realistic/knowledge'),
    questionsFile: path.resolve(import.meta.dirname, 'realistic/questions.json'),
    splits: ['dev', 'test'],
  },
];

/** A corpus by name. */
export function corpusNamed(name: string): EvalCorpus {
  const corpus = EVAL_CORPORA.find((candidate) => candidate.name === name);
  if (corpus === undefined)
    throw new Error(
      `no evaluation corpus '${name}'; use ${EVAL_CORPORA.map((c) => c.name).join(' or ')}`,
    );
  return corpus;
}
