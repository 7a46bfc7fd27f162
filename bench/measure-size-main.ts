/**
 * Child-process entry of the bench: measures one corpus size and prints its report as one
 * JSON line on stdout (progress on stderr). `run-bench.ts` starts one per size, so that each
 * size's peak memory is its own.
 */
import { measureSize } from './measure-size.js';

const chunks = Number(process.argv[2]);
if (!Number.isInteger(chunks) || chunks < 1) {
  throw new Error(
    `measure-size-main.ts takes a number of chunks (a positive integer), got '${process.argv[2] ?? ''}'; run it through npm run bench -- --sizes ${process.argv[2] ?? '1000'}`,
  );
}
const report = await measureSize(chunks, (line) => process.stderr.write(`${line}\n`));
process.stdout.write(`${JSON.stringify(report)}\n`);
