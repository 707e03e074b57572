import { describe, expect, it } from 'vitest';
import { findRowsInView, planListSegments, sumRowOffsets } from './planListWindow.ts';

const tens = sumRowOffsets(100, () => 10);

describe('findRowsInView', () => {
  it('finds the rows that reach into the view, partly shown ones included', () => {
    expect(findRowsInView(tens, 25, 55)).toEqual({ first: 2, last: 5 });
    expect(findRowsInView(tens, 20, 50)).toEqual({ first: 2, last: 4 });
  });

  it('clamps to the list, and finds nothing when the view is above or below it', () => {
    expect(findRowsInView(tens, -500, 15)).toEqual({ first: 0, last: 1 });
    expect(findRowsInView(tens, 990, 5000)).toEqual({ first: 99, last: 99 });
    expect(findRowsInView(tens, -500, -10)).toBeNull();
    expect(findRowsInView(tens, 1000, 1200)).toBeNull();
    expect(
      findRowsInView(
        sumRowOffsets(0, () => 10),
        0,
        100,
      ),
    ).toBeNull();
  });

  it('follows rows of different heights', () => {
    const offsets = sumRowOffsets(4, (index) => [100, 10, 10, 300][index] ?? 0);
    expect(findRowsInView(offsets, 105, 125)).toEqual({ first: 1, last: 3 });
  });
});

describe('planListSegments', () => {
  it('stands gaps of the right height in for the rows around the view', () => {
    expect(planListSegments(tens, { first: 10, last: 19 }, [])).toEqual([
      { kind: 'gap', key: 'gap-0', px: 100 },
      { kind: 'rows', from: 10, to: 19 },
      { kind: 'gap', key: 'gap-20', px: 800 },
    ]);
  });

  it('keeps a pinned row rendered far from the view, between two gaps', () => {
    expect(planListSegments(tens, { first: 50, last: 59 }, [3])).toEqual([
      { kind: 'gap', key: 'gap-0', px: 30 },
      { kind: 'rows', from: 3, to: 3 },
      { kind: 'gap', key: 'gap-4', px: 460 },
      { kind: 'rows', from: 50, to: 59 },
      { kind: 'gap', key: 'gap-60', px: 400 },
    ]);
  });

  it('joins a pinned row that touches or sits in the view to it', () => {
    expect(planListSegments(tens, { first: 0, last: 9 }, [10])).toEqual([
      { kind: 'rows', from: 0, to: 10 },
      { kind: 'gap', key: 'gap-11', px: 890 },
    ]);
    expect(planListSegments(tens, { first: 0, last: 99 }, [42])).toEqual([{ kind: 'rows', from: 0, to: 99 }]);
  });

  it('renders only pinned rows when nothing is in view, and ignores pins outside the list', () => {
    expect(planListSegments(tens, null, [99, 500])).toEqual([
      { kind: 'gap', key: 'gap-0', px: 990 },
      { kind: 'rows', from: 99, to: 99 },
    ]);
  });
});
