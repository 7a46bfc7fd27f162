/** The command line of `npm run bench`: `--json` and `--sizes 1000,10000`. */

export const DEFAULT_SIZES = [1_000, 10_000, 100_000] as const;

export interface BenchOptions {
  json: boolean;
  /** Corpus sizes in chunks, smallest first. */
  sizes: number[];
}

/** Reads the options from `process.argv.slice(2)`. */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { json: false, sizes: [...DEFAULT_SIZES] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg.startsWith('--sizes=')) options.sizes = sizesFrom(arg.slice('--sizes='.length));
    else if (arg === '--sizes') {
      options.sizes = sizesFrom(args[i + 1] ?? '');
      i += 1;
    } else
      throw new Error(
        `unknown option '${arg}'; npm run bench accepts --json and --sizes 1000,10000`,
      );
  }
  return options;
}

function sizesFrom(text: string): number[] {
  const sizes = text.split(',').map((part) => Number(part.trim().replaceAll('_', '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(
      `--sizes takes positive whole numbers of chunks separated by commas, got '${text}'; e.g. --sizes 1000,10000`,
    );
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}
