import { describe, expect, it } from 'vitest';
import { formatUtcOffset } from './formatUtcOffset.ts';

describe('formatUtcOffset', () => {
  it('writes hours and minutes with a sign', () => {
    expect([formatUtcOffset(330), formatUtcOffset(-360), formatUtcOffset(0), formatUtcOffset(-150)]).toEqual([
      'UTC+05:30',
      'UTC-06:00',
      'UTC+00:00',
      'UTC-02:30',
    ]);
  });
});
