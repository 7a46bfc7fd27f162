import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/question-log/sparkline.js';

describe('a sparkline', () => {
  it.each([
    [[], ''],
    [[0, 0, 0], '▁▁▁'],
    [[0, 1], '▁█'],
    [[1, 1, 1], '███'],
    [[0, 1, 2, 3, 4, 5, 6, 7], '▁▂▃▄▅▆▇█'],
    [[0, 1, 100], '▁▂█'],
    [[2, 4, 6, 8, 10, 12, 14, 16], '▂▃▄▅▆▇██'],
  ])('of %j is %s', (values, expected) => {
    expect(sparkline(values)).toBe(expected);
  });
});
