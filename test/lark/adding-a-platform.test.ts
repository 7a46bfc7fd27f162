/**
 * Adding a platform is its folder under adapters/ plus one line in the table of adapters
 * (adapters/index.ts), as README.md says; Feishu/Lark was added that way. The configuration,
 * the composition root and the logger find platforms through the table and name none.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/adapter-registry.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFile(path.join(ROOT, file), 'utf8');
const PLATFORMS = /telegram|slack|lark|feishu|飞书/i;

describe('adding a platform', () => {
  it.each(['src/config.ts', 'src/main.ts', 'src/logger.ts'])(
    'needs no change to %s, which names no platform',
    async (file) => {
      expect(await read(file)).not.toMatch(PLATFORMS);
    },
  );

  it('is one line in the table of adapters, which lists every platform folder', async () => {
    const table = await read('adapters/index.ts');
    const entries = table.split('\n').filter((line) => line.startsWith('export'));
    expect(entries.filter((line) => /lark/i.test(line))).toEqual([
      "export { larkAdapter } from './lark/lark-adapter.js';",
    ]);
    const folders = (await fs.readdir(path.join(ROOT, 'adapters'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && entry.name !== 'console')
      .map((entry) => entry.name);
    expect(ADAPTERS.map((module) => module.name).sort()).toEqual(folders.sort());
    expect(entries).toHaveLength(folders.length);
  });

  it('declares every variable of every platform in .env.example', async () => {
    const example = await read('.env.example');
    for (const module of ADAPTERS) {
      const variables = Object.keys((module.variables as unknown as { shape: object }).shape);
      for (const variable of variables) expect(example).toMatch(new RegExp(`^${variable}=`, 'm'));
    }
  });

  it('is the recipe README.md gives: the folder and the one line in the table', async () => {
    const readme = await read('README.md');
    const recipe = readme.slice(
      readme.indexOf('## Adding a platform'),
      readme.indexOf('\n## ', readme.indexOf('## Adding a platform') + 1),
    );
    expect(recipe).toContain('adapters/<platform>/');
    expect(recipe).toContain('adapters/index.ts');
    expect(recipe).toMatch(/one line/);
  });
});
