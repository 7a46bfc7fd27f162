/**
 * Embeddings cached by the sha256 of the text they embed, per embedder, under
 * DATA_DIR/embedding-cache/. A reload re-embeds only passages whose text changed, and
 * vectors a paid model produced are kept across reloads (up to a bound).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../snapshot/write-file-atomically.js';

const MAGIC = 0x43424d45; // "EMBC"
const KEY_BYTES = 16;
/** Vectors kept at most; those of the latest build come first. */
export const MAX_CACHED_VECTORS = 300_000;

export class EmbeddingCache {
  private readonly used = new Map<string, Float32Array>();
  reused = 0;
  computed = 0;

  private constructor(
    private readonly file: string,
    private readonly dimension: number | null,
    private readonly stored: Map<string, Float32Array>,
  ) {}

  /** Opens the cache of one embedder; a missing or damaged file is an empty cache. */
  static async open(dataDir: string, embedderId: string): Promise<EmbeddingCache> {
    const file = path.join(
      dataDir,
      'embedding-cache',
      `${embedderId.replace(/[^\w.-]+/g, '_')}.bin`,
    );
    const bytes = await fs.readFile(file).catch(() => null);
    const { dimension, vectors } =
      bytes === null ? { dimension: null, vectors: new Map() } : decode(bytes);
    return new EmbeddingCache(file, dimension, vectors);
  }

  /** The cached vector of a text, counted as reused. */
  get(text: string): Float32Array | undefined {
    const key = keyOf(text);
    const vector = this.stored.get(key);
    if (vector !== undefined) {
      this.used.set(key, vector);
      this.reused += 1;
    }
    return vector;
  }

  /** Records a vector computed for a text. */
  set(text: string, vector: Float32Array): void {
    this.used.set(keyOf(text), vector);
    this.computed += 1;
  }

  /** Writes the vectors of this build, then older ones, up to the bound. */
  async save(): Promise<void> {
    const first = this.used.values().next().value;
    const dimension = first?.length ?? this.dimension;
    if (dimension === null || dimension === undefined) return;
    const entries = new Map(this.used);
    for (const [key, vector] of this.stored) {
      if (entries.size >= MAX_CACHED_VECTORS) break;
      if (vector.length === dimension && !entries.has(key)) entries.set(key, vector);
    }
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomically(this.file, encode(entries, dimension));
  }
}

function keyOf(text: string): string {
  return createHash('sha256')
    .update(text)
    .digest('hex')
    .slice(0, KEY_BYTES * 2);
}

function encode(entries: Map<string, Float32Array>, dimension: number): Buffer {
  const recordBytes = KEY_BYTES + dimension * 4;
  const buffer = Buffer.alloc(8 + entries.size * recordBytes);
  buffer.writeUInt32LE(MAGIC, 0);
  buffer.writeUInt32LE(dimension, 4);
  let offset = 8;
  for (const [key, vector] of entries) {
    buffer.write(key, offset, 'hex');
    Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(
      buffer,
      offset + KEY_BYTES,
    );
    offset += recordBytes;
  }
  return buffer;
}

function decode(bytes: Buffer): { dimension: number | null; vectors: Map<string, Float32Array> } {
  const vectors = new Map<string, Float32Array>();
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return { dimension: null, vectors };
  const dimension = bytes.readUInt32LE(4);
  const recordBytes = KEY_BYTES + dimension * 4;
  if (dimension === 0 || (bytes.length - 8) % recordBytes !== 0)
    return { dimension: null, vectors };
  for (let offset = 8; offset < bytes.length; offset += recordBytes) {
    const key = bytes.toString('hex', offset, offset + KEY_BYTES);
    const vector = new Float32Array(dimension);
    Buffer.from(vector.buffer).set(bytes.subarray(offset + KEY_BYTES, offset + recordBytes));
    vectors.set(key, vector);
  }
  return { dimension, vectors };
}
