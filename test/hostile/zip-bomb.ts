/**
 * Hostile .docx files for tests: real zip archives written byte by byte, because a zip bomb
 * needs what JSZip will not make: an entry deflated from hundreds of megabytes without
 * holding them in memory, and headers that lie about the entry's size.
 */
import { once } from 'node:events';
import zlib from 'node:zlib';

const MEGABYTE = 1024 * 1024;

/** One stored entry: its name, its deflated bytes, and what its headers declare. */
interface ZipEntry {
  name: string;
  compressed: Buffer;
  crc: number;
  uncompressedSize: number;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A .docx whose word/document.xml inflates to `megabytes` MB of zeros. The zeros are
 * deflated a megabyte at a time, so making it costs the test no memory to speak of.
 * With `declaredBytes`, the entry's headers claim that size instead of the true one.
 */
export async function makeDocxBomb(megabytes: number, declaredBytes?: number): Promise<Uint8Array> {
  const bomb = await deflatedZeros(megabytes * MEGABYTE);
  if (declaredBytes !== undefined) bomb.uncompressedSize = declaredBytes;
  return zipArchive([
    smallEntry('[Content_Types].xml', CONTENT_TYPES),
    smallEntry('_rels/.rels', RELATIONSHIPS),
    bomb,
  ]);
}

function smallEntry(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text);
  return {
    name,
    compressed: zlib.deflateRawSync(bytes),
    crc: zlib.crc32(bytes),
    uncompressedSize: bytes.length,
  };
}

async function deflatedZeros(size: number): Promise<ZipEntry> {
  const chunk = Buffer.alloc(MEGABYTE);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflate.on('data', (piece: Buffer) => output.push(piece));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = zlib.crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return {
    name: 'word/document.xml',
    compressed: Buffer.concat(output),
    crc,
    uncompressedSize: size,
  };
}

/** A zip archive (deflate, no ZIP64) of the entries, in the layout of APPNOTE 4.3.6. */
function zipArchive(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = Buffer.concat([localHeader(entry), entry.compressed]);
    centrals.push(centralHeader(entry, offset));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([
    ...locals,
    central,
    endOfCentralDirectory(entries.length, central, offset),
  ]);
}

function localHeader(entry: ZipEntry): Buffer {
  const name = Buffer.from(entry.name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed to extract
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(entry.crc >>> 0, 14);
  header.writeUInt32LE(entry.compressed.length, 18);
  header.writeUInt32LE(entry.uncompressedSize, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(entry: ZipEntry, offset: number): Buffer {
  const name = Buffer.from(entry.name);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4); // version made by
  header.writeUInt16LE(20, 6); // version needed to extract
  header.writeUInt16LE(8, 10); // deflate
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.compressed.length, 20);
  header.writeUInt32LE(entry.uncompressedSize, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

function endOfCentralDirectory(count: number, central: Buffer, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(central.length, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}
