/**
 * Holds the evaluation floor: the offline engine must answer test/eval/questions.json at
 * least as well as recorded in floor.json (update it with `npm run eval -- --write-floor`
 * after an improvement, never to hide a regression).
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import {
  buildEvalSnapshot,
  FLOOR_FILE,
  type Floor,
  floorOf,
  readQuestions,
  runEvaluation,
} from './evaluate.js';

let snapshot: Snapshot;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ snapshot, cleanup } = await buildEvalSnapshot());
});

afterAll(async () => {
  await cleanup();
});

describe('the evaluation set', () => {
  it('is answered at least as well as the recorded floor', async () => {
    const floor = JSON.parse(await fs.readFile(FLOOR_FILE, 'utf8')) as Floor;
    const reached = floorOf(await runEvaluation(await readQuestions(), snapshot, 'hybrid'));
    for (const [group, accuracy] of Object.entries(floor.groups))
      expect(reached.groups[group], group).toBeGreaterThanOrEqual(accuracy);
    for (const [kind, accuracy] of Object.entries(floor.kinds))
      expect(reached.kinds[kind], kind).toBeGreaterThanOrEqual(accuracy);
    expect(reached.recallAt3).toBeGreaterThanOrEqual(floor.recallAt3);
    expect(reached.mrr).toBeGreaterThanOrEqual(floor.mrr);
  });

  it('meets the targets of the engine issue', async () => {
    const reached = floorOf(await runEvaluation(await readQuestions(), snapshot, 'hybrid'));
    expect(reached.groups.refusals).toBeGreaterThanOrEqual(0.9);
    expect(reached.groups['cross-lingual']).toBeGreaterThanOrEqual(0.7);
    expect(reached.groups.Chinese).toBeGreaterThanOrEqual(0.9);
  });
});
