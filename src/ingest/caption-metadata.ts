/**
 * Metadata an admin writes in the caption of a document sent through the chat (or in the
 * message it comes with): `key: value` lines, with English or Chinese keys and a colon of
 * either width ("date: 2025-06-30", "日期：2025年6月30日"). The fields are those of a
 * `<file>.meta.yaml` sidecar, checked by the same schema, so that a caption means exactly
 * what the sidecar written from it will. Lines that are not `key: value` are a note to the
 * chat and are left out.
 */
import { z } from 'zod';
import { UploadRefusedError } from '../errors.js';
import type { DocumentMetadata } from './knowledge-document.js';
import { describeFieldIssues, dropUndefined, METADATA_FIELDS } from './metadata-fields.js';

/** The metadata a caption may set: what a sidecar holds. */
export type CaptionMetadata = Pick<
  DocumentMetadata,
  'title' | 'publisher' | 'date' | 'language' | 'url'
>;

type Field = keyof CaptionMetadata;

/** The words of either language for each field. */
const FIELD_WORDS: Record<Field, readonly string[]> = {
  title: ['title', '标题', '题目', '名称'],
  date: ['date', '日期', '发布日期', '时间'],
  publisher: ['publisher', 'source', '发布者', '来源', '发布单位', '发布机构'],
  language: ['language', 'lang', '语言'],
  url: ['url', 'link', '链接', '网址'],
};

const FIELD_OF = new Map(
  (Object.entries(FIELD_WORDS) as [Field, readonly string[]][]).flatMap(([field, words]) =>
    words.map((word): [string, Field] => [word, field]),
  ),
);

/** How languages are named in a caption. */
const LANGUAGE_WORDS: Record<string, string> = {
  english: 'en',
  英文: 'en',
  英语: 'en',
  chinese: 'zh',
  中文: 'zh',
  汉语: 'zh',
  简体中文: 'zh',
};

/** A key of up to 20 letters, a colon of either width, and the value. */
const KEY_VALUE = /^\s*([\p{L}_-]{1,20})\s*[:：]\s*(.*?)\s*$/u;
/** "2025年6月30日", "2025/6/30", "2025.6.30" and their month-only forms. */
const WRITTEN_DATE =
  /^(\d{4})\s*(?:年|[/.])\s*(\d{1,2})\s*(?:月|[/.])?\s*(?:(\d{1,2})\s*[日号]?)?$/;

const captionSchema = z.strictObject(METADATA_FIELDS);

/** The metadata of a caption; throws UploadRefusedError naming the field that is wrong. */
export function parseCaptionMetadata(caption: string | undefined): CaptionMetadata {
  const fields: Record<string, string> = {};
  for (const line of (caption ?? '').split(/\r?\n/)) {
    const match = KEY_VALUE.exec(line);
    if (match === null) continue;
    const key = (match[1] ?? '').toLowerCase();
    const field = FIELD_OF.get(key);
    fields[field ?? key] =
      field === undefined ? (match[2] ?? '') : fieldValue(field, match[2] ?? '');
  }
  const parsed = captionSchema.safeParse(fields);
  if (parsed.success) return dropUndefined(parsed.data);
  throw new UploadRefusedError(
    'INVALID_CAPTION',
    `the caption's ${describeFieldIssues(parsed.error)}; write one field per line, such as "date: 2025-06-30" or "日期：2025-06-30" (fields: ${Object.values(FIELD_WORDS).flat().join(', ')})`,
  );
}

function fieldValue(field: Field, value: string): string {
  if (field === 'date') return writtenDate(value);
  if (field === 'language') return LANGUAGE_WORDS[value.toLowerCase()] ?? value.toLowerCase();
  return value;
}

/** A date as a YYYY-MM-DD string; a form the schema does not know is left for it to name. */
function writtenDate(value: string): string {
  const match = WRITTEN_DATE.exec(value);
  if (match === null) return value;
  const [, year, month, day] = match;
  return [year, month, day]
    .filter((part) => part !== undefined)
    .map((part) => (part as string).padStart(2, '0'))
    .join('-');
}
