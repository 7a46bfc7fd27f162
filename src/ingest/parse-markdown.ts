import matter from 'gray-matter';
import { errorMessage, KnowledgeLoadError } from '../errors.js';
import { decodeText } from './decode-text.js';
import { parseFrontMatter } from './front-matter.js';
import type { ParsedFile } from './knowledge-document.js';

/** Reads Markdown: YAML front matter for metadata, the body as text with light markup removed. */
export function parseMarkdown(bytes: Uint8Array, path: string): ParsedFile {
  const source = decodeText(bytes, path);
  let file: matter.GrayMatterFile<string>;
  try {
    // An empty options object turns off gray-matter's cache, which keys on the text alone.
    file = matter(source, {});
  } catch (error) {
    throw new KnowledgeLoadError(
      path,
      'INVALID_METADATA',
      `front matter is not valid YAML: ${errorMessage(error)}`,
    );
  }
  const metadata = parseFrontMatter(file.data, path);
  return {
    text: stripMarkup(file.content),
    metadata: { ...metadata, title: metadata.title ?? firstHeading(file.content) },
  };
}

function firstHeading(markdown: string): string | undefined {
  return /^#{1,3}\s+(.+)$/m.exec(markdown)?.[1]?.trim();
}

/** Removes the Markdown syntax a reader does not see; unpaired marks (a lone "*") stay. */
function stripMarkup(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|\s)([*_])(\S(?:.*?\S)?)\2(?=\s|[.,;:!?]|$)/gm, '$1$3')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/`([^`]+)`/g, '$1');
}
