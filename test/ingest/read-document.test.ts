import fs from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeLoadError } from '../../src/errors.js';
import { listKnowledgeFiles } from '../../src/ingest/list-knowledge-files.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { makeDocx, makePdf } from '../support/document-fixtures.js';
import { makeTempDir, writeFiles } from '../support/test-engine.js';

let folder: string;

beforeEach(async () => {
  folder = await makeTempDir('kb-ingest-');
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function read(relativePath: string, content: string | Uint8Array) {
  await writeFiles(folder, { [relativePath]: content });
  const { files } = await listKnowledgeFiles(folder);
  const file = files.find((candidate) => candidate.relativePath === relativePath);
  if (file === undefined) throw new Error(`${relativePath} was not listed`);
  return readDocument(file);
}

async function failureOf(relativePath: string, content: string | Uint8Array) {
  return read(relativePath, content).then(
    () => null,
    (error: unknown) => (error instanceof KnowledgeLoadError ? error : null),
  );
}

describe('reading each format', () => {
  it('reads Markdown with front matter as metadata and the body as text', async () => {
    const document = await read(
      'news/report.md',
      '---\nid: luodian-2020\ntitle: Luodian park opens\npublisher: SHINE\ndate: 2020-11-28\nlanguage: en\nurl: https://example.org/luodian\n---\n\n# Luodian park opens\n\nThe **North Shanghai** park opened in Luodian.\n',
    );
    expect(document).toMatchObject({
      id: 'luodian-2020',
      title: 'Luodian park opens',
      publisher: 'SHINE',
      date: '2020-11-28',
      language: 'en',
      url: 'https://example.org/luodian',
    });
    expect(document.text).toContain('The North Shanghai park opened in Luodian.');
    expect(document.text).not.toContain('**');
  });

  it('reads plain text and derives id, title, date and language', async () => {
    const document = await read(
      'news/2021-05-01 宝山简讯.txt',
      '宝山生物医药产业园迎来新企业。\n十家企业签约落地。',
    );
    expect(document.id).toBe('news-2021-05-01-宝山简讯');
    expect(document.title).toBe('宝山生物医药产业园迎来新企业。');
    expect(document.date).toBe('2021-05-01');
    expect(document.language).toBe('zh');
  });

  it('reads HTML without its navigation, header, footer or scripts', async () => {
    const html = `<html><head><title>Park news</title><meta property="og:url" content="https://example.org/park"></head>
      <body><nav>Home | About | Contact</nav><header>Site banner</header>
      <article><h1>Park news</h1><p>Guosheng will build a biopharmaceutical base covering 130,000 square meters.</p></article>
      <script>alert('x')</script><footer>Copyright 2024 Example</footer></body></html>`;
    const document = await read('web/park.html', html);
    expect(document.title).toBe('Park news');
    expect(document.url).toBe('https://example.org/park');
    expect(document.text).toContain('130,000 square meters');
    expect(document.text).not.toMatch(/About|banner|alert|Copyright/);
  });

  it('reads the text and title of a PDF', async () => {
    const pdf = await makePdf(
      [
        'Baoshan released more than 30 supportive measures.',
        'A special service team helps companies.',
      ],
      'Support measures',
    );
    const document = await read('policies/measures.pdf', pdf);
    expect(document.title).toBe('Support measures');
    expect(document.text).toContain('more than 30 supportive measures');
    expect(document.text).toContain('special service team');
  });

  it('reads the text of a Word document', async () => {
    const docx = await makeDocx([
      'Expert advisory committee',
      'More than ten academicians serve on the committee.',
    ]);
    const document = await read('policies/committee.docx', docx);
    expect(document.title).toBe('Expert advisory committee');
    expect(document.text).toContain('More than ten academicians serve on the committee.');
  });

  it('decodes a GB18030 file', async () => {
    const document = await read(
      'news/gb.txt',
      iconv.encode('宝山区组建生物医药产业专家咨询委员会，十余名院士出任委员。', 'gb18030'),
    );
    expect(document.text).toBe('宝山区组建生物医药产业专家咨询委员会，十余名院士出任委员。');
    expect(document.language).toBe('zh');
  });

  it('strips a BOM and removes zero-width, bidi-control and tag characters', async () => {
    const hidden = String.fromCodePoint(0xe0049, 0xe0067, 0xe006e); // Unicode tag characters
    const document = await read(
      'news/hidden.txt',
      `\uFEFFLuo\u200Bdian park \u202Eopens\u202C today.${hidden} Shang\u2060hai Pharma signed.`,
    );
    expect(document.text).toBe('Luodian park opens today. Shanghai Pharma signed.');
  });
});

describe('bad files', () => {
  it('refuses a corrupt PDF with its reason', async () => {
    const failure = await failureOf('broken.pdf', '%PDF-1.7\nthis is not really a pdf\n%%EOF');
    expect(failure?.reason).toBe('CORRUPT');
    expect(failure?.message).toMatch(/not a readable PDF/);
  });

  it('refuses a binary file', async () => {
    const failure = await failureOf(
      'image.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]),
    );
    expect(failure?.reason).toBe('BINARY');
  });

  it('refuses a file in neither UTF-8 nor GB18030', async () => {
    const failure = await failureOf(
      'latin1.txt',
      iconv.encode('Café résumé à Luodian, déjà fermé.', 'latin1'),
    );
    expect(failure?.reason).toBe('ENCODING');
    expect(failure?.message).toMatch(/save the file as UTF-8/);
  });

  it('refuses an empty file and a file of only whitespace', async () => {
    expect((await failureOf('empty.md', ''))?.reason).toBe('EMPTY');
    expect((await failureOf('blank.txt', ' \n\t\n '))?.reason).toBe('EMPTY');
  });

  it('refuses an oversized file without reading it', async () => {
    const file = path.join(folder, 'huge.txt');
    await fs.writeFile(file, '');
    await fs.truncate(file, 25 * 1024 * 1024);
    const { files } = await listKnowledgeFiles(folder);
    const failure = await readDocument(files[0] as (typeof files)[number]).catch(
      (error: KnowledgeLoadError) => error,
    );
    expect(failure).toBeInstanceOf(KnowledgeLoadError);
    expect((failure as KnowledgeLoadError).reason).toBe('TOO_LARGE');
  });

  it('refuses front matter with an invalid field, naming the field', async () => {
    const failure = await failureOf(
      'bad-date.md',
      '---\ntitle: A report\ndate: last spring\n---\n\nBaoshan signed twenty projects.',
    );
    expect(failure?.reason).toBe('INVALID_METADATA');
    expect(failure?.message).toMatch(/'date'/);
  });

  it('refuses an unsupported file type with the supported ones', async () => {
    const failure = await failureOf('photo.jpg', 'not really a jpeg but text');
    expect(failure?.reason).toBe('UNSUPPORTED_TYPE');
    expect(failure?.message).toMatch(/\.md.*\.pdf.*\.docx/);
  });
});

describe('paths that leave the knowledge folder', () => {
  it('refuses a symlinked file and a symlinked folder that point outside', async () => {
    const outside = await makeTempDir('kb-outside-');
    try {
      await writeFiles(outside, {
        'secret.txt': 'password: hunter2 is not knowledge',
        'more/notes.txt': 'private notes outside',
      });
      await writeFiles(folder, { 'inside.txt': 'Baoshan is a district of Shanghai.' });
      await fs.symlink(path.join(outside, 'secret.txt'), path.join(folder, 'linked-secret.txt'));
      await fs.symlink(path.join(outside, 'more'), path.join(folder, 'linked-folder'));
      await fs.symlink('../', path.join(folder, 'parent'));
      const listing = await listKnowledgeFiles(folder);
      expect(listing.files.map((file) => file.relativePath)).toEqual(['inside.txt']);
      expect(listing.refused.map((file) => [file.path, file.reason]).sort()).toEqual([
        ['linked-folder', 'OUTSIDE_KNOWLEDGE_DIR'],
        ['linked-secret.txt', 'OUTSIDE_KNOWLEDGE_DIR'],
        ['parent', 'OUTSIDE_KNOWLEDGE_DIR'],
      ]);
    } finally {
      await fs.rm(outside, { recursive: true, force: true });
    }
  });
});
