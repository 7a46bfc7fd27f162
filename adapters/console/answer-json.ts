/** The JSON contract of `npm run ask -- --json` (see ARCHITECTURE.md). */
import type { Answer } from '../../src/adapter-kit.js';

export interface AnswerJson {
  answer: string;
  answered: boolean;
  language: string;
  sources: {
    n: number;
    title: string;
    source: string;
    date: string | null;
    url: string | null;
    path: string;
    text: string;
    score: number;
  }[];
}

export function answerJson(answer: Answer): AnswerJson {
  return {
    answer: answer.text,
    answered: answer.answered,
    language: answer.language,
    sources: answer.sources.map(({ n, title, source, date, url, path, text, score }) => ({
      n,
      title,
      source,
      date,
      url,
      path,
      text,
      score,
    })),
  };
}
