/**
 * The metadata an admin writes at the top of a Markdown document, validated so that a typo
 * is reported with the field's name instead of producing a wrong citation.
 */
import { z } from 'zod';
import { KnowledgeLoadError } from '../errors.js';
import type { DocumentMetadata } from './knowledge-document.js';
import { describeFieldIssues, dropUndefined, METADATA_FIELDS } from './metadata-fields.js';

const frontMatterSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'may hold only a-z, 0-9, ".", "_" and "-"')
    .optional(),
  ...METADATA_FIELDS,
});

/** Validated metadata from front matter; unknown fields (author, notes) are allowed. */
export function parseFrontMatter(data: Record<string, unknown>, path: string): DocumentMetadata {
  const parsed = frontMatterSchema.safeParse(data);
  if (parsed.success) return dropUndefined(parsed.data);
  throw new KnowledgeLoadError(
    path,
    'INVALID_METADATA',
    `front matter ${describeFieldIssues(parsed.error)}; see knowledge/README.md`,
  );
}
