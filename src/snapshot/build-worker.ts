/** Worker-thread entry: builds one snapshot and posts the result (or the error) back. */
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage, KnowledgeBotError } from '../errors.js';
import { type BuildRequest, buildSnapshot } from './build-snapshot.js';

const port = parentPort;
if (port === null)
  throw new Error('build-worker.ts runs only as a worker thread; use runBuildInWorker()');

try {
  const result = await buildSnapshot(workerData as BuildRequest);
  port.postMessage({ ok: true, result });
} catch (error) {
  const code = error instanceof KnowledgeBotError ? error.code : 'SNAPSHOT_BUILD_FAILED';
  port.postMessage({ ok: false, code, message: errorMessage(error) });
}
