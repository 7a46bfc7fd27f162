/**
 * Holds the snapshot in service and replaces it. On start it loads the persisted snapshot
 * (checked against its manifest), falls back to the previous one when that is damaged, or
 * builds one. A reload builds in a worker thread, loads and validates the result, installs it
 * under the cross-process lock, then swaps one reference: queries in flight finish on the old
 * snapshot, a failed build leaves the old one serving, and concurrent reloads share a build.
 * A snapshot another process installs is picked up within seconds.
 */
import type { Logger } from 'pino';
import { errorMessage } from '../errors.js';
import type { EmbedderSpec } from '../index/create-embedder.js';
import type { BuildRequest, BuildResult } from './build-snapshot.js';
import { type Following, followCurrentSnapshot } from './follow-current-snapshot.js';
import { loadPersistedSnapshot } from './load-persisted-snapshot.js';
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
  /** How often CURRENT is read to pick up snapshots of other processes; 2 s by default. */
  followIntervalMs?: number;
}

export class SnapshotService {
  private snapshot: Snapshot | null = null;
  private reloading: Promise<ReloadReport> | null = null;
  private following: Following | null = null;
  /** A snapshot of another process that failed to load, not tried again until CURRENT moves. */
  private refusedId: string | null = null;
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
   * `buildIfMissing` is false: `npm run reload` builds anyway, once), then follows CURRENT.
   * When the previous snapshot stands in for a damaged one, the rebuild runs in the background.
   */
  async start({ buildIfMissing = true }: { buildIfMissing?: boolean } = {}): Promise<void> {
    const persisted = await loadPersistedSnapshot(
      this.store,
      this.options.embedderId,
      this.options.logger,
    );
    this.snapshot = persisted?.snapshot ?? null;
    this.following ??= followCurrentSnapshot(
      this.store,
      (id) => this.pickUp(id),
      this.options.followIntervalMs,
    );
    if ((persisted !== null && !persisted.fellBack) || !buildIfMissing) return;
    if (persisted !== null) void this.reload();
    else await this.buildFirst();
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

  /** Stops following CURRENT and waits for a reload in progress. */
  async close(): Promise<void> {
    this.following?.stop();
    this.following = null;
    await this.settled();
  }

  private async buildFirst(): Promise<void> {
    const report = await this.reload();
    if (!report.ok)
      this.options.logger.error(
        { error: report.error },
        'no snapshot could be built; questions get a "not available" reply until a reload succeeds',
      );
  }

  /** Serves the snapshot CURRENT names when another process installed it. */
  private async pickUp(id: string): Promise<void> {
    const serving = this.snapshot;
    if (id === serving?.manifest.id || id === this.refusedId || this.reloading !== null) return;
    try {
      const snapshot = await loadSnapshot(this.store.directoryOf(id), this.options.embedderId);
      // A reload of this process that swapped or started meanwhile installs a newer one.
      if (this.snapshot !== serving || this.reloading !== null) return;
      this.snapshot = snapshot;
      this.options.logger.info(
        { snapshot: id, chunks: snapshot.chunks.length },
        `snapshot ${id} picked up: another process put it in service`,
      );
    } catch (error) {
      await this.refuse(id, serving, error);
    }
  }

  private async refuse(id: string, serving: Snapshot | null, error: unknown): Promise<void> {
    // Replaced while it loaded: the next look finds the newer one, nothing to report.
    if ((await this.store.currentId()) !== id) return;
    this.refusedId = id;
    this.options.logger.warn(
      { snapshot: id, serving: serving?.manifest.id ?? null, reason: errorMessage(error) },
      'the snapshot CURRENT names cannot be loaded; the one in service keeps serving',
    );
  }

  private async rebuild(): Promise<ReloadReport> {
    const started = performance.now();
    try {
      const { report, directory } = await this.build(this.buildRequest());
      this.snapshot = await this.install(directory);
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

  /** Loads and checks a built snapshot from its temporary folder, then installs it. */
  private async install(temporaryDirectory: string): Promise<Snapshot> {
    try {
      const snapshot = await loadSnapshot(temporaryDirectory, this.options.embedderId);
      await this.store.install(temporaryDirectory, snapshot.manifest.id);
      return snapshot;
    } catch (error) {
      await this.store.discard(temporaryDirectory);
      throw error;
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
