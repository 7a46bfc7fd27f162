/**
 * Glosses for a quote in the other language: the glossary names it holds, each with its
 * name in the asker's language (郭剑烽 = Guo Jianfeng), so that a reader of one language can
 * follow a quote in the other.
 */
import type { GlossaryEntry } from '../lexicon/glossary.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { hasHan } from '../text/analyzer.js';
import type { Language } from '../text/detect-language.js';

const MAX_GLOSSES = 4;
const GLOSSED_KINDS = new Set<GlossaryEntry['kind']>([
  'person',
  'company',
  'place',
  'park',
  'organization',
  'event',
]);

/** "郭剑烽 = Guo Jianfeng" pairs for the names in `quote`, in order of appearance. */
export function glossNames(quote: string, asker: Language, lexicon: Lexicon): string[] {
  const glosses: string[] = [];
  for (const match of lexicon.findGlossaryNames(quote)) {
    if (!GLOSSED_KINDS.has(match.entry.kind)) continue;
    const from = nameIn(match.entry, asker === 'zh' ? 'en' : 'zh');
    const to = nameIn(match.entry, asker);
    const gloss = from && to ? `${from} = ${to}` : null;
    if (gloss !== null && !glosses.includes(gloss)) glosses.push(gloss);
  }
  return glosses.slice(0, MAX_GLOSSES);
}

function nameIn(entry: GlossaryEntry, language: Language): string | undefined {
  return entry.names.find((name) => hasHan(name) === (language === 'zh'));
}
