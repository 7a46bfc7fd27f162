/**
 * Holds the snapshot in service and replaces it. On start it loads the persisted snapshot
 * (checked against its manifest) or builds one. A reload builds in a worker thread, loads
 * and validates the result, then swaps one reference: queries in flight finish on the old
 * snapshot, a failed build leaves the old one serving, and concurrent reloads share a build.
 */
import type { Logger } from 'pino';
import { errorMessage } from '../errors.js';
import type { EmbedderSpec } from '../index/create-embedder.js';
import type { BuildRequest, BuildResult } from './build-snapshot.js';
import { loadSnapshot } from './load-snapshot.js';
import type { ReloadReport } from './reload-report.js';
import { runBuildInWorker } from './run-build-in-worker.js';
import type { Snapshot } from './snapshot.js';
import { SnapshotStore } from './snapshot-store.js';

export interface SnapshotServiceOptions {
  knowledgeDir: string;
  dataDir: string;
  embedder: EmbedderSpec;
  /** The id of the embedder `embedder` makes, to refuse snapshots of another. */
  embedderId: string;
  logger: Logger;
  /** Builds a snapshot; a worker thread by default. */
  build?: (request: BuildRequest) => Promise<BuildResult>;
}

export class SnapshotService {
  private snapshot: Snapshot | null = null;
  private reloading: Promise<ReloadReport> | null = null;
  private readonly store: SnapshotStore;
  private readonly build: (request: BuildRequest) => Promise<BuildResult>;
  lastReload: ReloadReport | null = null;

  constructor(private readonly options: SnapshotServiceOptions) {
    this.store = new SnapshotStore(options.dataDir);
    this.build = options.build ?? runBuildInWorker;
  }

  /** The snapshot in service, or `null` before the first one is ready. */
  get current(): Snapshot | null {
    return this.snapshot;
  }

  /**
   * Loads the persisted snapshot, or builds one when it is missing, damaged or stale (unless
   * `buildIfMissing` is false: `npm run reload` builds anyway, once).
   */
  async start({ buildIfMissing = true }: { buildIfMissing?: boolean } = {}): Promise<void> {
    const loaded = await this.loadPersisted();
    if (loaded !== null) {
      this.snapshot = loaded;
      return;
    }
    if (!buildIfMissing) return;
    const report = await this.reload();
    if (!report.ok)
      this.options.logger.error(
        { error: report.error },
        'no snapshot could be built; questions get a "not available" reply until a reload succeeds',
      );
  }

  /** Builds a new snapshot and swaps it in; a call during a build shares that build's report. */
  reload(): Promise<ReloadReport> {
    this.reloading ??= this.rebuild().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  /** Resolves once no reload is in progress. */
  async settled(): Promise<void> {
    await this.reloading;
  }

  private async loadPersisted(): Promise<Snapshot | null> {
    const id = await this.store.currentId();
    if (id === null) {
      this.options.logger.info('no snapshot in DATA_DIR yet; building one from KNOWLEDGE_DIR');
      return null;
    }
    try {
      const snapshot = await loadSnapshot(this.store.directoryOf(id), this.options.embedderId);
      this.options.logger.info({ snapshot: id, chunks: snapshot.chunks.length }, 'snapshot loaded');
      return snapshot;
    } catch (error) {
      this.options.logger.warn(
        { snapshot: id, reason: errorMessage(error) },
        'persisted snapshot refused; rebuilding it',
      );
      return null;
    }
  }

  private async rebuild(): Promise<ReloadReport> {
    const started = performance.now();
    try {
      const { report, directory } = await this.build(this.buildRequest());
      const snapshot = await loadSnapshot(directory, this.options.embedderId);
      this.snapshot = snapshot;
      await this.store.setCurrent(snapshot.manifest.id);
      this.options.logger.info(
        {
          snapshot: report.snapshotId,
          documents: report.documents,
          chunks: report.chunks,
          failed: report.failed.length,
        },
        'snapshot swapped in',
      );
      return this.remember(report);
    } catch (error) {
      const seconds = (performance.now() - started) / 1000;
      this.options.logger.error(
        { reason: errorMessage(error) },
        'reload failed; the previous snapshot keeps serving',
      );
      return this.remember(failedReport(errorMessage(error), seconds, this.snapshot));
    }
  }

  private buildRequest(): BuildRequest {
    return {
      knowledgeDir: this.options.knowledgeDir,
      dataDir: this.options.dataDir,
      embedder: this.options.embedder,
      previous: this.snapshot?.manifest.documents ?? null,
    };
  }

  private remember(report: ReloadReport): ReloadReport {
    this.lastReload = report;
    return report;
  }
}

function failedReport(error: string, seconds: number, serving: Snapshot | null): ReloadReport {
  return {
    ok: false,
    snapshotId: serving?.manifest.id ?? null,
    documents: serving?.manifest.documents.length ?? 0,
    chunks: serving?.chunks.length ?? 0,
    added: [],
    changed: [],
    removed: [],
    unchanged: 0,
    failed: [],
    skipped: [],
    duplicates: [],
    aliases: [],
    embeddings: { reused: 0, computed: 0 },
    seconds,
    error,
  };
}
