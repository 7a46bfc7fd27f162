/** Worker-thread entry: builds one HNSW graph and writes it to the file it was given. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildGraph, type GraphInput } from './vector-index.js';

const job = workerData as GraphInput & { file: string };
buildGraph(job).writeIndexSync(job.file);
parentPort?.postMessage('done');
