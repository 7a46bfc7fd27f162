/**
 * The text of the reload report, the one every platform shows (console, Telegram, Slack,
 * Lark): each finding on one line, a count and at most a few names, then "and N more".
 */
import { describe, expect, it } from 'vitest';
import {
  type DocumentNotice,
  describeReloadReport,
  type ReloadReport,
} from '../../src/snapshot/reload-report.js';

const REPORT: ReloadReport = {
  ok: true,
  snapshotId: 'snapshot-1',
  documents: 9,
  chunks: 40,
  added: [],
  changed: [],
  removed: [],
  unchanged: 9,
  failed: [],
  skipped: [],
  duplicates: [],
  aliases: [],
  glossary: { entries: 0, added: [], removed: [], conflicts: [] },
  notices: [],
  embeddings: { reused: 40, computed: 0 },
  seconds: 1.25,
};

const paths = (count: number) => Array.from({ length: count }, (_, i) => `news/report-${i + 1}.md`);

describe('what the reload report says', () => {
  it.each<[string, Partial<ReloadReport>, string]>([
    [
      'glossary entries added and removed',
      {
        glossary: {
          entries: 12,
          added: ['Meilan Lake', '罗店'],
          removed: ['Luodian'],
          conflicts: [],
        },
      },
      'Glossary: 12 entries (2 added: Meilan Lake, 罗店; 1 removed: Luodian).',
    ],
    [
      'an unchanged glossary',
      { glossary: { entries: 1, added: [], removed: [], conflicts: [] } },
      'Glossary: 1 entry (none added or removed).',
    ],
    [
      'a glossary emptied',
      { glossary: { entries: 0, added: [], removed: ['Luodian'], conflicts: [] } },
      'Glossary: 0 entries (1 removed: Luodian).',
    ],
    [
      'names two glossary entries share',
      {
        glossary: {
          entries: 30,
          added: [],
          removed: [],
          conflicts: [
            { name: 'Baoshan', entries: [2, 3] },
            { name: 'SPH', entries: [4, 9, 17] },
          ],
        },
      },
      'Glossary conflicts (2): "Baoshan" in entries 2 and 3; "SPH" in entries 4, 9 and 17; keep each name in one entry of glossary.yaml.',
    ],
    [
      'documents without a date',
      { notices: [{ kind: 'undated', path: 'news/a.txt' }] },
      'Without a date (1): news/a.txt; give each a date in its front matter or in a <file>.meta.yaml sidecar.',
    ],
    [
      'a date guessed from the file',
      { notices: [{ kind: 'date-guessed', path: 'uploads/measures.pdf', date: '2026-12-01' }] },
      'Date guessed from the file (1): uploads/measures.pdf (2026-12-01); that is when the file was made, not published; set the real date in a <file>.meta.yaml sidecar.',
    ],
    [
      'a document that is mostly page furniture, with the share',
      { notices: [{ kind: 'mostly-furniture', path: 'web/portal.html', share: 0.734 }] },
      'Mostly page furniture (1): web/portal.html (73%); menus, captions and link lists answer nothing; check that the article itself is in the file.',
    ],
    [
      'documents in traditional script',
      {
        notices: [
          { kind: 'traditional-script', path: 'news/hk.md' },
          { kind: 'traditional-script', path: 'news/tw.html' },
        ],
      },
      'Traditional script (2): news/hk.md, news/tw.html; questions in either script find them; answers quote them as written.',
    ],
    [
      'reposts, on one line',
      {
        duplicates: [
          { path: 'news/b.md', of: 'news/a.md', containment: 0.92 },
          { path: 'news/d.md', of: 'news/c.md', containment: 0.8 },
        ],
      },
      'Reposts (2): news/b.md repeats news/a.md (92% shared), news/d.md repeats news/c.md (80% shared); only what each adds is indexed.',
    ],
    [
      'many added documents as five names and a count',
      { added: paths(8) },
      'Added: news/report-1.md, news/report-2.md, news/report-3.md, news/report-4.md, news/report-5.md, and 3 more',
    ],
    [
      'many undated documents as five names and a count',
      { notices: paths(7).map((path): DocumentNotice => ({ kind: 'undated', path })) },
      'Without a date (7): news/report-1.md, news/report-2.md, news/report-3.md, news/report-4.md, news/report-5.md, and 2 more; give each a date in its front matter or in a <file>.meta.yaml sidecar.',
    ],
  ])('says %s', (_, change, line) => {
    expect(describeReloadReport({ ...REPORT, ...change })).toContain(line);
  });

  it('lists notices in a fixed order, one line per kind, whatever order they come in', () => {
    const lines = describeReloadReport({
      ...REPORT,
      notices: [
        { kind: 'traditional-script', path: 'news/hk.md' },
        { kind: 'undated', path: 'news/a.txt' },
        { kind: 'mostly-furniture', path: 'web/portal.html', share: 0.6 },
        { kind: 'undated', path: 'news/b.txt' },
      ],
    });
    expect(lines.map((line) => line.split(' (')[0])).toEqual([
      'Reloaded in 1.3 s: 9 documents, 40 passages',
      'Added 0, changed 0, removed 0, unchanged 9, failed 0.',
      'Embeddings: all 40 reused from the cache, none computed.',
      'Without a date',
      'Mostly page furniture',
      'Traditional script',
    ]);
  });
});
