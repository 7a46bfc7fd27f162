/**
 * The metadata fields an admin may write about a document, in its front matter or in its
 * `<file>.meta.yaml` sidecar, each with the words that say what a wrong value should be.
 * One schema for both, so that a date means the same wherever it is written.
 */
import { z } from 'zod';
import { calendarDateProblem } from './calendar-date.js';

const text = z
  .string({ error: 'must be text; put it in quotes' })
  .trim()
  .min(1, 'must not be empty');

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, quoted or not (an unquoted year is a YAML number), and
 * only a date the calendar has.
 */
export const calendarDateField = z
  .union([z.string(), z.number()], { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform((value) => String(value))
  .superRefine((value, context) => {
    const problem = calendarDateProblem(value);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  });

/** Title, publisher, date, language and url: what a sidecar holds and front matter may. */
export const METADATA_FIELDS = {
  title: text.optional(),
  publisher: text.optional(),
  date: calendarDateField.optional(),
  language: z.enum(['en', 'zh'], { error: 'must be en or zh' }).optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
};

/** The names of the metadata fields, for messages that list them. */
export const METADATA_FIELD_NAMES = Object.keys(METADATA_FIELDS);

/** Every problem zod found, as "field 'date' is …" clauses joined by semicolons. */
export function describeFieldIssues(error: z.ZodError): string {
  return error.issues.flatMap(describeIssue).join('; ');
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    const known = METADATA_FIELD_NAMES.join(', ');
    return issue.keys.map((key) => `field '${key}' is not a metadata field; use ${known}`);
  }
  return [`field '${String(issue.path[0] ?? '?')}' ${issue.message}`];
}

/** The object without its `undefined` fields, so that a spread never overwrites with nothing. */
export function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
