import { ACTION_SIZE_HOURS } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { describeActionCost, formatDay, formatDueDate, formatTimeOfDay } from './formatRecordValues.ts';

const moment = { at: '2026-11-20T13:03:00.000Z', timeZone: 'Europe/Berlin' };

describe('record values', () => {
  it('shows moments in their own zone, with the zone', () => {
    expect(formatTimeOfDay(moment)).toBe('14:03 CET');
    expect(formatDay(moment)).toBe('Fri 20 Nov 2026');
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(formatTimeOfDay({ ...moment, timeZone: 'Mars/Olympus' })).toBe('13:03 UTC');
  });

  it('writes due dates and estimates in words', () => {
    expect(formatDueDate('2026-12-04')).toBe('4 Dec 2026');
    expect(describeActionCost({ unit: 'hours', hours: 6 }, ACTION_SIZE_HOURS)).toBe('6 h');
    expect(describeActionCost({ unit: 'size', size: 'M' }, ACTION_SIZE_HOURS)).toBe('M (about 16 h)');
  });
});
