import { describe, expect, it } from 'vitest';
import { describeReloadReport } from '../../src/snapshot/reload-report.js';
import { timeLimit } from '../support/time-limits.js';
import { reloadOver } from './reload-over.js';

const DRAFT = '# Draft\n\nA draft about the Luodian park that nobody has checked yet.\n';

// Each test reloads once (reloadOver): its limit is sized to one build.
describe('hidden files are reported, not silently left out', {
  timeout: timeLimit({ builds: 1 }),
}, () => {
  it('reports a hidden file and a hidden folder as skipped, with the way to load them', async () => {
    const report = await reloadOver({
      '.draft.md': DRAFT,
      '.archive/old.md': DRAFT,
      'news/.notes.txt': DRAFT,
      'README.md': '# About this folder\n\nNot a document.\n',
      'glossary.yaml': '- kind: place\n  names: [Luodian, 罗店]\n',
    });
    expect(report.documents).toBe(2);
    expect(report.failed).toEqual([]);
    expect(report.skipped.map((file) => [file.path, file.reason])).toEqual([
      ['.archive', 'HIDDEN'],
      ['.draft.md', 'HIDDEN'],
      ['news/.notes.txt', 'HIDDEN'],
    ]);
    const lines = describeReloadReport(report);
    expect(lines).toContain(
      'Skipped: .draft.md (hidden file; rename it without the leading dot to load it)',
    );
    expect(lines).toContain(
      'Skipped: .archive (hidden folder; rename it without the leading dot to load its files)',
    );
    expect(lines.join('\n')).not.toMatch(/README|glossary/);
  });
});
