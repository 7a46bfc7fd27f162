/**
 * Glosses of the names in a sentence: for a quote in the other language, each glossary name
 * with its name in the asker's language (郭剑烽 = Guo Jianfeng); for any sentence, a name the
 * question asked under another alias (Soling IVD = DiaSorin), so that the reader sees why the
 * sentence answers.
 */
import type { GlossaryEntry } from '../lexicon/glossary.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { hasHan, matchingKey } from '../text/analyzer.js';
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

/** "Soling IVD = DiaSorin" for each name the question used that the sentence writes otherwise. */
export function aliasGlosses(sentence: string, question: string, lexicon: Lexicon): string[] {
  const asked = new Map(
    lexicon.findGlossaryNames(question).map((match) => [match.entry, nameAt(question, match)]),
  );
  const glosses: string[] = [];
  for (const match of lexicon.findGlossaryNames(sentence)) {
    const askedName = asked.get(match.entry);
    const written = nameAt(sentence, match);
    const gloss = `${written} = ${askedName}`;
    if (askedName !== undefined && !sameName(written, askedName) && !glosses.includes(gloss))
      glosses.push(gloss);
  }
  return glosses.slice(0, MAX_GLOSSES);
}

/** Names the reader sees as one: equal, or one inside the other (Baoshan, Baoshan District). */
function sameName(a: string, b: string): boolean {
  const [left, right] = [matchingKey(a), matchingKey(b)];
  return left.includes(right) || right.includes(left);
}

/** The glossary's spelling of the name a match found (matches are found case-insensitively). */
function nameAt(text: string, match: { entry: GlossaryEntry; start: number; end: number }): string {
  const found = matchingKey(text).slice(match.start, match.end);
  return match.entry.names.find((name) => matchingKey(name) === found) ?? found;
}
