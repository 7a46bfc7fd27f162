/**
 * `<file>.meta.yaml` sidecars: real files in a temp folder, listed and read as a reload
 * reads them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { KnowledgeLoadError } from '../../src/errors.js';
import { listKnowledgeFiles } from '../../src/ingest/list-knowledge-files.js';
import { makeDocx, makePdf } from '../support/document-fixtures.js';
import { knowledgeFolderPerTest } from '../support/knowledge-folder-per-test.js';
import { writeFiles } from '../support/test-engine.js';

const TEXT = 'The Luodian park signed agreements with twelve medical device makers on Monday.';

const SIDECAR = [
  'title: Luodian park signs twelve makers',
  'date: 2025-06-30',
  'publisher: Baoshan District News',
  'language: en',
  'url: https://example.org/luodian-twelve',
  '',
].join('\n');

const knowledge = knowledgeFolderPerTest('kb-sidecar-');
const { read } = knowledge;

async function failureOf(sidecar: string): Promise<KnowledgeLoadError> {
  const files = { 'report.txt': TEXT, 'report.txt.meta.yaml': sidecar };
  const failure = await knowledge.failureOf(files, 'report.txt');
  if (failure === null) throw new Error('the document loaded');
  return failure;
}

describe('a sidecar wins over what a file says about itself', () => {
  it.each<[string, () => Promise<string | Uint8Array>]>([
    ['report.pdf', () => makePdf([TEXT], 'Title the PDF gives', new Date('2026-12-01T08:00:00Z'))],
    ['report.docx', () => makeDocx(['Title the first line gives', TEXT])],
    ['report.txt', async () => `Title the first line gives\n${TEXT}`],
    [
      'report.html',
      async () =>
        `<html><head><title>Title the page gives</title><meta property="og:url" content="https://example.org/page"><meta property="article:published_time" content="2024-01-02"><meta property="og:site_name" content="A portal"></head><body><p>${TEXT}</p></body></html>`,
    ],
    [
      'report.md',
      async () =>
        `---\ntitle: Title the front matter gives\ndate: 2024-01-02\npublisher: Someone else\nlanguage: zh\nurl: https://example.org/front\n---\n\n${TEXT}\n`,
    ],
  ])('in %s', async (name, content) => {
    const document = await read({ [name]: await content(), [`${name}.meta.yaml`]: SIDECAR }, name);
    expect(document).toMatchObject({
      path: name,
      title: 'Luodian park signs twelve makers',
      date: '2025-06-30',
      dateSource: 'sidecar',
      publisher: 'Baoshan District News',
      language: 'en',
      url: 'https://example.org/luodian-twelve',
    });
    expect(document.text).toContain('twelve medical device makers');
  });

  it('keeps what the file says for the fields the sidecar leaves out', async () => {
    const document = await read(
      {
        'report.md': `---\ntitle: Title the front matter gives\npublisher: Baoshan District News\n---\n\n${TEXT}\n`,
        'report.md.meta.yaml': 'date: "2025-06"\n',
      },
      'report.md',
    );
    expect(document).toMatchObject({
      title: 'Title the front matter gives',
      publisher: 'Baoshan District News',
      date: '2025-06',
      dateSource: 'sidecar',
    });
  });
});

describe('listing sidecars', () => {
  it('gives each sidecar to its document and indexes none as a document of its own', async () => {
    await writeFiles(knowledge.path(), {
      'uploads/report.pdf': await makePdf([TEXT], 'Report'),
      'uploads/report.pdf.meta.yaml': SIDECAR,
      'news/brief.txt': TEXT,
    });
    const listing = await listKnowledgeFiles(knowledge.path());
    expect(listing.files.map((file) => [file.relativePath, file.sidecar?.relativePath])).toEqual([
      ['news/brief.txt', undefined],
      ['uploads/report.pdf', 'uploads/report.pdf.meta.yaml'],
    ]);
    expect(listing.refused).toEqual([]);
  });

  it('refuses a sidecar whose document is not there, and one named .meta.yml, saying what to do', async () => {
    await writeFiles(knowledge.path(), {
      'news/brief.txt': TEXT,
      'news/brief.txt.meta.yml': SIDECAR,
      'uploads/removed.pdf.meta.yaml': SIDECAR,
    });
    const listing = await listKnowledgeFiles(knowledge.path());
    expect(listing.files.map((file) => file.relativePath)).toEqual(['news/brief.txt']);
    expect(listing.refused).toEqual([
      {
        path: 'news/brief.txt.meta.yml',
        reason: 'UNSUPPORTED_TYPE',
        message: 'a sidecar ends in .meta.yaml; rename it to news/brief.txt.meta.yaml',
      },
      {
        path: 'uploads/removed.pdf.meta.yaml',
        reason: 'ORPHAN_SIDECAR',
        message:
          'metadata for uploads/removed.pdf, which is not in the folder; put the document beside it (same name without .meta.yaml) or delete the sidecar',
      },
    ]);
  });
});

describe('a sidecar is checked field by field', () => {
  it.each([
    [
      'an unknown field',
      'tilte: Luodian park\n',
      "field 'tilte' is not a metadata field; use title, publisher, date, language, url",
    ],
    ['a title that is a number', 'title: 2024\n', "field 'title' must be text; put it in quotes"],
    ['a title that is a list', 'title: [a, b]\n', "field 'title' must be text; put it in quotes"],
    ['an empty publisher', 'publisher: "  "\n', "field 'publisher' must not be empty"],
    ['a third language', 'language: fr\n', "field 'language' must be en or zh"],
    [
      'an address that is not a web page',
      'url: ftp://example.org/report\n',
      "field 'url' must be an http:// or https:// address",
    ],
    [
      'a day February does not have',
      'date: 2025-02-30\n',
      "field 'date' is 2025-02-30, which is not a calendar date (February 2025 has 28 days); write the real date as YYYY-MM-DD",
    ],
    ['a date that is a list', 'date: [2025]\n', "field 'date' must be YYYY, YYYY-MM or YYYY-MM-DD"],
    [
      'two problems at once',
      'tilte: Luodian park\nlanguage: fr\n',
      "field 'language' must be en or zh; field 'tilte' is not a metadata field; use title, publisher, date, language, url",
    ],
  ])('reports %s by name and fails its document', async (_, sidecar, problem) => {
    const failure = await failureOf(sidecar);
    expect(failure.path).toBe('report.txt');
    expect(failure.reason).toBe('INVALID_METADATA');
    expect(failure.message).toBe(
      `sidecar report.txt.meta.yaml: ${problem}; see knowledge/README.md`,
    );
  });

  it.each([
    [
      'not YAML',
      'date: 2025-06-30\ndate: 2025-07-01\n',
      /^sidecar report\.txt\.meta\.yaml is not valid YAML: Map keys must be unique \(line 2\)/,
    ],
    [
      'a list',
      '- title\n- date\n',
      /^sidecar report\.txt\.meta\.yaml must be 'field: value' lines/,
    ],
    ['a code tag', 'title: !!js/function "function () { return 1 }"\n', /Unresolved tag/],
  ])('refuses a sidecar that is %s', async (_, sidecar, message) => {
    const failure = await failureOf(sidecar);
    expect(failure.reason).toBe('INVALID_METADATA');
    expect(failure.message).toMatch(message);
  });
});

describe('a sidecar is part of its document', () => {
  it('changes the document when it changes, and leaves a document without one as it was', async () => {
    const first = await read(
      { 'report.txt': TEXT, 'report.txt.meta.yaml': 'date: 2025-06-30\n' },
      'report.txt',
    );
    const edited = await read({ 'report.txt.meta.yaml': 'date: 2025-07-01\n' }, 'report.txt');
    await fs.rm(knowledge.path('report.txt.meta.yaml'));
    const without = await read({}, 'report.txt');
    expect(edited.contentHash).not.toBe(first.contentHash);
    expect(without.contentHash).not.toBe(first.contentHash);
    expect(without.contentHash).toBe(createHash('sha256').update(TEXT).digest('hex'));
  });
});
