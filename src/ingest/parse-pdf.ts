import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { errorMessage, KnowledgeLoadError } from '../errors.js';
import type { DocumentMetadata, ParsedFile } from './knowledge-document.js';

/** Reads the text of a PDF with pdf.js (eval disabled: a PDF is untrusted input). */
export async function parsePdf(bytes: Uint8Array, path: string): Promise<ParsedFile> {
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
    return { text: pages.join('\n\n'), metadata: await pdfMetadata(pdf) };
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

async function pdfMetadata(pdf: {
  getMetadata(): Promise<{ info: unknown }>;
}): Promise<DocumentMetadata> {
  const { info } = await pdf.getMetadata();
  const fields = (info ?? {}) as Record<string, unknown>;
  const metadata: DocumentMetadata = {};
  if (typeof fields.Title === 'string' && fields.Title.trim() !== '')
    metadata.title = fields.Title.trim();
  const created =
    typeof fields.CreationDate === 'string'
      ? /^D:(\d{4})(\d{2})(\d{2})/.exec(fields.CreationDate)
      : null;
  if (created !== null) metadata.date = `${created[1]}-${created[2]}-${created[3]}`;
  return metadata;
}
