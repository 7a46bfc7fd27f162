/**
 * Separates a Markdown file's front matter from its body, without interpreting either.
 *
 * Our own code rather than gray-matter: gray-matter picks a parser from whatever follows the
 * opening `---` and its default for `---js` / `---javascript` evaluates the block as
 * JavaScript, so a knowledge file could run code inside the bot. The split is a few lines;
 * the only parser we hand the block to is YAML (see parse-front-matter-yaml.ts).
 */
import { KnowledgeLoadError } from '../errors.js';

/** The front matter's text (`null` when the file has none) and the Markdown after it. */
export interface FrontMatterSplit {
  frontMatter: string | null;
  body: string;
}

/** A first line of `---`, optionally after a BOM, with whatever follows the dashes. */
const OPENING_LINE = /^\uFEFF?---([^\n]*)(?:\n|$)/;
/** A line of `---` or `...` ends the front matter, as in YAML and gray-matter. */
const CLOSING_LINE = /^(?:---|\.\.\.)[ \t]*\r?$/m;
/** What may follow the opening dashes: nothing, or the name of YAML itself. */
const YAML_MARKERS = new Set(['', 'yaml', 'yml']);

/**
 * Splits `source` into front matter and body. An opening line naming any language but
 * YAML (`---js`, `---toml`) and front matter that is never closed are refused.
 */
export function splitFrontMatter(source: string, path: string): FrontMatterSplit {
  const opening = OPENING_LINE.exec(source);
  const marker = opening?.[1]?.replace(/\r$/, '');
  // `----…` opens no front matter: it is a Markdown rule, as gray-matter also read it.
  if (opening === null || marker === undefined || marker.startsWith('-'))
    return { frontMatter: null, body: source };
  if (!YAML_MARKERS.has(marker.trim().toLowerCase())) throw notYaml(path, marker);
  const rest = source.slice(opening[0].length);
  const closing = CLOSING_LINE.exec(rest);
  if (closing === null) throw unclosed(path);
  const body = rest.slice(closing.index + closing[0].length);
  return { frontMatter: rest.slice(0, closing.index), body: body.replace(/^\n/, '') };
}

function notYaml(path: string, marker: string): KnowledgeLoadError {
  const shown = `---${marker.trimEnd()}`.slice(0, 40);
  return new KnowledgeLoadError(
    path,
    'INVALID_METADATA',
    `front matter opened with '${shown}' is not read: only YAML front matter is read; open it with a line of just '---' and write the fields as YAML (see knowledge/README.md)`,
  );
}

function unclosed(path: string): KnowledgeLoadError {
  return new KnowledgeLoadError(
    path,
    'INVALID_METADATA',
    "front matter opened with '---' on the first line is never closed; end it with a line of just '---'",
  );
}
