/** Entry point of `npm run stats` and `npm run gaps` (see report-command.ts). */
import { type Config, loadConfig } from '../config.js';
import { errorMessage } from '../errors.js';
import { runReportCommand } from './report-command.js';

const output = {
  stdout: (text: string) => process.stdout.write(`${text}\n`),
  stderr: (text: string) => process.stderr.write(`${text}\n`),
};

function readConfig(): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    output.stderr(errorMessage(error));
    return null;
  }
}

const config = readConfig();
process.exitCode =
  config === null ? 1 : await runReportCommand(process.argv.slice(2), config, output);
