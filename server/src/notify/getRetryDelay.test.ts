import { describe, expect, it } from 'vitest';
import { getRetryDelay, MAX_RETRY_DELAY_MS } from './getRetryDelay.ts';

describe('getRetryDelay', () => {
  it('doubles from the base delay on each failed attempt', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => getRetryDelay(attempts, 1000, 0.5))).toEqual([
      1000, 2000, 4000, 8000, 16000,
    ]);
  });

  it('varies by at most a fifth either way', () => {
    expect(getRetryDelay(3, 1000, 0)).toBe(3200);
    expect(getRetryDelay(3, 1000, 0.999999)).toBe(4800);
  });

  it('never waits more than ten minutes, however many attempts failed', () => {
    expect(getRetryDelay(11, 1000, 0.5)).toBe(MAX_RETRY_DELAY_MS);
    expect(getRetryDelay(11, 1000, 0.999999)).toBe(MAX_RETRY_DELAY_MS);
    expect(getRetryDelay(5000, 1000, 0.5)).toBe(MAX_RETRY_DELAY_MS);
    expect(getRetryDelay(20, 1000, 0)).toBe(MAX_RETRY_DELAY_MS);
  });
});
