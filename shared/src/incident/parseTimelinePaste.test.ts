import { describe, expect, it } from 'vitest';
import { parseTimelinePaste } from './parseTimelinePaste.ts';

const berlin = { defaultDate: '2026-11-20', timeZone: 'Europe/Berlin' };

function firstEvent(line: string, options = berlin) {
  const result = parseTimelinePaste(line, options);
  expect(result.unreadable).toEqual([]);
  return result.events[0];
}

describe('parseTimelinePaste: line formats', () => {
  it.each([
    ['14:03 deploy started', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'deploy started'],
    ['14:03:27 deploy started', '2026-11-20T13:03:27.000Z', 'Europe/Berlin', 'deploy started'],
    ['2026-11-20 09:12 UTC alert fired', '2026-11-20T09:12:00.000Z', 'UTC', 'alert fired'],
    ['2026-11-20T09:12:00Z alert fired', '2026-11-20T09:12:00.000Z', 'UTC', 'alert fired'],
    ['2026-11-20T09:12:00.250Z alert fired', '2026-11-20T09:12:00.250Z', 'UTC', 'alert fired'],
    ['2026-11-20T09:12:00+02:00 alert fired', '2026-11-20T07:12:00.000Z', 'Europe/Berlin', 'alert fired'],
    ['2026-11-20T09:12 alert fired', '2026-11-20T08:12:00.000Z', 'Europe/Berlin', 'alert fired'],
    ['2026-11-20 09:12 +01:00 x', '2026-11-20T08:12:00.000Z', 'Europe/Berlin', 'x'],
    ['2026-11-20 09:12 -0500 x', '2026-11-20T14:12:00.000Z', 'Europe/Berlin', 'x'],
    ['2026-11-20 09:12 UTC+3 x', '2026-11-20T06:12:00.000Z', 'Europe/Berlin', 'x'],
    ['2026-11-20 09:12 Europe/Berlin x', '2026-11-20T08:12:00.000Z', 'Europe/Berlin', 'x'],
    ['2026-11-20 09:12 America/New_York x', '2026-11-20T14:12:00.000Z', 'America/New_York', 'x'],
    ['2026/11/20 09:12 x', '2026-11-20T08:12:00.000Z', 'Europe/Berlin', 'x'],
    ['Nov 20 09:12 x', '2026-11-20T08:12:00.000Z', 'Europe/Berlin', 'x'],
    ['November 21, 2026 09:12 x', '2026-11-21T08:12:00.000Z', 'Europe/Berlin', 'x'],
    ['21 Nov 09:12 x', '2026-11-21T08:12:00.000Z', 'Europe/Berlin', 'x'],
    ['Fri, Nov 20 09:12 x', '2026-11-20T08:12:00.000Z', 'Europe/Berlin', 'x'],
    ['[14:03] x', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'x'],
    ['[2026-11-20 09:12:03 UTC] bot: deploy finished', '2026-11-20T09:12:03.000Z', 'UTC', 'bot: deploy finished'],
    ['(14:03) x', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'x'],
    ['14:03 - x', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'x'],
    ['14:03 – x', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'x'],
    ['14:03: x', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'x'],
    ['14:03 | x', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'x'],
    ['- 14:03 x', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'x'],
    ['* 14:03 x', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'x'],
    ['9:05pm x', '2026-11-20T20:05:00.000Z', 'Europe/Berlin', 'x'],
    ['9:05 PM x', '2026-11-20T20:05:00.000Z', 'Europe/Berlin', 'x'],
    ['9:05 a.m. x', '2026-11-20T08:05:00.000Z', 'Europe/Berlin', 'x'],
    ['12:15am x', '2026-11-19T23:15:00.000Z', 'Europe/Berlin', 'x'],
    ['12:15pm x', '2026-11-20T11:15:00.000Z', 'Europe/Berlin', 'x'],
    ['9pm x', '2026-11-20T20:00:00.000Z', 'Europe/Berlin', 'x'],
    ['  14:03   deploy started  ', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'deploy started'],
    ['14:03 amazon S3 errors', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'amazon S3 errors'],
    ['14:03 api/v2 failing', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'api/v2 failing'],
    ['14:03 pm2 restarted the workers', '2026-11-20T13:03:00.000Z', 'Europe/Berlin', 'pm2 restarted the workers'],
    ['14:03 UTC alert', '2026-11-20T14:03:00.000Z', 'UTC', 'alert'],
  ])('reads %j', (line, at, timeZone, description) => {
    expect(firstEvent(line)).toEqual({ at, timeZone, description, line: 1, text: line.trimEnd() });
  });
});

describe('parseTimelinePaste: days', () => {
  it('rolls dateless times over midnight when they go back by more than half a day', () => {
    const { events } = parseTimelinePaste('23:40 a\n23:50 b\n00:10 c\n00:05 d\n01:00 e', berlin);
    expect(events.map((e) => [e.description, e.at])).toEqual([
      ['a', '2026-11-20T22:40:00.000Z'],
      ['b', '2026-11-20T22:50:00.000Z'],
      ['c', '2026-11-20T23:10:00.000Z'],
      // Five minutes back is a line out of order, not another day.
      ['d', '2026-11-20T23:05:00.000Z'],
      ['e', '2026-11-21T00:00:00.000Z'],
    ]);
  });

  it('rolls over again for each midnight of an incident spanning days', () => {
    const { events } = parseTimelinePaste('22:00 a\n06:00 b\n18:00 c\n02:00 d', berlin);
    expect(events.map((e) => e.at)).toEqual([
      '2026-11-20T21:00:00.000Z',
      '2026-11-21T05:00:00.000Z',
      '2026-11-21T17:00:00.000Z',
      '2026-11-22T01:00:00.000Z',
    ]);
  });

  it('continues from the date of a dated line', () => {
    const { events } = parseTimelinePaste('2026-11-23 23:55 a\n00:05 b\n2026-11-20 10:00 c\n10:30 d', berlin);
    expect(events.map((e) => e.at)).toEqual([
      '2026-11-23T22:55:00.000Z',
      '2026-11-23T23:05:00.000Z',
      '2026-11-20T09:00:00.000Z',
      '2026-11-20T09:30:00.000Z',
    ]);
  });

  it('gives a month-name date without a year the year nearest the incident', () => {
    const newYear = { defaultDate: '2026-12-31', timeZone: 'UTC' };
    expect(firstEvent('Jan 1 00:10 x', newYear)?.at).toBe('2027-01-01T00:10:00.000Z');
    expect(firstEvent('Dec 30 23:10 x', { defaultDate: '2027-01-01', timeZone: 'UTC' })?.at).toBe(
      '2026-12-30T23:10:00.000Z',
    );
  });

  it('reads a dateless line with its own zone on the day of the line before, seen in that zone', () => {
    const { events } = parseTimelinePaste('23:30 a\n22:40 UTC b', berlin);
    expect(events.map((e) => e.at)).toEqual(['2026-11-20T22:30:00.000Z', '2026-11-20T22:40:00.000Z']);
  });
});

describe('parseTimelinePaste: daylight saving', () => {
  it('keeps real elapsed time across the spring-forward night', () => {
    const { events } = parseTimelinePaste('01:30 a\n03:10 b', { defaultDate: '2026-03-29', timeZone: 'Europe/Berlin' });
    expect(events.map((e) => e.at)).toEqual(['2026-03-29T00:30:00.000Z', '2026-03-29T01:10:00.000Z']);
  });

  it('moves a skipped time forward by the gap, and takes the first of a repeated time', () => {
    expect(firstEvent('02:30 x', { defaultDate: '2026-03-29', timeZone: 'Europe/Berlin' })?.at).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(firstEvent('02:30 x', { defaultDate: '2026-10-25', timeZone: 'Europe/Berlin' })?.at).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('rolls over midnight into the day the clocks change', () => {
    const { events } = parseTimelinePaste('23:50 a\n00:10 b\n04:00 c', {
      defaultDate: '2026-03-28',
      timeZone: 'Europe/Berlin',
    });
    expect(events.map((e) => e.at)).toEqual([
      '2026-03-28T22:50:00.000Z',
      '2026-03-28T23:10:00.000Z',
      '2026-03-29T02:00:00.000Z',
    ]);
  });
});

describe('parseTimelinePaste: what cannot be read', () => {
  it('skips blank lines and returns every unreadable line with its number and why', () => {
    const text = [
      '14:03 deploy started',
      '',
      '   ',
      'then the alert fired',
      '25:00 impossible hour',
      '14:60 impossible minute',
      '2026-02-30 10:00 impossible day',
      '13:00pm confused',
      '14:03',
      '[14:03 unclosed',
      '1403 no colon',
      '14:03deploy glued',
      '2026-11-20T09:12:00+25:00 bad offset',
      '14:05 alert fired\r',
    ].join('\n');
    const result = parseTimelinePaste(text, berlin);
    expect(result.events.map((e) => [e.line, e.description])).toEqual([
      [1, 'deploy started'],
      [14, 'alert fired'],
    ]);
    expect(result.unreadable.map((u) => u.lineNumber)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(result.unreadable[0]).toEqual({
      lineNumber: 4,
      text: 'then the alert fired',
      reason: 'No time at the start of the line',
    });
    expect(result.unreadable[1]?.reason).toBe('The time on this line does not exist');
    expect(result.unreadable[3]?.reason).toBe('The date on this line does not exist');
    expect(result.unreadable[5]?.reason).toBe('There is a time but nothing about what happened');
  });

  it('understands Windows and old Mac line endings', () => {
    const result = parseTimelinePaste('14:03 a\r\n14:04 b\r14:05 c', berlin);
    expect(result.events.map((e) => [e.line, e.description])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('returns nothing for an empty paste and throws for invalid options', () => {
    expect(parseTimelinePaste('', berlin)).toEqual({ events: [], unreadable: [] });
    expect(() => parseTimelinePaste('14:03 x', { defaultDate: '2026-11-20', timeZone: 'Nowhere' })).toThrow(RangeError);
    expect(() => parseTimelinePaste('14:03 x', { defaultDate: '20.11.2026', timeZone: 'UTC' })).toThrow(RangeError);
  });
});
