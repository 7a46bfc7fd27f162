/**
 * Topics: the concepts of many questions, joined when they are one thing said two ways. Two
 * concepts are one topic when one's own word is among the other's words or translations
 * (subsidy → 补贴, Shanghai Pharma = 上海医药), so an English and a Chinese question about
 * the same thing share topics. Weak routes (spelling guesses, sub-words, a surname alone)
 * never join topics: they widen a search, but would blur a report.
 */
import type { Concept, Route } from '../retrieval/build-query.js';
import { conceptSignature } from '../retrieval/concept-builder.js';

/** A topic as one question mentions it. */
export interface TopicMention {
  topic: number;
  /** The question's own words for it. */
  surface: string;
  /** A year qualifies what is asked ("2025 subsidies") but is not itself the subject. */
  qualifier: boolean;
}

export interface Topics {
  /** Per question, the topics it mentions, in the order of its concepts. */
  mentions: TopicMention[][];
  /** Per topic, how much it says about a question: its most specific concept's weight. */
  weights: number[];
}

const OWN_ROUTES: ReadonlySet<Route> = new Set(['word', 'glossary']);
const LINK_ROUTES: ReadonlySet<Route> = new Set(['word', 'glossary', 'translation', 'pinyin']);

/** Joins the concepts of every question into topics. */
export function linkTopics(conceptLists: readonly (readonly Concept[])[]): Topics {
  const nodes = new Map<string, { id: number; concept: Concept }>();
  for (const concept of conceptLists.flat()) {
    const signature = conceptSignature(concept);
    if (!nodes.has(signature)) nodes.set(signature, { id: nodes.size, concept });
  }
  const sets = new DisjointSets(nodes.size);
  joinSharedWords([...nodes.values()], sets);
  const weights: number[] = [];
  const mentions = conceptLists.map((concepts) =>
    concepts.map((concept) => {
      const topic = sets.find((nodes.get(conceptSignature(concept)) as { id: number }).id);
      weights[topic] = Math.max(weights[topic] ?? 0, concept.importance * concept.role);
      return { topic, surface: concept.label, qualifier: concept.year !== undefined };
    }),
  );
  return { mentions, weights };
}

function joinSharedWords(nodes: { id: number; concept: Concept }[], sets: DisjointSets): void {
  const owners = new Map<string, number>();
  for (const { id, concept } of nodes)
    for (const key of keysOf(concept, OWN_ROUTES)) {
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, id);
      else sets.join(owner, id);
    }
  for (const { id, concept } of nodes)
    for (const key of keysOf(concept, LINK_ROUTES)) {
      const owner = owners.get(key);
      if (owner !== undefined) sets.join(owner, id);
    }
}

function keysOf(concept: Concept, routes: ReadonlySet<Route>): string[] {
  return concept.alternatives
    .filter((alternative) => routes.has(alternative.route))
    .map((alternative) => alternative.terms.join('+'));
}

/** Union-find with path halving: which concepts have been joined into one topic. */
class DisjointSets {
  private readonly parents: number[];

  constructor(size: number) {
    this.parents = Array.from({ length: size }, (_, index) => index);
  }

  find(node: number): number {
    let current = node;
    while (this.parents[current] !== current) {
      const parent = this.parents[current] as number;
      this.parents[current] = this.parents[parent] as number;
      current = parent;
    }
    return current;
  }

  join(a: number, b: number): void {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA !== rootB) this.parents[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}
