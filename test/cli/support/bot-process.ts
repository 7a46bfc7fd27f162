/**
 * `npm start`'s entry point as a child process, for tests: started with only the variables a
 * test gives (on a free port on 127.0.0.1), its standard error kept, and /healthz polled.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface BotProcess {
  process: ChildProcess;
  port: number;
  readonly stderr: string;
  exited: Promise<number | null>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `src/main.ts start` with exactly `environment` (and PATH), on a free PORT. */
export async function startBotProcess(environment: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...environment, PORT: String(port) },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    process: child,
    port,
    exited,
    get stderr() {
      return stderr;
    },
  };
}

/** /healthz once it answers 200 (every chat adapter runs); the bot's log explains any failure. */
export async function waitForHealth(running: BotProcess): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 800; attempt += 1) {
    const response = await fetch(`http://127.0.0.1:${running.port}/healthz`).catch(() => null);
    if (response?.ok) return (await response.json()) as Record<string, unknown>;
    if (running.process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the bot never answered /healthz:\n${running.stderr}`);
}
