/**
 * Takes the `<file>.meta.yaml` sidecars out of a listing of the knowledge folder and gives
 * each to its document, so that a sidecar is never indexed as a document of its own and a
 * change to it changes its document. A sidecar whose document is not there is refused:
 * the document was renamed or removed and its metadata would otherwise vanish unseen.
 */
import type { KnowledgeFile, KnowledgeListing, RefusedFile } from './list-knowledge-files.js';
import { documentPathOf, SIDECAR_SUFFIX, type SidecarFile } from './sidecar-metadata.js';

/** A name that looks meant as a sidecar but is not one, with the name it should have. */
const MISNAMED_SIDECAR = /\.meta\.yml$/i;

/** The listing with every sidecar attached to its document or refused. */
export function attachSidecars(listing: KnowledgeListing): KnowledgeListing {
  const documents = listing.files.filter((file) => documentPathOf(file.relativePath) === null);
  const byPath = new Map(documents.map((file) => [file.relativePath, file]));
  const refusedPaths = new Set(listing.refused.map((file) => file.path));
  const files: KnowledgeFile[] = [];
  const refused = [...listing.refused];
  for (const file of listing.files) {
    const documentPath = documentPathOf(file.relativePath);
    if (MISNAMED_SIDECAR.test(file.relativePath)) refused.push(misnamed(file));
    else if (documentPath === null) files.push(file);
    else if (byPath.has(documentPath)) attach(byPath.get(documentPath) as KnowledgeFile, file);
    else if (!refusedPaths.has(documentPath)) refused.push(orphan(file, documentPath));
  }
  return { ...listing, files, refused };
}

function attach(document: KnowledgeFile, sidecar: SidecarFile): void {
  document.sidecar = {
    absolutePath: sidecar.absolutePath,
    relativePath: sidecar.relativePath,
    size: sidecar.size,
  };
}

function orphan(sidecar: KnowledgeFile, documentPath: string): RefusedFile {
  return {
    path: sidecar.relativePath,
    reason: 'ORPHAN_SIDECAR',
    message: `metadata for ${documentPath}, which is not in the folder; put the document beside it (same name without ${SIDECAR_SUFFIX}) or delete the sidecar`,
  };
}

function misnamed(file: KnowledgeFile): RefusedFile {
  const renamed = file.relativePath.replace(MISNAMED_SIDECAR, SIDECAR_SUFFIX);
  return {
    path: file.relativePath,
    reason: 'UNSUPPORTED_TYPE',
    message: `a sidecar ends in ${SIDECAR_SUFFIX}; rename it to ${renamed}`,
  };
}
