import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { errorMessage, KnowledgeLoadError } from '../errors.js';
import { isCalendarDate } from './calendar-date.js';
import type { ParsedFile } from './knowledge-document.js';

/**
 * Reads the text of a PDF with pdf.js (eval disabled: a PDF is untrusted input). pdf.js is
 * loaded on the first PDF only: it takes most of a second to load, which every process and
 * build worker would otherwise pay, PDFs or not.
 */
export async function parsePdf(bytes: Uint8Array, path: string): Promise<ParsedFile> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      pages.push(await pageText(await pdf.getPage(number)));
    }
    return { text: pages.join('\n\n'), ...(await pdfMetadata(pdf)) };
  } catch (error) {
    throw new KnowledgeLoadError(path, 'CORRUPT', `not a readable PDF: ${errorMessage(error)}`, {
      cause: error,
    });
  } finally {
    await task.destroy();
  }
}

async function pageText(page: {
  getTextContent(): Promise<{ items: unknown[] }>;
}): Promise<string> {
  const content = await page.getTextContent();
  return content.items
    .filter((item): item is TextItem => typeof item === 'object' && item !== null && 'str' in item)
    .map((item) => item.str + (item.hasEOL ? '\n' : ''))
    .join('');
}

/**
 * The PDF's Title, and its creation date as a date of the file only: a PDF is created when it
 * is printed or exported, often long after the document was published.
 */
async function pdfMetadata(pdf: {
  getMetadata(): Promise<{ info: unknown }>;
}): Promise<Omit<ParsedFile, 'text'>> {
  const { info } = await pdf.getMetadata();
  const fields = (info ?? {}) as Record<string, unknown>;
  const title = typeof fields.Title === 'string' ? fields.Title.trim() : '';
  const created = creationDate(fields.CreationDate);
  return {
    metadata: title === '' ? {} : { title },
    ...(created === null ? {} : { fileDate: created }),
  };
}

/** `D:20250630…` as `2025-06-30`, or `null` when absent or not a calendar date. */
function creationDate(value: unknown): string | null {
  const parts = typeof value === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  const date = parts === null ? null : `${parts[1]}-${parts[2]}-${parts[3]}`;
  return date !== null && isCalendarDate(date) ? date : null;
}
