/**
 * Supporting sentences with their markers. Sentences in the other language are quoted as
 * written, under one "a Chinese-language report says" per run, followed by glosses of the
 * names and figures they hold in the asker's language (郭剑烽 = Guo Jianfeng, 18亿元 = 1.8
 * billion yuan); a sentence in the asker's language glosses a name the question wrote
 * differently (Soling IVD = DiaSorin).
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Query } from '../retrieval/build-query.js';
import { matchingKey } from '../text/analyzer.js';
import { measureMentions } from '../text/measures.js';
import { namesYear } from '../text/years.js';
import type { Citations } from './citations.js';
import type { Evidence } from './gather-evidence.js';
import { aliasGlosses, glossNames } from './gloss-names.js';
import { aside, messagesFor } from './messages.js';
import { renderQuantity } from './render-quantity.js';

const MAX_FIGURE_GLOSSES = 3;

/** The sentences, rendered for the asker, in order. */
export function renderSentences(
  sentences: readonly Evidence[],
  query: Query,
  citations: Citations,
  lexicon: Lexicon,
): string {
  const messages = messagesFor(query.language);
  const glossed = new Set<string>();
  const rendered: string[] = [];
  let quotes: string[] = [];
  const flushQuotes = () => {
    if (quotes.length === 0) return;
    const text = quotes.join(' ');
    const glosses = [
      ...newGlosses(glossNames(text, query.language, lexicon), query, glossed),
      ...newGlosses(figureGlosses(text, query.language), query, glossed),
    ];
    const note = aside(glosses, query.language, '; ', '；');
    const space = query.language === 'zh' ? '' : ' ';
    rendered.push(`${messages.otherLanguageIntro}${space}${text}${note}`);
    quotes = [];
  };
  for (const item of sentences) {
    const marker = citations.marker(item.passage);
    if (item.language === query.language) {
      flushQuotes();
      const glosses = newGlosses(aliasGlosses(item.sentence, query.text, lexicon), null, glossed);
      rendered.push(`${item.sentence} ${marker}${aside(glosses, query.language, '; ', '；')}`);
    } else {
      quotes.push(`${messages.quote(item.sentence)} ${marker}`);
    }
  }
  flushQuotes();
  const date = sentences[0]?.passage.chunk.metadata.date;
  if (query.kind === 'when' && date && !sentences.some((item) => namesYear(item.sentence)))
    rendered.push(messages.reportDated(date));
  return rendered.join(query.language === 'zh' ? '' : ' ');
}

/** "18亿元 = 1.8 billion yuan" for the figures of a quote, in the asker's language. */
function figureGlosses(quote: string, language: Query['language']): string[] {
  return measureMentions(quote)
    .slice(0, MAX_FIGURE_GLOSSES)
    .map(({ start, end, value, unit }) => {
      const written = quote.slice(start, end).trim();
      const said = renderQuantity(value, unit, null, language);
      return matchingKey(written) === matchingKey(said) ? '' : `${written} = ${said}`;
    })
    .filter(Boolean);
}

/** Glosses not yet given and, when a query is given, whose rendering the question does not already use. */
function newGlosses(
  glosses: readonly string[],
  query: Query | null,
  glossed: Set<string>,
): string[] {
  const asked = query === null ? null : matchingKey(query.text);
  return glosses.filter((gloss) => {
    const target = matchingKey(gloss.split(' = ')[1] ?? '');
    if (glossed.has(gloss) || (asked !== null && target !== '' && asked.includes(target)))
      return false;
    glossed.add(gloss);
    return true;
  });
}
