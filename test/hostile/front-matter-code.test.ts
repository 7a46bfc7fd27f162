import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';
import { reloadOver } from './reload-over.js';

let outside: string;

beforeEach(async () => {
  outside = await makeTempDir('kb-hostile-');
});

afterEach(async () => {
  await fs.rm(outside, { recursive: true, force: true });
});

/** Front matter whose code, were it run, writes the bot's environment to `marker`. */
function frontMatterCode(marker: string): string {
  const write = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, JSON.stringify(process.env))`;
  return `({ title: (${write}, 'Taken over') })`;
}

// Each test reloads once (reloadOver): its limit is sized to one build.
describe('front matter is data, never code', { timeout: timeLimit({ builds: 1 }) }, () => {
  it('reports a ---js front matter as a failed file without running it, and loads the other documents', async () => {
    const marker = path.join(outside, 'ran.json');
    const report = await reloadOver({
      'news/tokens.md': `---js\n${frontMatterCode(marker)}\n---\n\n# Park news\n\nThe park opened a new laboratory building in Luodian.\n`,
    });
    expect(existsSync(marker)).toBe(false);
    expect(report.failed).toEqual([
      {
        path: 'news/tokens.md',
        reason: 'INVALID_METADATA',
        message: expect.stringMatching(/'---js'.*only YAML front matter is read/),
      },
    ]);
    expect(report.documents).toBe(2);
  });

  it('refuses every other front matter engine by its marker', async () => {
    const marker = path.join(outside, 'ran.json');
    const body = '\n\n# Park news\n\nThe park opened a new laboratory building in Luodian.\n';
    const report = await reloadOver({
      'javascript.md': `---javascript\n${frontMatterCode(marker)}\n---${body}`,
      'coffee.md': `---coffee\ntitle: 'Coffee'\n---${body}`,
      'json.md': `---json\n{ "title": "JSON" }\n---${body}`,
      'spaced.md': `--- js\n${frontMatterCode(marker)}\n---${body}`,
    });
    expect(existsSync(marker)).toBe(false);
    const failed = report.failed.map((file) => [file.path, file.reason, file.message]);
    expect(failed.sort()).toEqual([
      ['coffee.md', 'INVALID_METADATA', expect.stringContaining("'---coffee'")],
      ['javascript.md', 'INVALID_METADATA', expect.stringContaining("'---javascript'")],
      ['json.md', 'INVALID_METADATA', expect.stringContaining("'---json'")],
      ['spaced.md', 'INVALID_METADATA', expect.stringContaining("'--- js'")],
    ]);
    expect(report.documents).toBe(2);
  });
});
