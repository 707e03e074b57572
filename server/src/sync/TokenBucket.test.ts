import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket.ts';

function takeAll(bucket: TokenBucket, now: number, tries: number): number {
  let taken = 0;
  for (let i = 0; i < tries; i++) if (bucket.take(now)) taken++;
  return taken;
}

describe('TokenBucket', () => {
  it('lets a burst through at once, then nothing until time passes', () => {
    const bucket = new TokenBucket(10, 20, 0);
    expect(takeAll(bucket, 0, 50)).toBe(20);
    expect(bucket.take(0)).toBe(false);
  });

  it('refills at the sustained rate, never above the burst', () => {
    const bucket = new TokenBucket(10, 20, 0);
    takeAll(bucket, 0, 20);
    expect(takeAll(bucket, 500, 50)).toBe(5);
    expect(takeAll(bucket, 60_500, 50)).toBe(20);
  });

  it('keeps up with a sender at the sustained rate for as long as it sends', () => {
    const bucket = new TokenBucket(50, 100, 0);
    let refused = 0;
    for (let ms = 0; ms < 60_000; ms += 20) if (!bucket.take(ms)) refused++;
    expect(refused).toBe(0);
  });

  it('ignores a clock that goes back', () => {
    const bucket = new TokenBucket(10, 2, 1000);
    takeAll(bucket, 1000, 2);
    expect(bucket.take(0)).toBe(false);
    expect(bucket.take(1100)).toBe(true);
  });
});
