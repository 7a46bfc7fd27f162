/**
 * Builds an HNSW graph on a worker thread. hnswlib graphs cannot be posted between threads,
 * so the worker writes the graph to a temporary file and this thread reads it back.
 */
import { mkdtempSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Graph, type GraphInput, readGraph } from './vector-index.js';

/**
 * The graph of `input`, built on another thread. The worker starts before this returns: the
 * caller goes on to build another graph on this thread, which blocks it meanwhile.
 */
export function buildGraphInWorker(input: GraphInput): Promise<Graph> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'hnsw-'));
  const file = path.join(directory, 'graph.hnsw');
  return runWorker({ ...input, file })
    .then(() => readGraph(file, input.dimension))
    .finally(() => fs.rm(directory, { recursive: true, force: true }));
}

function runWorker(job: GraphInput & { file: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the graph worker exited with code ${code} before finishing`)),
    );
  });
}

function startWorker(job: GraphInput & { file: string }): Worker {
  const transferList = [job.vectors.buffer as ArrayBuffer, job.labels.buffer as ArrayBuffer];
  if (fileURLToPath(import.meta.url).endsWith('.js'))
    return new Worker(new URL('./build-graph-worker.js', import.meta.url), {
      workerData: job,
      transferList,
    });
  const entry = new URL('./build-graph-worker.ts', import.meta.url).href;
  return new Worker(new URL('../snapshot/ts-worker-bootstrap.mjs', import.meta.url), {
    workerData: { ...job, entry },
    transferList,
  });
}
