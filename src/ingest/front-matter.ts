/**
 * The metadata an admin writes at the top of a Markdown document, validated so that a typo
 * is reported with the field's name instead of producing a wrong citation.
 */
import { z } from 'zod';
import { KnowledgeLoadError } from '../errors.js';
import type { DocumentMetadata } from './knowledge-document.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const dateField = z
  .union([z.string(), z.number(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
  .refine((value) => PARTIAL_DATE.test(value), 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const frontMatterSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'may hold only a-z, 0-9, ".", "_" and "-"')
    .optional(),
  title: z.string().trim().min(1).optional(),
  publisher: z.string().trim().min(1).optional(),
  date: dateField.optional(),
  language: z.enum(['en', 'zh']).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** Validated metadata from front matter; unknown fields (author, notes) are allowed. */
export function parseFrontMatter(data: Record<string, unknown>, path: string): DocumentMetadata {
  const parsed = frontMatterSchema.safeParse(data);
  if (parsed.success) return dropUndefined(parsed.data);
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? 'front matter');
  throw new KnowledgeLoadError(
    path,
    'INVALID_METADATA',
    `front matter field '${field}' ${issue?.message ?? 'is invalid'}; see knowledge/README.md`,
  );
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
