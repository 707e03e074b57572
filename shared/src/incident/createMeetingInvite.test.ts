import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createMeetingInvite, escapeText, foldLine, type MeetingInviteInput } from './createMeetingInvite.ts';

const input: MeetingInviteInput = {
  uid: 'AbCdEfGh12345678@debrief',
  title: 'Post-mortem: Checkout outage; EU, payments \\ cards',
  start: '2026-11-24T10:00:00+01:00',
  durationMinutes: 90,
  participantLink: 'https://debrief.example.com/m/AbCdEfGh12345678#token=s3cr3t,x;y',
  description:
    'Blameless review of the checkout outage on 20 November.\nAgenda: timeline, lessons, actions — bring your notes, logs and questions. Ünïcödé 🙂 text to force folding across multi-byte characters.',
  now: Date.UTC(2026, 10, 21, 8, 15, 30),
};

function utf8Octets(text: string): number {
  let octets = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

function parseEvent(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return event;
}

describe('createMeetingInvite', () => {
  it('is a calendar ical.js reads back with every property of the meeting', () => {
    const text = createMeetingInvite(input);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Debrief/);
    const event = parseEvent(text);
    expect(event.getFirstPropertyValue('uid')).toBe(input.uid);
    expect(event.getFirstPropertyValue('summary')).toBe(input.title);
    expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-11-21T08:15:30Z');
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-11-24T09:00:00Z');
    expect(String(event.getFirstPropertyValue('dtend'))).toBe('2026-11-24T10:30:00Z');
    expect(event.getFirstPropertyValue('url')).toBe(input.participantLink);
    expect(event.getFirstPropertyValue('description')).toBe(
      `${input.description}\n\nJoin the meeting: ${input.participantLink}`,
    );
  });

  it('writes UTC times, CRLF line endings and lines of at most 75 octets', () => {
    const text = createMeetingInvite(input);
    expect(text).toContain('\r\nDTSTART:20261124T090000Z\r\n');
    expect(text).toContain('\r\nDTEND:20261124T103000Z\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261121T081530Z\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(utf8Octets(line)).toBeLessThanOrEqual(75);
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const text = createMeetingInvite(input);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Post-mortem: Checkout outage\\; EU\\, payments \\\\ cards\r\n');
  });

  it('folds without splitting a character and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'é🙂'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n')) expect(utf8Octets(part)).toBeLessThanOrEqual(75);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('refuses a start, duration, UID or link it cannot write', () => {
    expect(() => createMeetingInvite({ ...input, start: 'next Tuesday' })).toThrow(RangeError);
    expect(() => createMeetingInvite({ ...input, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => createMeetingInvite({ ...input, uid: 'a\r\nATTENDEE:evil' })).toThrow(RangeError);
    expect(() => createMeetingInvite({ ...input, participantLink: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => createMeetingInvite({ ...input, now: Number.NaN })).toThrow(RangeError);
  });
});
