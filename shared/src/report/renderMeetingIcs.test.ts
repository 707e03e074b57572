import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, type MeetingIcsInput, renderMeetingIcs } from './renderMeetingIcs.ts';

const input: MeetingIcsInput = {
  meetingId: 'AbCdEfGh12345678_-x',
  title: 'Checkout outage; EU, payments \\ cards',
  summary:
    'Payments failed for 40 minutes.\nCards, wallets and vouchers — Ünïcödé 🙂 text to force folding across multi-byte characters.',
  schedule: { at: '2026-11-24T10:00:00+01:00', durationMinutes: 90 },
  participantLink: 'https://debrief.example.com/m/AbCdEfGh12345678#s3cr3t,x;y',
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

describe('renderMeetingIcs', () => {
  it('is a calendar ical.js reads back with every property of the meeting', () => {
    const text = renderMeetingIcs(input);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Debrief/);
    const event = parseEvent(text);
    expect(event.getFirstPropertyValue('uid')).toBe('AbCdEfGh12345678_-x@debrief');
    expect(event.getFirstPropertyValue('summary')).toBe(`Post-mortem: ${input.title}`);
    expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-11-21T08:15:30Z');
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-11-24T09:00:00Z');
    expect(String(event.getFirstPropertyValue('dtend'))).toBe('2026-11-24T10:30:00Z');
    expect(event.getFirstPropertyValue('url')).toBe(input.participantLink);
    const description = String(event.getFirstPropertyValue('description'));
    expect(description).toContain(`A blameless post-mortem of "${input.title}".`);
    expect(description).toContain(input.summary);
    expect(description.endsWith(`Join the meeting: ${input.participantLink}`)).toBe(true);
  });

  it('keeps the same UID for the same meeting, whenever it is made', () => {
    const uid = (text: string) => parseEvent(text).getFirstPropertyValue('uid');
    const later = renderMeetingIcs({
      ...input,
      now: input.now + 86_400_000,
      schedule: { ...input.schedule, durationMinutes: 30 },
    });
    expect(uid(later)).toBe(uid(renderMeetingIcs(input)));
    expect(uid(renderMeetingIcs({ ...input, meetingId: 'Other' }))).not.toBe(uid(later));
  });

  it('carries no link, and so no token, when it is not given one', () => {
    const text = renderMeetingIcs({ ...input, participantLink: null });
    expect(text).not.toMatch(/https?:|#|s3cr3t/);
    const event = parseEvent(text);
    expect(event.getFirstPropertyValue('url')).toBeNull();
    expect(String(event.getFirstPropertyValue('description'))).toContain('Join with the Debrief link you were given');
    expect(renderMeetingIcs({ ...input, participantLink: undefined })).toBe(text);
  });

  it('writes UTC times, CRLF line endings and lines of at most 75 octets', () => {
    const text = renderMeetingIcs(input);
    expect(text).toContain('\r\nDTSTART:20261124T090000Z\r\n');
    expect(text).toContain('\r\nDTEND:20261124T103000Z\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261121T081530Z\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(utf8Octets(line)).toBeLessThanOrEqual(75);
  });

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    const unfolded = renderMeetingIcs(input).replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Post-mortem: Checkout outage\\; EU\\, payments \\\\ cards\r\n');
    expect(unfolded).toContain('Payments failed for 40 minutes.\\nCards\\, wallets');
  });

  it('names an untitled meeting plainly', () => {
    const event = parseEvent(renderMeetingIcs({ ...input, title: '  ', summary: '' }));
    expect(event.getFirstPropertyValue('summary')).toBe('Post-mortem');
    expect(String(event.getFirstPropertyValue('description'))).toMatch(/^A blameless post-mortem of "the incident"/);
  });

  it('folds without splitting a character and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'é🙂'.repeat(40)}`;
    const folded = foldIcsLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n')) expect(utf8Octets(part)).toBeLessThanOrEqual(75);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
    expect(foldIcsLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldIcsLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('refuses a time, length, meeting id or link it cannot write', () => {
    const schedule = input.schedule;
    expect(() => renderMeetingIcs({ ...input, schedule: { ...schedule, at: 'next Tuesday' } })).toThrow(RangeError);
    expect(() => renderMeetingIcs({ ...input, schedule: { ...schedule, durationMinutes: 0 } })).toThrow(RangeError);
    expect(() => renderMeetingIcs({ ...input, schedule: { ...schedule, durationMinutes: 1.5 } })).toThrow(RangeError);
    expect(() => renderMeetingIcs({ ...input, meetingId: 'a\r\nATTENDEE:evil' })).toThrow(RangeError);
    expect(() => renderMeetingIcs({ ...input, participantLink: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => renderMeetingIcs({ ...input, now: Number.NaN })).toThrow(RangeError);
  });
});
