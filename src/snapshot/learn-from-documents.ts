/**
 * What a reload learns from the documents themselves before indexing them: which ones repost
 * another (their repeated sentences are dropped, so an answer cites the article once and a
 * list is never gathered twice) and which aliases they state ("药明康德（WuXi AppTec）"), which
 * join the glossary's entries unless the glossary already names them.
 */
import { findNearDuplicates, type NearDuplicate } from '../ingest/find-near-duplicates.js';
import type { KnowledgeDocument } from '../ingest/knowledge-document.js';
import { removeRepeatedSentences } from '../ingest/remove-repeated-sentences.js';
import type { GlossaryEntry } from '../lexicon/glossary.js';
import { aliasEntries, mineAliases } from '../lexicon/mine-aliases.js';
import { matchingKey } from '../text/analyzer.js';

export interface LearnedKnowledge {
  /** The documents, reposts without the sentences their originals hold. */
  documents: KnowledgeDocument[];
  /** The glossary with the aliases the documents state. */
  glossary: GlossaryEntry[];
  duplicates: NearDuplicate[];
  /** The aliases mined from the documents that the glossary did not already hold. */
  aliases: GlossaryEntry[];
}

/** Finds reposts and stated aliases in `documents`. */
export function learnFromDocuments(
  documents: readonly KnowledgeDocument[],
  glossary: readonly GlossaryEntry[],
): LearnedKnowledge {
  const duplicates = findNearDuplicates(documents);
  const byId = new Map(documents.map((document) => [document.id, document]));
  const originalOf = new Map(duplicates.map((duplicate) => [duplicate.id, duplicate.of]));
  const trimmed = documents.map((document) => {
    const original = byId.get(originalOf.get(document.id) ?? '');
    return original === undefined ? document : removeRepeatedSentences(document, original);
  });
  const known = new Set(glossary.flatMap((entry) => entry.names.map(matchingKey)));
  const aliases = aliasEntries(
    documents.flatMap((document) => mineAliases(document.text, document.id)),
  )
    .map((entry) => ({
      ...entry,
      names: entry.names.filter((name) => !known.has(matchingKey(name))),
      origin: 'documents' as const,
    }))
    .filter((entry) => entry.names.length >= 2);
  return { documents: trimmed, glossary: [...glossary, ...aliases], duplicates, aliases };
}
