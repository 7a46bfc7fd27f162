import { describe, expect, it } from 'vitest';
import { KnowledgeLoadError } from '../../src/errors.js';
import { ARCHIVE_LIMITS, checkArchiveSize } from '../../src/ingest/check-archive-size.js';
import { makeDocx } from '../support/document-fixtures.js';

const MEGABYTE = 1024 * 1024;

async function failureOf(check: Promise<void>): Promise<KnowledgeLoadError | null> {
  return check.then(
    () => null,
    (error: unknown) => (error instanceof KnowledgeLoadError ? error : null),
  );
}

/** A .docx of about two megabytes of text, stored without compression. */
function twoMegabyteDocx(): Promise<Uint8Array> {
  return makeDocx(Array.from({ length: 2048 }, (_, i) => `Paragraph ${i}: ${'x'.repeat(1000)}`));
}

describe('bounding what a .docx may inflate to', () => {
  it('lets an ordinary Word document through', async () => {
    const docx = await makeDocx(['Expert advisory committee', 'More than ten academicians.']);
    await expect(checkArchiveSize(docx, 'committee.docx')).resolves.toBeUndefined();
  });

  it('refuses an archive whose contents pass the uncompressed size bound, naming it', async () => {
    const limits = { ...ARCHIVE_LIMITS, maxInflatedBytes: MEGABYTE };
    const failure = await failureOf(checkArchiveSize(await twoMegabyteDocx(), 'big.docx', limits));
    expect(failure?.reason).toBe('TOO_LARGE');
    expect(failure?.message).toMatch(/would inflate to 2\.\d MB, over the 1\.0 MB limit/);
  });

  it('refuses an archive of more entries than the bound', async () => {
    const limits = { ...ARCHIVE_LIMITS, maxEntries: 2 };
    const docx = await makeDocx(['One paragraph of text for the document.']);
    const failure = await failureOf(checkArchiveSize(docx, 'many.docx', limits));
    expect(failure?.reason).toBe('TOO_LARGE');
    expect(failure?.message).toMatch(/holds 5 zip entries, over the limit of 2/);
  });

  it('refuses bytes that are not a zip archive as corrupt', async () => {
    const bytes = new TextEncoder().encode('this is a text file named .docx');
    const failure = await failureOf(checkArchiveSize(bytes, 'fake.docx'));
    expect(failure?.reason).toBe('CORRUPT');
    expect(failure?.message).toMatch(/not a readable \.docx file/);
  });
});
