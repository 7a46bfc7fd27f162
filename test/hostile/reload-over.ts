/**
 * A real reload over a temp knowledge folder holding ordinary documents beside the hostile
 * files of a test: the real engine, the real build worker, no mocks.
 */
import { onTestFinished } from 'vitest';
import type { ReloadReport } from '../../src/snapshot/reload-report.js';
import { createTestEngine } from '../support/test-engine.js';

/** Two documents that load on any reload, so a test can see they still do. */
export const ORDINARY_DOCUMENTS: Record<string, string> = {
  'news/luodian.md':
    '---\nid: luodian\ntitle: Luodian park signs companies\ndate: 2020-11-28\n---\n\nShanghai Pharma, Baoji and Guosheng signed agreements to build bases in the Luodian park.\n',
  'news/meilan.txt':
    'The 2024 Meilan Lake conference was held in Baoshan. Biopharma companies grew to 428 in 2024.',
};

/** The report of the first build over the ordinary documents and `files`; the folders go when the test ends. */
export async function reloadOver(
  files: Record<string, string | Uint8Array>,
): Promise<ReloadReport> {
  const { engine, cleanup } = await createTestEngine({
    files: { ...ORDINARY_DOCUMENTS, ...files },
  });
  onTestFinished(cleanup);
  const report = engine.status().lastReload;
  if (report === null) throw new Error('the engine started without a reload report');
  return report;
}
