import { describe, expect, it } from 'vitest';
import { SeenPositions } from './SeenPositions.ts';

describe('SeenPositions', () => {
  it('moves on over runs that follow each other', () => {
    const seen = new SeenPositions(3);
    seen.add(4, 4);
    seen.add(5, 9);
    expect(seen.known).toBe(9);
    expect(seen.hasGap).toBe(false);
  });

  it('waits at a gap until it is filled, in any order', () => {
    const seen = new SeenPositions(0);
    seen.add(5, 6);
    seen.add(9, 9);
    expect(seen.known).toBe(0);
    expect(seen.hasGap).toBe(true);
    seen.add(1, 4);
    expect(seen.known).toBe(6);
    expect(seen.hasGap).toBe(true);
    seen.add(7, 8);
    expect(seen.known).toBe(9);
    expect(seen.hasGap).toBe(false);
  });

  it('ignores runs it already holds, and runs that overlap', () => {
    const seen = new SeenPositions(10);
    seen.add(2, 8);
    expect(seen.known).toBe(10);
    seen.add(9, 12);
    expect(seen.known).toBe(12);
    seen.add(14, 15);
    seen.add(13, 20);
    expect(seen.known).toBe(20);
    expect(seen.hasGap).toBe(false);
  });
});
