/** A question's concept for rule tests: one word, known, of ordinary weight, unless `traits` say otherwise. */
import type { Concept } from '../../src/retrieval/build-query.js';

export const concept = (label: string, traits: Partial<Concept> = {}): Concept => ({
  label,
  alternatives: [{ terms: [label], weight: 1, route: 'word' }],
  importance: 1,
  role: 1,
  specific: false,
  known: true,
  answerType: false,
  fromContext: false,
  ...traits,
});
