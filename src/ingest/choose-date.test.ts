import { describe, expect, it } from 'vitest';
import { chooseDate, type DateCandidates, dateFromPath } from './choose-date.js';

describe('which date a document gets', () => {
  it.each<[string, DateCandidates, string | null, string | null]>([
    [
      'the sidecar over everything',
      { sidecar: '2025-06-30', document: '2024', path: '2023-01-02', file: '2026-12-01' },
      '2025-06-30',
      'sidecar',
    ],
    [
      'the document over its path and file',
      { document: '2024-05', path: '2023-01-02', file: '2026-12-01' },
      '2024-05',
      'document',
    ],
    ['the path over the file', { path: '2023-01-02', file: '2026-12-01' }, '2023-01-02', 'path'],
    ['the file only when nothing else', { file: '2026-12-01' }, '2026-12-01', 'file'],
    ['a null the same as nothing', { document: null, file: '2026-12-01' }, '2026-12-01', 'file'],
    ['no date at all', {}, null, null],
  ])('takes %s', (_, candidates, date, dateSource) => {
    expect(chooseDate(candidates)).toEqual({ date, dateSource });
  });

  it.each([
    ['news/2021-05-01 宝山简讯.txt', '2021-05-01'],
    ['2020-11-28/report.md', '2020-11-28'],
    ['news/2025-02-30 report.txt', undefined], // no such day
    ['news/2025-13-01 report.txt', undefined], // no such month
    ['news/20210501.txt', undefined],
    ['news/report.txt', undefined],
  ])('reads the date in the path %s as %s', (path, date) => {
    expect(dateFromPath(path)).toBe(date);
  });
});
