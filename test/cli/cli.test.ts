/**
 * The CLI contract of ARCHITECTURE.md, run as a person or a script would: real processes,
 * a temp copy of the knowledge base, a temp DATA_DIR.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, REPOSITORY_KNOWLEDGE } from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let root: string;
let environment: NodeJS.ProcessEnv;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function main(args: string[], input = '', extraEnvironment: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      cwd: ROOT,
      env: { ...environment, ...extraEnvironment },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  root = await makeTempDir('kb-cli-');
  await fs.cp(REPOSITORY_KNOWLEDGE, path.join(root, 'knowledge'), { recursive: true });
  // Only the variables the bot needs: no chat tokens, so `start` opens the console chat.
  environment = {
    PATH: process.env.PATH,
    HOME: root,
    KNOWLEDGE_DIR: path.join(root, 'knowledge'),
    DATA_DIR: path.join(root, 'data'),
  };
  const first = await main(['reload']);
  expect(first.code).toBe(0);
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('npm run reload', () => {
  it(
    'prints the report and says that nothing changed reuses every cached embedding',
    async () => {
      const run = await main(['reload']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Reloaded in [\d.]+ s: 9 documents, \d+ passages/);
      expect(run.stdout).toContain('Added 0, changed 0, removed 0, unchanged 9, failed 0.');
      expect(run.stdout).toMatch(/Embeddings: all \d+ reused from the cache, none computed\./);
    },
    timeLimit({ builds: 1, processes: 1 }),
  );
});

describe('npm run ask', () => {
  it('answers a person with the reply and its sources', async () => {
    const run = await main(['ask', 'which companies signed in Luodian?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('DiaSorin');
    expect(run.stdout).toContain('Sources:');
    expect(run.stdout).toContain(
      '[1] Biomedical to become key pillar industry for Baoshan — SHINE (Shanghai Daily), 2020-11-28',
    );
  });

  it('prints one JSON object in the contract with --json', async () => {
    const run = await main(['ask', '--json', '哪些企业在北上海生物医药产业园签约？']);
    const answer = JSON.parse(run.stdout);
    expect(Object.keys(answer)).toEqual(['answer', 'answered', 'language', 'sources']);
    expect(answer).toMatchObject({ answered: true, language: 'zh' });
    expect(Object.keys(answer.sources[0])).toEqual([
      'n',
      'title',
      'source',
      'date',
      'url',
      'path',
      'text',
      'score',
    ]);
    expect(answer.sources[0].text).toContain('上海医药');
  });

  it('answers one question per line of standard input, in order', async () => {
    const questions = [
      'Which companies signed in Luodian?',
      'What is the capital of France?',
      '2023年生物医药相关行业协会座谈会是谁主持的？',
    ];
    const run = await main(['ask', '--json'], `${questions.join('\n')}\n`);
    const answers = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers.map((answer) => [answer.answered, answer.language])).toEqual([
      [true, 'en'],
      [false, 'en'],
      [true, 'zh'],
    ]);
    expect(answers[2].answer).toContain('Liu Ping');
  });

  it('keeps standard output clean of logs', async () => {
    const run = await main(['ask', '--json', 'Which companies signed in Luodian?'], '', {
      LOG_LEVEL: 'debug',
    });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe('npm start without chat tokens', () => {
  it('opens a console chat on the same engine, with follow-ups', async () => {
    const run = await main(
      ['start'],
      'which companies signed in Luodian?\nhow much did they invest in total?\n/quit\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Ask in English or Chinese');
    expect(run.stdout).toContain('DiaSorin');
    expect(run.stdout).toContain('10 billion');
  });
});

describe('configuration errors', () => {
  it('stop the bot with the variable and the fix named', async () => {
    const run = await main(['ask', 'hello'], '', {
      TELEGRAM_BOT_TOKEN: '123:abc',
      TELEGRAM_ADMIN_IDS: '@alice',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "TELEGRAM_ADMIN_IDS must be numeric user ids, got '@alice'. Find a user's id with /status.",
    );
  });
});
