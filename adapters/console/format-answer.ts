/** Plain-text rendering of an answer for a terminal: the reply, then its numbered sources. */
import type { Answer, Source } from '../../src/adapter-kit.js';

const HEADINGS = {
  en: { sources: 'Sources:', nearest: 'Nearest documents:' },
  zh: { sources: '来源：', nearest: '最接近的文档：' },
} as const;

export function formatAnswer(answer: Answer): string {
  if (answer.sources.length === 0) return answer.text;
  const headings = HEADINGS[answer.language];
  const heading = answer.kind === 'answer' ? headings.sources : headings.nearest;
  return [answer.text, '', heading, ...answer.sources.map(formatSource)].join('\n');
}

function formatSource(source: Source): string {
  const details = [source.source, source.date]
    .filter((part) => part !== null && part !== '')
    .join(', ');
  const line = `  [${source.n}] ${source.title}${details === '' ? '' : ` — ${details}`} (${source.path})`;
  return source.url === null ? line : `${line}\n      ${source.url}`;
}
