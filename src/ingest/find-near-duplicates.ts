/**
 * Reposts and near-duplicates: the same article saved from two sites (with different menus,
 * a dropped paragraph, an ad), or a document added twice. They are found at reload by the
 * character shingles their texts share: MinHash signatures and locality-sensitive banding
 * pick candidate pairs without comparing every pair, and the shingle sets of each candidate
 * pair decide. Our own code: the npm MinHash packages are unmaintained, and this is short.
 */
import { matchingKey } from '../text/analyzer.js';

/** What a near-duplicate finder needs to know of a document. */
export interface DuplicateCandidate {
  id: string;
  text: string;
  date: string | null;
}

/** A document that repeats another: `id` repeats `of` (the earlier, or the fuller, one). */
export interface NearDuplicate {
  id: string;
  of: string;
  /** Share of the shorter text's shingles that the other holds (0–1). */
  containment: number;
}

const SHINGLE = 5;
const BANDS = 16;
const ROWS = 4;
/**
 * The shorter text shares at least this share of its shingles with the longer one. Reposts
 * with their own menus, ads and a dropped paragraph share 77-86% in the evaluation corpus;
 * independent reports of one event (one press release rewritten) share at most about 55%.
 */
export const DUPLICATE_CONTAINMENT = 0.7;
/** Texts shorter than this many shingles are too short to call copies. */
const MIN_SHINGLES = 40;
/** Up to this many documents, every pair is compared: exact, and still fast. */
const ALL_PAIRS_UP_TO = 400;

/** The near-duplicate pairs among `documents`, each duplicate pointing at its original. */
export function findNearDuplicates(documents: readonly DuplicateCandidate[]): NearDuplicate[] {
  const shingles = documents.map((document) => shingleSet(document.text));
  const pairs =
    documents.length <= ALL_PAIRS_UP_TO
      ? allPairs(documents.length)
      : candidatePairs(shingles.map(minHash));
  const found: NearDuplicate[] = [];
  const originals = new Map<string, string>();
  for (const [a, b] of pairs) {
    const containment = containmentOf(shingles[a] as Set<number>, shingles[b] as Set<number>);
    if (containment < DUPLICATE_CONTAINMENT) continue;
    const [original, copy] = originalFirst(documents[a], documents[b]);
    if (original === undefined || copy === undefined || originals.has(copy.id)) continue;
    originals.set(copy.id, originals.get(original.id) ?? original.id);
    found.push({
      id: copy.id,
      of: originals.get(copy.id) as string,
      containment: round(containment),
    });
  }
  return found;
}

/** The normalized text a shingle is taken from: folded, lower case, letters and digits only. */
export function duplicateKey(text: string): string {
  return matchingKey(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function shingleSet(text: string): Set<number> {
  const key = duplicateKey(text);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= key.length; i += 1) set.add(hash(key.slice(i, i + SHINGLE), 0));
  return set;
}

/** Share of the smaller set that the larger holds. */
function containmentOf(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHINGLES) return 0;
  let shared = 0;
  for (const value of small) if (large.has(value)) shared += 1;
  return shared / small.size;
}

/** The earlier document is the original; of two of the same date, the longer one. */
function originalFirst(
  a: DuplicateCandidate | undefined,
  b: DuplicateCandidate | undefined,
): [DuplicateCandidate | undefined, DuplicateCandidate | undefined] {
  if (a === undefined || b === undefined) return [a, b];
  const [dateA, dateB] = [a.date ?? '9999', b.date ?? '9999'];
  if (dateA !== dateB) return dateA < dateB ? [a, b] : [b, a];
  return a.text.length >= b.text.length ? [a, b] : [b, a];
}

function allPairs(count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < count; a += 1) for (let b = a + 1; b < count; b += 1) pairs.push([a, b]);
  return pairs;
}

/** MinHash signature: per hash function, the least hash of any shingle. */
function minHash(set: Set<number>): Uint32Array {
  const signature = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const value of set) {
    for (let i = 0; i < signature.length; i += 1) {
      const hashed = mix(value, i);
      if (hashed < (signature[i] as number)) signature[i] = hashed;
    }
  }
  return signature;
}

/**
 * Pairs whose signatures agree on every row of at least one band: containment is not
 * Jaccard, so a copy with a dropped paragraph may miss every band; pairs that share a
 * band's rows are most of them, and each band keeps the pairs it finds.
 */
function candidatePairs(signatures: readonly Uint32Array[]): [number, number][] {
  const pairs = new Map<string, [number, number]>();
  for (let band = 0; band < BANDS; band += 1) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      const key = signature.subarray(band * ROWS, (band + 1) * ROWS).join(',');
      const bucket = buckets.get(key) ?? [];
      bucket.push(index);
      buckets.set(key, bucket);
    });
    for (const bucket of buckets.values())
      for (let i = 0; i < bucket.length; i += 1)
        for (let j = i + 1; j < bucket.length; j += 1)
          pairs.set(`${bucket[i]},${bucket[j]}`, [bucket[i] as number, bucket[j] as number]);
  }
  return [...pairs.values()];
}

/** FNV-1a of a string, seeded. */
function hash(text: string, seed: number): number {
  let value = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** The i-th hash function of a shingle's hash (a murmur3 finalizer over a seeded value). */
function mix(value: number, i: number): number {
  let x = (value ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
