/**
 * The admin commands about documents, shared by every platform: `docs` lists the documents
 * in service, `remove <id>` removes one added through the chat, and a file an admin sends is
 * added by `addUploadedDocument`. Platforms only check that the sender is an admin, hand
 * over the file (its name, declared size, caption and a way to download it) and send back
 * the lines.
 */
import type { Logger } from 'pino';
import { UploadRefusedError } from '../errors.js';
import type { Engine } from './answer-types.js';
import { describeDocuments } from './describe-documents.js';
import {
  describeAddedDocument,
  describeRefusedUpload,
  describeRemovedDocument,
} from './describe-library-change.js';
import type { DocumentUpload } from './document-library.js';

export type { DocumentUpload } from './document-library.js';

export const DOCUMENT_COMMANDS = ['docs', 'remove'] as const;
export type DocumentCommand = (typeof DOCUMENT_COMMANDS)[number];

/** Who asks, and what follows the command (`remove <id>`, `docs <word>`). */
export interface DocumentRequest {
  userId: string;
  logger: Logger;
  argument?: string | undefined;
}

/** True for "docs" and "remove". */
export function isDocumentCommand(name: string): name is DocumentCommand {
  return (DOCUMENT_COMMANDS as readonly string[]).includes(name);
}

/** Runs `docs` or `remove` and returns the reply as plain-text lines. */
export async function runDocumentCommand(
  engine: Engine,
  command: DocumentCommand,
  request: DocumentRequest,
): Promise<string[]> {
  const argument = request.argument?.trim() ?? '';
  if (command === 'docs') return describeDocuments(engine.library.documents(), argument);
  if (argument === '')
    return ['Give the id of the document to remove, as the list of documents shows it.'];
  const removed = await engine.library.remove(argument);
  request.logger.info(
    { userId: request.userId, id: argument, outcome: removed.outcome },
    'Asked to remove a document',
  );
  return describeRemovedDocument(removed);
}

/** The reply to an upload: whether it was stored, and the lines to send. */
export interface UploadReply {
  stored: boolean;
  lines: string[];
}

/**
 * Adds a document an admin sent: checked, downloaded, read as a reload would read it, stored
 * in KNOWLEDGE_DIR/uploads/ with its caption's metadata, reloaded; or refused with the
 * reason, storing nothing.
 */
export async function addUploadedDocument(
  engine: Engine,
  upload: DocumentUpload,
  request: DocumentRequest,
): Promise<UploadReply> {
  try {
    const added = await engine.library.add(upload);
    request.logger.info(
      { userId: request.userId, path: added.path, replaced: added.replaced, ok: added.report.ok },
      'Added a document sent through the chat',
    );
    return { stored: true, lines: describeAddedDocument(added) };
  } catch (error) {
    if (!(error instanceof UploadRefusedError)) throw error;
    request.logger.info(
      { userId: request.userId, code: error.code, reason: error.reason, message: error.message },
      'Refused a document sent through the chat; nothing was stored',
    );
    return { stored: false, lines: describeRefusedUpload(upload.fileName, error) };
  }
}
