import { describe, expect, it } from 'vitest';
import { summariseDistribution, summariseRatings } from './summariseRatings.ts';

describe('summariseRatings', () => {
  it('gives count, average, spread and distribution', () => {
    expect(summariseRatings([5, 4, 4, 2, null])).toEqual({
      count: 4,
      average: 3.75,
      min: 2,
      max: 5,
      standardDeviation: 1.09,
      distribution: [0, 1, 0, 2, 1],
    });
  });

  it('has no average when nobody rated, and ignores values outside 1–5', () => {
    expect(summariseRatings([null, 0, 6, 2.5])).toEqual({
      count: 0,
      average: null,
      min: null,
      max: null,
      standardDeviation: null,
      distribution: [0, 0, 0, 0, 0],
    });
  });

  it('has no spread when everyone agrees', () => {
    expect(summariseRatings([3, 3, 3]).standardDeviation).toBe(0);
  });
});

describe('summariseDistribution', () => {
  it('gives the same summary from the counts alone', () => {
    expect(summariseDistribution([0, 1, 0, 2, 1])).toEqual(summariseRatings([2, 4, 4, 5]));
    expect(summariseDistribution([0, 0, 0, 0, 0]).count).toBe(0);
  });
});
