import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './createRateLimiter.ts';

describe('createRateLimiter', () => {
  it('allows up to the limit per window and per key, then again in the next window', () => {
    let time = 0;
    const isAllowed = createRateLimiter(2, 60_000, () => time);
    expect([isAllowed('a'), isAllowed('a'), isAllowed('a')]).toEqual([true, true, false]);
    expect(isAllowed('b')).toBe(true);
    time = 60_000;
    expect(isAllowed('a')).toBe(true);
  });
});
