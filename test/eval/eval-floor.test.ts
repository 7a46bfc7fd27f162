/**
 * Holds the evaluation floor: on every corpus and split, the offline engine answers at least
 * as well as recorded in floor.json (update it with `npm run eval -- --write-floor` after an
 * improvement, never to hide a regression), and the realistic test split meets the targets.
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { EVAL_CORPORA } from './eval-corpora.js';
import { FLOOR_FILE, floorKey } from './eval-floor.js';
import {
  buildEvalSnapshot,
  type Floor,
  floorOf,
  readQuestions,
  runEvaluation,
} from './evaluate.js';

const snapshots = new Map<string, { snapshot: Snapshot; cleanup: () => Promise<void> }>();

beforeAll(async () => {
  for (const corpus of EVAL_CORPORA) snapshots.set(corpus.name, await buildEvalSnapshot(corpus));
});

afterAll(async () => {
  for (const { cleanup } of snapshots.values()) await cleanup();
});

const cases = EVAL_CORPORA.flatMap((corpus) => corpus.splits.map((split) => ({ corpus, split })));

describe('the evaluation sets', () => {
  it.each(cases)(
    '$corpus.name, $split split: answered at least as well as the floor',
    async ({ corpus, split }) => {
      const floors = JSON.parse(await fs.readFile(FLOOR_FILE, 'utf8')) as Record<string, Floor>;
      const floor = floors[floorKey(corpus.name, split)];
      expect(floor, `floor.json has no entry for ${floorKey(corpus.name, split)}`).toBeDefined();
      const snapshot = snapshots.get(corpus.name)?.snapshot as Snapshot;
      const reached = floorOf(await runEvaluation(await readQuestions(corpus, split), snapshot));
      for (const [group, accuracy] of Object.entries(floor?.groups ?? {}))
        expect(reached.groups[group], group).toBeGreaterThanOrEqual(accuracy);
      for (const [kind, accuracy] of Object.entries(floor?.kinds ?? {}))
        expect(reached.kinds[kind], kind).toBeGreaterThanOrEqual(accuracy);
      expect(reached.recallAt3).toBeGreaterThanOrEqual(floor?.recallAt3 ?? 0);
      expect(reached.mrr).toBeGreaterThanOrEqual(floor?.mrr ?? 0);
    },
  );
});
