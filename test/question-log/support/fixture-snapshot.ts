/**
 * A real snapshot of a small knowledge base, built by the real build worker: one report in
 * English, one in Chinese and a glossary. It says nothing about subsidies or fees, which is
 * what the gap tests ask about.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HashingEmbeddings } from '../../../src/index/hashing-embeddings.js';
import { silentLogger } from '../../../src/logger.js';
import type { Snapshot } from '../../../src/snapshot/snapshot.js';
import { SnapshotService } from '../../../src/snapshot/snapshot-service.js';

export const FIXTURE_KNOWLEDGE: Record<string, string> = {
  'news/park.md':
    '---\ntitle: North Shanghai park signs companies\ndate: 2020-11-28\n---\n\nThe North Shanghai Biomedical Industrial Park in Luodian is led by its management committee. Shanghai Pharma signed an agreement to build a production base in the park.\n',
  'news/park-zh.md':
    '---\ntitle: 北上海生物医药产业园签约\ndate: 2020-11-28\nlanguage: zh\n---\n\n北上海生物医药产业园位于罗店，由园区管委会负责。上海医药签约在园区建设生产基地。\n',
  'glossary.yaml':
    '- kind: company\n  names: [Shanghai Pharma, Shanghai Pharmaceuticals, 上海医药]\n- kind: place\n  names: [Luodian, 罗店]\n',
};

export interface FixtureSnapshot {
  snapshot: Snapshot;
  dataDir: string;
  cleanup: () => Promise<void>;
}

/** Builds the snapshot into a new DATA_DIR (so that `npm run gaps` can load it from there). */
export async function buildFixtureSnapshot(): Promise<FixtureSnapshot> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-question-log-snapshot-'));
  const knowledgeDir = path.join(root, 'knowledge');
  const dataDir = path.join(root, 'data');
  for (const [relative, text] of Object.entries(FIXTURE_KNOWLEDGE)) {
    await fs.mkdir(path.dirname(path.join(knowledgeDir, relative)), { recursive: true });
    await fs.writeFile(path.join(knowledgeDir, relative), text);
  }
  const embedder = new HashingEmbeddings();
  const service = new SnapshotService({
    knowledgeDir,
    dataDir,
    embedder: { kind: 'hashing', dimension: embedder.dimension },
    embedderId: embedder.id,
    logger: silentLogger(),
  });
  await service.start();
  if (service.current === null) throw new Error('the fixture snapshot could not be built');
  return {
    snapshot: service.current,
    dataDir,
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
}
