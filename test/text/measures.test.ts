import { describe, expect, it } from 'vitest';
import { measureNamedBy, measuresIn } from '../../src/text/measures.js';

describe('kinds of quantity', () => {
  it('tells an area from an amount of money, in either language', () => {
    expect(measuresIn('The park of Guosheng covering 130,000 square meters')).toEqual(
      new Set(['area']),
    );
    expect(measuresIn('with a total investment of 5 billion yuan (US$1.52 billion)')).toEqual(
      new Set(['money']),
    );
    expect(measuresIn('项目投资总额超100亿元，占地约200亩')).toEqual(new Set(['money', 'area']));
  });

  it('does not take a year range or a bare count for a quantity of either kind', () => {
    expect(measuresIn('Luodian Town dates back to the Yuan Dynasty (1279-1368).')).toEqual(
      new Set(),
    );
    expect(measuresIn('23 corporate projects have signed')).toEqual(new Set());
  });

  it('knows which words ask for which kind', () => {
    expect(measureNamedBy('land')).toBe('area');
    expect(measureNamedBy('占地面积')).toBe('area');
    expect(measureNamedBy('invest')).toBe('money');
    expect(measureNamedBy('投资')).toBe('money');
    expect(measureNamedBy('compani')).toBeUndefined();
  });

  it('takes a verb for a measure only when the verb names the quantity', () => {
    expect(measureNamedBy('占地', true)).toBe('area');
    expect(measureNamedBy('invest', true)).toBe('money');
    expect(measureNamedBy('land', true)).toBeUndefined();
  });
});
