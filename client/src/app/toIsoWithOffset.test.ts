import { isDateTime } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { toIsoWithOffset } from './toIsoWithOffset.ts';

describe('toIsoWithOffset', () => {
  it('keeps the wall-clock time and adds the local offset, naming the same instant', () => {
    const iso = toIsoWithOffset('2026-11-20T14:03');
    expect(iso).toMatch(/^2026-11-20T14:03:00[+-]\d{2}:\d{2}$/);
    expect(isDateTime(iso)).toBe(true);
    expect(Date.parse(iso ?? '')).toBe(new Date(2026, 10, 20, 14, 3).getTime());
  });

  it('keeps seconds when the browser sends them', () => {
    expect(toIsoWithOffset('2026-01-02T03:04:05')).toMatch(/^2026-01-02T03:04:05[+-]\d{2}:\d{2}$/);
  });

  it.each(['', 'yesterday', '2026-11-20'])('gives null for %j', (value) => {
    expect(toIsoWithOffset(value)).toBeNull();
  });
});
