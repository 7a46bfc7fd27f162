/** Where the evaluation floor is kept, and how its entries are named. */
import path from 'node:path';
import type { Split } from './eval-corpora.js';

export const FLOOR_FILE = path.resolve(import.meta.dirname, 'floor.json');

/** The key of a corpus and split in floor.json: "project", "realistic/dev", "realistic/test". */
export function floorKey(corpus: string, split: Split): string {
  return corpus === 'project' ? corpus : `${corpus}/${split}`;
}
