import { describe, expect, it } from 'vitest';
import { compareByOrder, orderAfterLast, orderBetween } from './orderBetween.ts';

describe('orderBetween', () => {
  it('places between neighbours, or before the first and after the last', () => {
    expect(orderBetween(null, null)).toBe(1);
    expect(orderBetween(null, 1)).toBe(0);
    expect(orderBetween(3, null)).toBe(4);
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderAfterLast([])).toBe(1);
    expect(orderAfterLast([2, 7, 3])).toBe(8);
  });

  it('sorts by order, then id, so equal keys from concurrent moves list the same everywhere', () => {
    const items = [
      { id: 'b', order: 1 },
      { id: 'a', order: 1 },
      { id: 'c', order: 0.5 },
    ];
    expect(items.sort(compareByOrder).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});
