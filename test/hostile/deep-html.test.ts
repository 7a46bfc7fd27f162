import { describe, expect, it } from 'vitest';
import { timeLimit } from '../support/time-limits.js';
import { reloadOver } from './reload-over.js';

const TEXT = '<p>Guosheng will build a biopharmaceutical base covering 130,000 square meters.</p>';

// Each test reloads once (reloadOver): its limit is sized to one build.
describe('hostile HTML pages cannot stall a reload', { timeout: timeLimit({ builds: 1 }) }, () => {
  it('refuses a page of 200,000 nested divs with its depth, and the reload completes', async () => {
    const depth = 200_000;
    const page = `<html><body>${'<div>'.repeat(depth)}${TEXT}${'</div>'.repeat(depth)}</body></html>`;
    const report = await reloadOver({ 'web/deep.html': page });
    expect(report.failed).toEqual([
      {
        path: 'web/deep.html',
        reason: 'TOO_DEEP',
        message: expect.stringMatching(/nested more than 512 levels deep/),
      },
    ]);
    expect(report.documents).toBe(2);
  });

  it('reads a page of unclosed link and meta tags, and the reload completes', async () => {
    const page = `<html><head><title>Park news</title>${'<link rel="canonical" '.repeat(4000)}${'<meta name="og:title" '.repeat(4000)}</head><body>${TEXT}</body></html>`;
    const report = await reloadOver({ 'web/tags.html': page });
    expect(report.failed).toEqual([]);
    expect(report.added).toContain('web/tags.html');
  });
});
