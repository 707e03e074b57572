import { describe, expect, it } from 'vitest';
import { describeQuickAdd, previewQuickAdd, readQuickAdd } from './quickAdd.ts';

const defaults = { defaultDate: '2026-11-23', timeZone: 'Europe/Berlin' };

function read(text: string) {
  let id = 0;
  return readQuickAdd(text, { defaults, now: 1000, createdBy: 'p-ana', createId: () => `id-${++id}` });
}

describe('readQuickAdd', () => {
  it('turns each readable line into an event with a guessed kind, in pasted order', () => {
    const result = read('14:03 deploy started\n2026-11-23 13:09 UTC alert fired\n');
    expect(result.events).toEqual([
      {
        id: 'id-1',
        at: '2026-11-23T13:03:00.000Z',
        timeZone: 'Europe/Berlin',
        kind: 'action',
        description: 'deploy started',
        createdAt: 1000,
        knownAtTheTime: true,
        createdBy: 'p-ana',
      },
      expect.objectContaining({
        at: '2026-11-23T13:09:00.000Z',
        timeZone: 'Europe/Berlin',
        kind: 'detection',
        createdAt: 1001,
      }),
    ]);
    expect(result.unreadable).toEqual([]);
    expect(result.leftover).toBe('');
  });

  it('gives back the lines it cannot read, numbered as they stay in the box', () => {
    const result = read('14:03 deploy started\nwe looked at the dashboards\n\n14:10\n14:12 rollback');
    expect(result.events.map((event) => event.description)).toEqual(['deploy started', 'rollback']);
    expect(result.leftover).toBe('we looked at the dashboards\n14:10');
    expect(result.unreadable).toEqual([
      { lineNumber: 1, text: 'we looked at the dashboards', reason: 'No time at the start of the line' },
      { lineNumber: 2, text: '14:10', reason: 'There is a time but nothing about what happened' },
    ]);
  });
});

describe('describeQuickAdd', () => {
  it('counts what is ready and what is not', () => {
    expect(describeQuickAdd(3, 1)).toBe('3 events ready to add · 1 line cannot be read yet');
    expect(describeQuickAdd(1, 0)).toBe('1 event ready to add');
    expect(describeQuickAdd(0, 2)).toBe('2 lines cannot be read yet');
    expect(describeQuickAdd(0, 0)).toBe('');
  });
});

describe('previewQuickAdd', () => {
  it('counts the events a paste holds and gives the lines it cannot read with why, before adding', () => {
    expect(previewQuickAdd('14:03 deploy started\nno time here\n14:09 alert fired', defaults)).toEqual({
      events: 2,
      unreadable: 1,
      lines: [{ lineNumber: 2, text: 'no time here', reason: 'No time at the start of the line' }],
      notes: [],
    });
  });

  it('says once how an ambiguous zone was read, with the lines it is about', () => {
    const preview = previewQuickAdd(
      'Timeline\n14:03 IST deploy started\n14:09 IST alert fired\n14:10 UTC paged',
      defaults,
    );
    expect(preview.notes).toEqual([{ note: 'IST read as India Standard Time (UTC+05:30)', lines: [2, 3] }]);
    expect(preview.lines).toEqual([
      { lineNumber: 1, text: 'Timeline', reason: 'Looks like a heading, not an event: there is no time on it' },
    ]);
  });
});

describe('readQuickAdd with pasted post-mortems', () => {
  it('reads a status page and guesses recovery and diagnosis', () => {
    const result = read(
      [
        'Resolved - Error rate back to baseline.',
        'Nov 23, 13:40 UTC',
        'Identified - We checked the status page of our CDN and found a routing incident.',
        'Nov 23, 13:10 UTC',
      ].join('\n'),
    );
    expect(result.events.map((event) => [event.at, event.kind, event.description])).toEqual([
      ['2026-11-23T13:40:00.000Z', 'resolution', 'Resolved: Error rate back to baseline.'],
      [
        '2026-11-23T13:10:00.000Z',
        'diagnosis',
        'Identified: We checked the status page of our CDN and found a routing incident.',
      ],
    ]);
    expect(result.leftover).toBe('');
  });
});
