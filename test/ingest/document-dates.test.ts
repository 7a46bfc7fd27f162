/**
 * Where a document's date comes from, and dates the calendar does not have: real files in a
 * temp folder, read as a reload reads them.
 */
import { describe, expect, it } from 'vitest';
import { makePdf } from '../support/document-fixtures.js';
import { knowledgeFolderPerTest } from '../support/knowledge-folder-per-test.js';

const TEXT = 'Baoshan released more than thirty measures to support biomedical companies.';
/** When the PDF was printed: long after the policy was published. */
const PRINTED = new Date('2026-12-01T08:00:00Z');

const { read, failureOf } = knowledgeFolderPerTest('kb-dates-');

describe('a date the calendar does not have fails its file, naming the field and the fix', () => {
  it.each([
    ['front matter', '2025-02-30', 'February 2025 has 28 days'],
    ['front matter', '2025-13-45', 'there is no month 13'],
    ['front matter', '2024-04-31', 'April 2024 has 30 days'],
    ['sidecar report.md.meta.yaml:', '2025-02-30', 'February 2025 has 28 days'],
    ['sidecar report.md.meta.yaml:', '2025-13-45', 'there is no month 13'],
  ])('%s date %s', async (where, date, reason) => {
    const files: Record<string, string> =
      where === 'front matter'
        ? { 'report.md': `---\ntitle: Measures\ndate: ${date}\n---\n\n${TEXT}\n` }
        : { 'report.md': `${TEXT}\n`, 'report.md.meta.yaml': `date: ${date}\n` };
    const failure = await failureOf(files, 'report.md');
    expect(failure?.reason).toBe('INVALID_METADATA');
    expect(failure?.message).toBe(
      `${where} field 'date' is ${date}, which is not a calendar date (${reason}); write the real date as YYYY-MM-DD; see knowledge/README.md`,
    );
  });

  it.each([
    ['a year', '2024', '2024'],
    ['a quoted month', '"2024-02"', '2024-02'],
    ['a leap day', '2024-02-29', '2024-02-29'],
  ])('accepts %s', async (_, written, date) => {
    const document = await read(
      { 'report.md': `---\ndate: ${written}\n---\n\n${TEXT}\n` },
      'report.md',
    );
    expect(document).toMatchObject({ date, dateSource: 'document' });
  });
});

describe("a PDF's creation date is a guess, used only when nothing else gives a date", () => {
  it.each([
    ['nothing else', 'policies/measures.pdf', {}, '2026-12-01', 'file'],
    ['a date in the path', 'policies/2025-06-30 measures.pdf', {}, '2025-06-30', 'path'],
    [
      'a sidecar',
      'policies/measures.pdf',
      { 'policies/measures.pdf.meta.yaml': 'date: 2025-06-30\n' },
      '2025-06-30',
      'sidecar',
    ],
  ])('with %s', async (_, name, sidecar: Record<string, string>, date, dateSource) => {
    const pdf = await makePdf([TEXT], 'Support measures', PRINTED);
    const document = await read({ [name]: pdf, ...sidecar }, name);
    expect(document).toMatchObject({ date, dateSource });
  });
});

describe('dates the file itself gives that the calendar does not have are left out', () => {
  it('leaves out a page publication date of 30 February', async () => {
    const html = `<html><head><title>Measures</title><meta property="article:published_time" content="2025-02-30T09:00:00+08:00"></head><body><p>${TEXT}</p></body></html>`;
    const document = await read({ 'web/measures.html': html }, 'web/measures.html');
    expect(document).toMatchObject({ date: null, dateSource: null });
  });

  it('keeps a page publication date the calendar has, as the document’s own', async () => {
    const html = `<html><head><title>Measures</title><meta property="article:published_time" content="2025-02-28T09:00:00+08:00"></head><body><p>${TEXT}</p></body></html>`;
    const document = await read({ 'web/measures.html': html }, 'web/measures.html');
    expect(document).toMatchObject({ date: '2025-02-28', dateSource: 'document' });
  });

  it('leaves out a date of 30 February in a file name', async () => {
    const document = await read({ 'news/2025-02-30 brief.txt': TEXT }, 'news/2025-02-30 brief.txt');
    expect(document).toMatchObject({ date: null, dateSource: null });
  });
});
