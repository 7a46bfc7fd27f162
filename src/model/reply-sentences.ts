/**
 * A model's reply as sentences with the passages each one cites, and back to text. Citation
 * is checked by the sentence, so a claim the model made up cannot ride along beside a cited
 * one; the reply's layout (lines, paragraphs, list items) survives the round trip.
 */
import { splitSentences } from '../text/split-sentences.js';

export interface ReplySentence {
  /** The sentence as the model wrote it, markers included. */
  text: string;
  /** Passages (0-based) its valid markers name, in order of first mention. */
  cites: number[];
  /** Its line and paragraph in the reply, to keep the layout when sentences are dropped. */
  line: number;
  paragraph: number;
}

/** Citation markers as models write them: [1], [2][3], [1, 2], 【1】. */
const MARKER = /\[(\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)\]|【(\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)】/g;
/** Markers a sentence starts with: they belong to the sentence before ("…企业。[1]"). */
const LEADING_MARKERS =
  /^(?:\s*(?:\[\d{1,2}(?:\s*[,，、]\s*\d{1,2})*\]|【\d{1,2}(?:\s*[,，、]\s*\d{1,2})*】))+/;
/** A list item's number or bullet that the splitter cut off as a sentence of its own ("1."). */
const ENUMERATOR = /^(?:\d{1,2}[.)、]|[（(]\d{1,2}[)）]|[-*•])$/;
const WORDY = /[\p{L}\p{N}]/u;

/** The reply's sentences; `passageCount` passages were given, so markers above it are invalid. */
export function replySentences(reply: string, passageCount: number): ReplySentence[] {
  const sentences: ReplySentence[] = [];
  let paragraph = 0;
  reply.split('\n').forEach((line, lineIndex) => {
    if (line.trim() === '') {
      if (sentences.at(-1)?.paragraph === paragraph) paragraph += 1;
      return;
    }
    for (const piece of withEnumeratorsJoined(splitSentences(line))) {
      const text = moveLeadingMarkers(piece, sentences.at(-1), passageCount);
      if (WORDY.test(text)) sentences.push(sentence(text, lineIndex, paragraph, passageCount));
    }
  });
  return sentences;
}

/** "1." and "Shanghai Pharma [1]" back into one list item. */
function withEnumeratorsJoined(pieces: readonly string[]): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    if (ENUMERATOR.test(piece)) pending += `${piece} `;
    else {
      joined.push(pending + piece);
      pending = '';
    }
  }
  if (pending !== '') joined.push(pending.trim());
  return joined;
}

/** Hands markers that open `piece` to the sentence before it; returns what is left. */
function moveLeadingMarkers(
  piece: string,
  previous: ReplySentence | undefined,
  passageCount: number,
): string {
  const markers = LEADING_MARKERS.exec(piece)?.[0];
  if (markers === undefined || previous === undefined) return piece;
  previous.text += markers.trim();
  previous.cites = citesOf(previous.text, passageCount);
  return piece.slice(markers.length).trim();
}

function sentence(
  text: string,
  line: number,
  paragraph: number,
  passageCount: number,
): ReplySentence {
  return { text, cites: citesOf(text, passageCount), line, paragraph };
}

function citesOf(text: string, passageCount: number): number[] {
  const cites: number[] = [];
  for (const index of markedIndexes(text)) {
    if (index >= 0 && index < passageCount && !cites.includes(index)) cites.push(index);
  }
  return cites;
}

function markedIndexes(text: string): number[] {
  return [...text.matchAll(MARKER)].flatMap((match) =>
    (match[1] ?? match[2] ?? '').split(/[,，、]/).map((number) => Number(number.trim()) - 1),
  );
}

export interface RenderedReply {
  text: string;
  /** Passages (0-based) cited, in the order of their new numbers 1..k. */
  cited: number[];
}

/**
 * The sentences as text, markers renumbered 1..k in order of first mention (invalid ones
 * removed), stopping before the sentence that would take the text past `maxCharacters`.
 */
export function renderSentences(
  sentences: readonly ReplySentence[],
  maxCharacters: number,
): RenderedReply {
  let rendered: RenderedReply = { text: '', cited: [] };
  let previous: ReplySentence | undefined;
  for (const current of sentences) {
    const cited = [...rendered.cited];
    const body = renumbered(current, cited);
    const text =
      previous === undefined
        ? body
        : rendered.text + separator(previous, current, rendered.text, body) + body;
    if (text.length > maxCharacters) break;
    rendered = { text, cited };
    previous = current;
  }
  return rendered;
}

/** The sentence with its valid markers renumbered (adding new passages to `cited`). */
function renumbered(sentence: ReplySentence, cited: number[]): string {
  const replaced = sentence.text.replace(MARKER, (marker) =>
    markedIndexes(marker)
      .filter((index) => sentence.cites.includes(index))
      .map((index) => {
        if (!cited.includes(index)) cited.push(index);
        return `[${cited.indexOf(index) + 1}]`;
      })
      .join(''),
  );
  return replaced
    .replace(/[ \t]+([.,;:!?。，；：！？])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

function separator(
  previous: ReplySentence,
  current: ReplySentence,
  before: string,
  body: string,
): string {
  if (previous.paragraph !== current.paragraph) return '\n\n';
  if (previous.line !== current.line) return '\n';
  // Nothing follows Chinese punctuation, or joins Chinese to Chinese, as Chinese is written.
  const ending = before.replace(/(?:\[\d+\])+$/, '');
  if (/[。！？；：，」』）]$/u.test(ending)) return '';
  return /\p{Script=Han}$/u.test(ending) && /^\p{Script=Han}/u.test(body) ? '' : ' ';
}
