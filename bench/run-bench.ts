/**
 * `npm run bench`: builds a deterministic synthetic bilingual corpus at 1k, 10k and 100k
 * chunks and reports build throughput, retrieval and whole-answer latency, peak RSS, the
 * vector leg's recall@10 against exact search and a plain keyword-search baseline, next to
 * the targets. `--json` prints one JSON object on stdout (progress goes to stderr; use
 * `npm run -s bench -- --json` to keep npm's own banner off stdout); `--sizes 1000,10000`
 * runs a subset. Each size runs in its own process so that its peak RSS is its own.
 */
import { parseBenchOptions } from './bench-options.js';
import { benchReport } from './bench-report.js';
import { formatTable } from './format-table.js';
import type { SizeReport } from './measure-size.js';
import { runSizeInChild } from './run-size-in-child.js';

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const sizes: SizeReport[] = [];
  for (const chunks of options.sizes) {
    process.stderr.write(`bench: ${chunks.toLocaleString('en-US')} chunks\n`);
    sizes.push(await runSizeInChild(chunks));
  }
  const report = benchReport(sizes);
  process.stdout.write(`${options.json ? JSON.stringify(report) : formatTable(report)}\n`);
}

await main();
