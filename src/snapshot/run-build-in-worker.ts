/**
 * Runs a snapshot build in a worker thread, so that hnswlib's synchronous graph building
 * and the CPU-heavy indexing never block the event loop that answers questions.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SnapshotBuildError } from '../errors.js';
import type { BuildRequest, BuildResult } from './build-snapshot.js';

type WorkerMessage =
  | { ok: true; result: BuildResult }
  | { ok: false; code: string; message: string };

/** Builds a snapshot off the main thread. */
export function runBuildInWorker(request: BuildRequest): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(request);
    let settled = false;
    worker.once('message', (message: WorkerMessage) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new SnapshotBuildError(message.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(
        new SnapshotBuildError(`the build worker crashed: ${error.message}`, { cause: error }),
      );
    });
    worker.once('exit', (code) => {
      if (!settled)
        reject(
          new SnapshotBuildError(`the build worker exited with code ${code} before finishing`),
        );
    });
  });
}

function startWorker(request: BuildRequest): Worker {
  const running = fileURLToPath(import.meta.url);
  if (running.endsWith('.js'))
    return new Worker(new URL('./build-worker.js', import.meta.url), { workerData: request });
  const entry = new URL('./build-worker.ts', import.meta.url).href;
  return new Worker(new URL('./ts-worker-bootstrap.mjs', import.meta.url), {
    workerData: { ...request, entry },
  });
}
