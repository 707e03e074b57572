import { describe, expect, it } from 'vitest';
import { parseTimelinePaste } from './parseTimelinePaste.ts';

// shared/ has no DOM or Node types; the runner has a console to report to.
declare const console: { log(message: string): void };

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

describe('parseTimelinePaste: what people copy', () => {
  const utc = { defaultDate: '2024-10-11', timeZone: 'UTC' };
  it.each([
    ['At 14:02 UTC, the deploy started', '2024-10-11T14:02:00.000Z', 'the deploy started'],
    ['Starting at 14:02 UTC, requests failed', '2024-10-11T14:02:00.000Z', 'requests failed'],
    [
      'On October 11, 2024, at 14:02 UTC, a config change shipped',
      '2024-10-11T14:02:00.000Z',
      'a config change shipped',
    ],
    ['Update 8:20 am PT: We are rolling back', '2024-10-11T15:20:00.000Z', 'We are rolling back'],
    ['Update - 8:20 am PT - We are rolling back', '2024-10-11T15:20:00.000Z', 'We are rolling back'],
    ['UPDATE: 15:20 UTC We are rolling back', '2024-10-11T15:20:00.000Z', 'We are rolling back'],
    ['Feb 01, 2017 - 01:58 UTC: Restore started', '2017-02-01T01:58:00.000Z', 'Restore started'],
    ['Thursday, March 10, 2016, at 9:59 PM UTC a switch failed', '2016-03-10T21:59:00.000Z', 'a switch failed'],
    ['2018 October 21 22:52 UTC Link replaced', '2018-10-21T22:52:00.000Z', 'Link replaced'],
    ['00:05 UTC on 30 October 2025 – Edge update began', '2025-10-30T00:05:00.000Z', 'Edge update began'],
    ['14:02Z alert fired', '2024-10-11T14:02:00.000Z', 'alert fired'],
    ['**14:02** deploy started', '2024-10-11T14:02:00.000Z', 'deploy started'],
    ['1. 14:02 deploy started', '2024-10-11T14:02:00.000Z', 'deploy started'],
    ['Fri 14:02 deploy started', '2024-10-11T14:02:00.000Z', 'deploy started'],
    ['14:02 (UTC) deploy started', '2024-10-11T14:02:00.000Z', 'deploy started'],
    ['Incident Start Time: 2024-10-11 14:02 UTC', '2024-10-11T14:02:00.000Z', 'Incident Start Time'],
    ['Detected: 14:05 UTC', '2024-10-11T14:05:00.000Z', 'Detected'],
  ])('reads %j', (line, at, description) => {
    const event = firstEvent(line, utc);
    expect([event?.at, event?.description]).toEqual([at, description]);
  });

  it('keeps lines that only start with a lead-in word as they are', () => {
    const result = parseTimelinePaste('At the time, nobody was on call\nOn-call was paged later that night.', utc);
    expect(result.events).toEqual([]);
    expect(result.unreadable.map((line) => line.reason)).toEqual([
      'No time at the start of the line',
      'No time at the start of the line',
    ]);
  });
});

describe('parseTimelinePaste: zone abbreviations', () => {
  const summer = { defaultDate: '2025-07-15', timeZone: 'Europe/Berlin' };
  const winter = { defaultDate: '2025-01-15', timeZone: 'Europe/Berlin' };
  it.each([
    ['12:00 PST x', winter, '2025-01-15T20:00:00.000Z', 'America/Los_Angeles'],
    ['12:00 PDT x', summer, '2025-07-15T19:00:00.000Z', 'America/Los_Angeles'],
    ['12:00 PT x', winter, '2025-01-15T20:00:00.000Z', 'America/Los_Angeles'],
    ['12:00 PT x', summer, '2025-07-15T19:00:00.000Z', 'America/Los_Angeles'],
    ['12:00 EST x', winter, '2025-01-15T17:00:00.000Z', 'America/New_York'],
    ['12:00 EDT x', summer, '2025-07-15T16:00:00.000Z', 'America/New_York'],
    ['12:00 CET x', winter, '2025-01-15T11:00:00.000Z', 'Europe/Berlin'],
    ['12:00 CEST x', summer, '2025-07-15T10:00:00.000Z', 'Europe/Berlin'],
    ['12:00 BST x', summer, '2025-07-15T11:00:00.000Z', 'Europe/London'],
    ['12:00 JST x', summer, '2025-07-15T03:00:00.000Z', 'Asia/Tokyo'],
    ['12:00 AEST x', summer, '2025-07-15T02:00:00.000Z', 'Australia/Sydney'],
    ['12:00 AEDT x', winter, '2025-01-15T01:00:00.000Z', 'Australia/Sydney'],
    ['12:00 GMT x', winter, '2025-01-15T12:00:00.000Z', 'UTC'],
  ])('reads %j', (line, options, at, timeZone) => {
    const event = firstEvent(line, options);
    expect([event?.at, event?.timeZone, event?.description, event?.note]).toEqual([at, timeZone, 'x', undefined]);
  });

  it('takes a standard-time abbreviation in summer at its word, and says the clocks there differed', () => {
    const event = firstEvent('12:00 PST x', summer);
    expect([event?.at, event?.timeZone, event?.note]).toEqual([
      '2025-07-15T20:00:00.000Z',
      'Europe/Berlin',
      'PST read as UTC-08:00, though America/Los Angeles was on UTC-07:00 then',
    ]);
  });

  it.each([
    ['Asia/Kolkata', '2025-07-15T06:30:00.000Z', 'IST read as India Standard Time (UTC+05:30)'],
    ['America/New_York', '2025-07-15T06:30:00.000Z', 'IST read as India Standard Time (UTC+05:30)'],
    ['Europe/Dublin', '2025-07-15T11:00:00.000Z', 'IST read as Irish Standard Time (UTC+01:00)'],
    ['Asia/Jerusalem', '2025-07-15T10:00:00.000Z', 'IST read as Israel Standard Time (UTC+02:00)'],
  ])('reads IST by the incident zone %s and says so', (timeZone, at, note) => {
    const event = firstEvent('12:00 IST x', { defaultDate: '2025-07-15', timeZone });
    expect([event?.at, event?.note]).toEqual([at, note]);
  });

  it('reads CST as US Central unless the incident is in China', () => {
    const us = firstEvent('12:00 CST x', { defaultDate: '2025-01-15', timeZone: 'America/Chicago' });
    const china = firstEvent('12:00 CST x', { defaultDate: '2025-01-15', timeZone: 'Asia/Shanghai' });
    expect([us?.at, us?.note]).toEqual([
      '2025-01-15T18:00:00.000Z',
      'CST read as US Central Standard Time (UTC-06:00)',
    ]);
    expect([china?.at, china?.note]).toEqual([
      '2025-01-15T04:00:00.000Z',
      'CST read as China Standard Time (UTC+08:00)',
    ]);
  });

  it('leaves lower-case and unknown words in the description', () => {
    expect(firstEvent('14:03 pt team joined')?.description).toBe('pt team joined');
    expect(firstEvent('14:03 API errors')?.description).toBe('API errors');
    expect(firstEvent('14:03 DB failover')?.description).toBe('DB failover');
  });
});

describe('parseTimelinePaste: day headers and order', () => {
  it('dates the lines below a day header, with or without weekday, and consumes the header', () => {
    const text = '## Monday 20 Nov\n09:00 a\nTuesday, November 21:\n08:00 b\n2026-11-23\n07:00 c';
    const result = parseTimelinePaste(text, { defaultDate: '2026-11-01', timeZone: 'UTC' });
    expect(result.unreadable).toEqual([]);
    expect(result.events.map((e) => [e.line, e.at])).toEqual([
      [2, '2026-11-20T09:00:00.000Z'],
      [4, '2026-11-21T08:00:00.000Z'],
      [6, '2026-11-23T07:00:00.000Z'],
    ]);
  });

  it('does not roll over midnight under a day header, which names the day', () => {
    const { events } = parseTimelinePaste('April 9\n16:40 c\n14:02 b\n09:00 a', {
      defaultDate: '2024-04-01',
      timeZone: 'UTC',
    });
    expect(events.map((e) => e.at)).toEqual([
      '2024-04-09T16:40:00.000Z',
      '2024-04-09T14:02:00.000Z',
      '2024-04-09T09:00:00.000Z',
    ]);
  });

  it('reads a newest-first paste crossing midnight back into the day before', () => {
    const { events } = parseTimelinePaste('00:40 c\n00:20 b\n23:55 a\n23:10 start', berlin);
    expect(events.map((e) => e.at)).toEqual([
      '2026-11-19T23:40:00.000Z',
      '2026-11-19T23:20:00.000Z',
      '2026-11-19T22:55:00.000Z',
      '2026-11-19T22:10:00.000Z',
    ]);
  });

  it('says why a day header that cannot be is not read', () => {
    const result = parseTimelinePaste('February 30\n10:00 x', berlin);
    expect(result.unreadable).toEqual([
      { lineNumber: 1, text: 'February 30', reason: 'The date on this line does not exist' },
    ]);
  });
});

describe('parseTimelinePaste: status pages', () => {
  it('turns text above a stamp-only line into one event, keeping the status as a prefix', () => {
    const text = 'Resolved - This incident has been resolved.\nMar 8, 13:01 UTC';
    const result = parseTimelinePaste(text, { defaultDate: '2022-03-08', timeZone: 'UTC' });
    expect(result).toEqual({
      events: [
        {
          at: '2022-03-08T13:01:00.000Z',
          timeZone: 'UTC',
          description: 'Resolved: This incident has been resolved.',
          line: 1,
          text,
        },
      ],
      unreadable: [],
    });
  });

  it('uses only the last line above the stamp when there is no status, and says why for the others', () => {
    const text = 'Root cause\nA retry storm overloaded the queue.\nWe rolled back.\n13:01 UTC';
    const result = parseTimelinePaste(text, { defaultDate: '2022-03-08', timeZone: 'UTC' });
    expect(result.events.map((e) => [e.line, e.description])).toEqual([[3, 'We rolled back.']]);
    expect(result.unreadable.map((u) => [u.lineNumber, u.reason])).toEqual([
      [1, 'Looks like a heading, not an event: there is no time on it'],
      [2, 'No time at the start of the line'],
    ]);
  });

  it('does not reach across a blank line or an event for the text of a stamp', () => {
    const result = parseTimelinePaste('Resolved\n\n13:01 UTC\n12:00 UTC x\n13:05 UTC', {
      defaultDate: '2022-03-08',
      timeZone: 'UTC',
    });
    expect(result.events.map((e) => e.description)).toEqual(['x']);
    expect(result.unreadable.map((u) => [u.lineNumber, u.reason])).toEqual([
      [1, 'A status with no update and no time below it'],
      [3, 'There is a time but nothing about what happened'],
      [5, 'There is a time but nothing about what happened'],
    ]);
  });
});

describe('parseTimelinePaste: speed', () => {
  it('reads a 2,000-line paste', () => {
    const kinds = [
      (i: number) =>
        `${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} PDT step ${i}`,
      (i: number) =>
        `At ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC, step ${i}`,
      (i: number) =>
        `Investigating - step ${i}\nMar 8, ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC`,
      () => 'Some prose without a time in it, as post-mortems have.',
    ];
    const lines: string[] = [];
    for (let i = 0; lines.length < 2000; i += 1) lines.push(...(kinds[i % kinds.length]?.(i) ?? '').split('\n'));
    const text = lines.slice(0, 2000).join('\n');
    const started = Date.now();
    const result = parseTimelinePaste(text, { defaultDate: '2022-03-08', timeZone: 'Europe/Dublin' });
    const elapsed = Date.now() - started;
    console.log(`2,000 pasted lines read in ${elapsed} ms`);
    expect(result.events.length + result.unreadable.length).toBeGreaterThan(1000);
  });
});

describe('parseTimelinePaste: which way a paste runs', () => {
  it('reads 23:50 then 00:10 as crossing midnight forwards even when a line after it steps back', () => {
    const { events } = parseTimelinePaste('23:50 a\n00:10 b\n00:05 c', berlin);
    expect(events.map((e) => e.at)).toEqual([
      '2026-11-20T22:50:00.000Z',
      '2026-11-20T23:10:00.000Z',
      '2026-11-20T23:05:00.000Z',
    ]);
  });

  it('keeps a word such as UK at the start of the description', () => {
    expect(firstEvent('14:03 UK customers saw errors')?.description).toBe('UK customers saw errors');
  });
});
