import { decodeText } from './decode-text.js';
import { parseFrontMatter } from './front-matter.js';
import type { ParsedFile } from './knowledge-document.js';
import { parseFrontMatterYaml } from './parse-front-matter-yaml.js';
import { splitFrontMatter } from './split-front-matter.js';

/** Reads Markdown: YAML front matter for metadata, the body as text with light markup removed. */
export function parseMarkdown(bytes: Uint8Array, path: string): ParsedFile {
  const { frontMatter, body } = splitFrontMatter(decodeText(bytes, path), path);
  const data = frontMatter === null ? {} : parseFrontMatterYaml(frontMatter, path);
  const metadata = parseFrontMatter(data, path);
  return {
    text: stripMarkup(body),
    metadata: { ...metadata, title: metadata.title ?? firstHeading(body) },
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
