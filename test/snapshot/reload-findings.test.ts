/**
 * What a real reload reports about the knowledge itself: the glossary (entries loaded, added,
 * removed, names two entries share), sidecars, documents without a date or with a date
 * guessed from the file, documents that are mostly page furniture and documents in
 * traditional script. The snapshot of FILES is built once; the second test reloads a copy.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runAdminCommand } from '../../src/engine/admin-commands.js';
import { silentLogger } from '../../src/logger.js';
import { describeReloadReport } from '../../src/snapshot/reload-report.js';
import { makePdf } from '../support/document-fixtures.js';
import {
  buildKnowledgeFixture,
  createTestEngine,
  type KnowledgeFixture,
} from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';

const GLOSSARY = [
  '- kind: place',
  '  names: [Luodian, 罗店]',
  '- kind: place',
  '  names: [Baoshan, 宝山]',
  '- kind: place',
  '  names: [Baoshan District, 宝山区, Baoshan]',
  '',
].join('\n');

const TRADITIONAL = [
  '---',
  'title: 寶山生物醫藥產業園簽約二十個項目',
  'date: 2023-06-15',
  '---',
  '',
  '寶山區生物醫藥產業園今年簽約二十個項目，總投資超過一百億元。',
  '園區為企業提供從註冊、審批到建設、運營的一對一全程幫辦服務，並將在三年內建成兩座研發大樓。',
  '',
].join('\n');

const PORTAL = `<html><head><title>Park news</title><meta property="article:published_time" content="2024-03-08"></head><body>
<p>Home &gt; News &gt; Parks</p>
<p>The park signed twelve makers.</p>
<p>Related articles</p>
<p>Meilan Lake Conference Opens Its Doors To Visitors From Abroad</p>
<p>Baoshan Names The New Members Of Its Special Service Team</p>
<p>Second Phase Of The North Shanghai Park Breaks Ground In Spring</p>
</body></html>`;

async function files(): Promise<Record<string, string | Uint8Array>> {
  return {
    'glossary.yaml': GLOSSARY,
    'news/luodian.md':
      '---\ntitle: Luodian park signs makers\ndate: 2020-11-28\n---\n\nThe Luodian park signed agreements with twelve medical device makers, the district said on Saturday.\n',
    'news/undated.txt':
      'The Meilan Lake forum gathered researchers from forty universities and hospitals to discuss cell therapy.',
    'news/hk-report.md': TRADITIONAL,
    'web/portal.html': PORTAL,
    'uploads/measures.pdf': await makePdf(
      ['Baoshan released more than thirty measures to support biomedical companies.'],
      'Support measures',
      new Date('2026-12-01T08:00:00Z'),
    ),
    'uploads/brief.txt':
      'A special service team helps biomedical companies from registration to operation.',
    'uploads/brief.txt.meta.yaml': 'title: Special service team\ndate: 2025-06-30\n',
    'uploads/withdrawn.pdf.meta.yaml': 'title: A report taken down\n',
  };
}

let fixture: KnowledgeFixture;

beforeAll(
  async () => {
    fixture = await buildKnowledgeFixture(await files());
  },
  timeLimit({ builds: 1 }),
);

afterAll(() => fixture.cleanup());

describe('the reload report on real documents', () => {
  it('reports the glossary, sidecars and the documents worth a look', () => {
    const report = fixture.report;
    expect(report.documents).toBe(6);
    expect(report.added).not.toContain('uploads/brief.txt.meta.yaml');
    expect(report.failed).toEqual([
      {
        path: 'uploads/withdrawn.pdf.meta.yaml',
        reason: 'ORPHAN_SIDECAR',
        message: expect.stringContaining(
          'metadata for uploads/withdrawn.pdf, which is not in the folder',
        ),
      },
    ]);
    expect(report.glossary).toEqual({
      entries: 3,
      added: ['Luodian', 'Baoshan', 'Baoshan District'],
      removed: [],
      conflicts: [{ name: 'Baoshan', entries: [2, 3] }],
    });
    expect(report.notices).toEqual([
      { kind: 'undated', path: 'news/undated.txt' },
      { kind: 'date-guessed', path: 'uploads/measures.pdf', date: '2026-12-01' },
      { kind: 'mostly-furniture', path: 'web/portal.html', share: expect.any(Number) },
      { kind: 'traditional-script', path: 'news/hk-report.md' },
    ]);
    const lines = describeReloadReport(report);
    expect(lines).toContain('Glossary: 3 entries (3 added: Luodian, Baoshan, Baoshan District).');
    expect(lines).toContain(
      'Glossary conflicts (1): "Baoshan" in entries 2 and 3; keep each name in one entry of glossary.yaml.',
    );
    expect(lines).toContain(
      'Date guessed from the file (1): uploads/measures.pdf (2026-12-01); that is when the file was made, not published; set the real date in a <file>.meta.yaml sidecar.',
    );
    expect(lines.join('\n')).toMatch(/^Mostly page furniture \(1\): web\/portal\.html \(\d+%\);/m);
    expect(lines.join('\n')).toMatch(/^Traditional script \(1\): news\/hk-report\.md;/m);
    expect(lines.join('\n')).toMatch(/^Without a date \(1\): news\/undated\.txt;/m);
  });

  it(
    'reports glossary entries added and removed since the previous snapshot, and a changed sidecar, in the text admins see in chat',
    async () => {
      const { engine, knowledgeDir, cleanup } = await createTestEngine({ fixture });
      onTestFinished(cleanup);
      const write = (file: string, text: string) =>
        fs.writeFile(path.join(knowledgeDir, file), text);
      await write(
        'glossary.yaml',
        '- kind: place\n  names: [Baoshan, 宝山, Baoshan Town]\n- kind: place\n  names: [Baoshan District, 宝山区]\n- kind: event\n  names: [Meilan Lake, 美兰湖]\n',
      );
      await write('uploads/brief.txt.meta.yaml', 'title: Special service team\ndate: 2025-07-01\n');
      await write('uploads/measures.pdf.meta.yaml', 'date: 2025-06-30\n');
      await fs.rm(path.join(knowledgeDir, 'uploads/withdrawn.pdf.meta.yaml'));

      const lines = await runAdminCommand(engine, 'reload', {
        userId: 'admin',
        logger: silentLogger(),
      });
      const report = engine.status().lastReload;
      expect(report).toMatchObject({ ok: true, documents: 6, failed: [], added: [], removed: [] });
      expect(report?.changed.sort()).toEqual(['uploads/brief.txt', 'uploads/measures.pdf']);
      expect(report?.glossary).toEqual({
        entries: 3,
        added: ['Meilan Lake'],
        removed: ['Luodian'],
        conflicts: [],
      });
      expect(report?.notices?.map((notice) => notice.kind)).not.toContain('date-guessed');
      expect(lines).toEqual(describeReloadReport(report as NonNullable<typeof report>));
      expect(lines).toContain('Glossary: 3 entries (1 added: Meilan Lake; 1 removed: Luodian).');
      expect(lines).toContain('Changed: uploads/brief.txt, uploads/measures.pdf');
    },
    timeLimit({ builds: 1 }),
  );
});
