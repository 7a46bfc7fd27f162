/**
 * The admin-editable glossary (knowledge/glossary.yaml): names and aliases that mean the
 * same thing in English and Chinese. It links a question in one language to reports in the
 * other and merges duplicates in list answers.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { errorMessage, KnowledgeLoadError } from '../errors.js';

export const GLOSSARY_FILE = 'glossary.yaml';

export const GLOSSARY_KINDS = [
  'company',
  'place',
  'park',
  'organization',
  'person',
  'event',
  'policy',
  'term',
] as const;

/** One glossary entry: names that mean the same thing. */
export interface GlossaryEntry {
  kind: (typeof GLOSSARY_KINDS)[number];
  names: string[];
  /**
   * `documents` for an alias mined from the documents; absent for an entry of glossary.yaml.
   * Kept in the snapshot so that the next reload can tell what the admin added or removed.
   */
  origin?: 'documents';
}

const glossarySchema = z.array(
  z.object({
    kind: z.enum(GLOSSARY_KINDS),
    names: z.array(z.string().trim().min(1)).min(2, 'needs at least two names'),
  }),
);

/** Reads the glossary; a missing file is an empty glossary, a broken one an error naming the entry. */
export async function readGlossary(knowledgeDir: string): Promise<GlossaryEntry[]> {
  const file = path.join(knowledgeDir, GLOSSARY_FILE);
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new KnowledgeLoadError(GLOSSARY_FILE, 'UNREADABLE', `cannot be read: ${error.message}`);
  });
  return text === null ? [] : parseGlossary(text);
}

/** Parses glossary YAML text. */
export function parseGlossary(text: string): GlossaryEntry[] {
  let data: unknown;
  try {
    data = parse(text) ?? [];
  } catch (error) {
    throw new KnowledgeLoadError(
      GLOSSARY_FILE,
      'INVALID_METADATA',
      `not valid YAML: ${errorMessage(error)}`,
    );
  }
  const parsed = glossarySchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length
    ? `entry ${Number(issue.path[0]) + 1}, ${issue.path.slice(1).join('.')}`
    : 'the file';
  throw new KnowledgeLoadError(
    GLOSSARY_FILE,
    'INVALID_METADATA',
    `${where}: ${issue?.message ?? 'is invalid'}; each entry needs a kind (${GLOSSARY_KINDS.join(', ')}) and a list of names`,
  );
}
