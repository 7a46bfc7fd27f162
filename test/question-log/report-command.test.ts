import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { runReportCommand } from '../../src/question-log/report-command.js';
import { buildFixtureSnapshot, type FixtureSnapshot } from './support/fixture-snapshot.js';
import { tempDataDir } from './support/temp-data-dir.js';

const REPOSITORY = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

function npmRun(script: string, dataDir: string, ...args: string[]) {
  return run('npm', ['run', '--silent', script, '--', ...args], {
    cwd: REPOSITORY,
    env: { ...process.env, DATA_DIR: dataDir, TZ: 'Asia/Shanghai' },
  });
}

async function runCommand(args: string[], dataDir: string) {
  const output = { stdout: [] as string[], stderr: [] as string[] };
  const code = await runReportCommand(
    args,
    { dataDir, questionLog: { retentionDays: 180, userSalt: undefined } },
    { stdout: (text) => output.stdout.push(text), stderr: (text) => output.stderr.push(text) },
  );
  return { code, ...output };
}

function ask(log: QuestionLog, question: string, answered: boolean, platform = 'telegram') {
  return log.recordQuestion({
    platform,
    userId: 'member',
    question,
    language: /\p{Script=Han}/u.test(question) ? 'zh' : 'en',
    answered,
    kind: answered ? 'answer' : 'not_found',
    citedDocumentIds: [],
    latencyMs: 50,
  });
}

/** A log in the fixture's DATA_DIR (beside its snapshot), with questions asked just now. */
let fixture: FixtureSnapshot;

beforeAll(async () => {
  fixture = await buildFixtureSnapshot();
  const log = await QuestionLog.open({ dataDir: fixture.dataDir, pruneDaily: false });
  ask(log, 'When is the 2025 subsidy application deadline?', false);
  ask(log, 'When is the 2025 subsidy application deadline?', false, 'slack');
  ask(log, '2025年补贴申请截止时间是什么时候？', false, 'slack');
  ask(log, 'Who leads the North Shanghai Biomedical Industrial Park?', true);
  log.close();
});

afterAll(() => fixture.cleanup());

describe('npm run stats and npm run gaps', () => {
  it('print the usage figures of the log in DATA_DIR', async () => {
    const { stdout } = await npmRun('stats', fixture.dataDir);
    expect(stdout).toContain('Answered: 25% (1 of 4)');
    expect(stdout).toContain('  telegram  2 questions, answered 50%, 👎 –');
    expect(stdout).toContain('  2× when is the 2025 subsidy application deadline');
  });

  it('print the knowledge gaps as JSON, an English and a Chinese question in one group', async () => {
    const { stdout } = await npmRun('gaps', fixture.dataDir, '--json');
    expect(JSON.parse(stdout).groups).toEqual([
      expect.objectContaining({
        label: '2025 subsidy application deadline',
        questions: 3,
        examples: [
          'When is the 2025 subsidy application deadline?',
          '2025年补贴申请截止时间是什么时候？',
        ],
      }),
    ]);
  });

  it('report no questions, say why, and create nothing, when no log exists', async () => {
    const dataDir = await tempDataDir();
    const result = await runCommand(['stats', '--json'], dataDir);
    expect(result).toMatchObject({
      code: 0,
      stderr: [expect.stringContaining('No questions logged yet')],
    });
    expect(JSON.parse(result.stdout[0] as string).totals.questions).toBe(0);
    expect(await fs.readdir(dataDir)).toEqual([]);
  });

  it('say to reload first when gaps have no snapshot to analyse with', async () => {
    const dataDir = await tempDataDir();
    const log = await QuestionLog.open({ dataDir, pruneDaily: false });
    ask(log, 'What is the membership fee?', false);
    log.close();
    expect(await runCommand(['gaps'], dataDir)).toMatchObject({
      code: 1,
      stderr: [expect.stringContaining('run npm run reload, then npm run gaps')],
    });
  });

  it('show the usage for an unknown report', async () => {
    expect(await runCommand(['digest'], await tempDataDir())).toMatchObject({
      code: 2,
      stderr: ['Usage: npm run stats [-- --json] | npm run gaps [-- --json]'],
    });
  });
});
