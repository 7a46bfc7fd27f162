// Starts a worker thread on a TypeScript entry (under tsx in development and under vitest).
// Worker threads do not inherit tsx's loader, so the worker registers it, then imports the entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
