import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, isTimeZone } from './isTimeZone.ts';

describe('isTimeZone and canonicalTimeZone', () => {
  it.each(['Europe/Berlin', 'UTC', 'America/Argentina/Buenos_Aires', 'Asia/Kathmandu', 'Asia/Kolkata'])(
    'knows %s and keeps its spelling',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
      expect(canonicalTimeZone(zone)).toBe(zone);
    },
  );

  it('fixes the spelling of a zone typed in another case', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('utc')).toBe('UTC');
  });

  it.each([['Mars/Olympus'], ['+01:00'], ['-05:00'], [''], ['  '], [null], [42], [{}], ['x'.repeat(65)]])(
    'refuses %j',
    (value) => {
      expect(isTimeZone(value)).toBe(false);
      expect(canonicalTimeZone(value)).toBeNull();
    },
  );
});
