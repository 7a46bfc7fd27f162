/**
 * Refuses an HTML page nested too deeply before html-to-text builds its tree. htmlparser2's
 * tree builder slows quadratically with depth (200,000 nested divs took 34 s) and
 * html-to-text walks the tree recursively (it overflows the stack at about 1,750 levels), so
 * depth is measured first by a streaming pass of the same tokenizer, which stops at the bound.
 */
import { Parser } from 'htmlparser2';
import { KnowledgeLoadError } from '../errors.js';

/**
 * The deepest nesting a page may have. Blink's HTML parser stops nesting at 512 levels too;
 * real pages stay under 100, and html-to-text has three times this depth of stack headroom.
 */
export const MAX_HTML_DEPTH = 512;

/** Throws a `KnowledgeLoadError` when elements in `html` nest deeper than `MAX_HTML_DEPTH`. */
export function checkHtmlDepth(html: string, path: string): void {
  let depth = 0;
  // The handlers mirror how htmlparser2 builds its tree: an element opens on `onopentag`
  // (implied ones too) and ends on `onclosetag` (void and implicitly closed ones too).
  const parser = new Parser({
    onopentag() {
      depth += 1;
      if (depth > MAX_HTML_DEPTH) throw tooDeep(path);
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.end(html);
}

function tooDeep(path: string): KnowledgeLoadError {
  return new KnowledgeLoadError(
    path,
    'TOO_DEEP',
    `elements are nested more than ${MAX_HTML_DEPTH} levels deep, which no readable page needs; save the page's text as .txt and reload`,
  );
}
