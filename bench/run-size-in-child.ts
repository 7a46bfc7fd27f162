/** Runs the measurement of one corpus size in a child process and reads back its report. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SizeReport } from './measure-size.js';

const ENTRY = fileURLToPath(new URL('./measure-size-main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

/** The report of `measure-size-main.ts` for `chunks` passages; its stderr passes through. */
export function runSizeInChild(chunks: number): Promise<SizeReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, String(chunks)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (data: string) => {
      output += data;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(JSON.parse(output) as SizeReport);
      else
        reject(
          new Error(
            `the bench of ${chunks} chunks failed (exit ${code ?? signal}); its error is printed above`,
          ),
        );
    });
  });
}
