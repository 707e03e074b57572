import { isSafeHttpUrl } from './isSafeHttpUrl.ts';
import { parseInstant } from './zonedInstant.ts';

/** What createMeetingInvite needs to write the calendar invite. */
export interface MeetingInviteInput {
  /** Stable across updates of the same meeting, e.g. `<meetingId>@debrief`. */
  readonly uid: string;
  readonly title: string;
  /** ISO 8601 instant. */
  readonly start: string;
  readonly durationMinutes: number;
  /** The http(s) link participants join with. */
  readonly participantLink: string;
  readonly description: string;
  /** Milliseconds since the epoch: when the invite is made (DTSTAMP). */
  readonly now: number;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * An RFC 5545 calendar (.ics) with one event for the meeting: times in UTC, the participant link as URL and at the
 * end of DESCRIPTION, text escaped, lines folded at 75 octets, CRLF line endings.
 * Throws RangeError for an invalid start, duration, time stamp, UID or a link that is not http(s).
 */
export function createMeetingInvite(input: MeetingInviteInput): string {
  const start = parseInstant(input.start);
  if (start === null) throw new RangeError(`Not an ISO 8601 date-time: ${JSON.stringify(input.start)}`);
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new RangeError('The duration must be a whole number of minutes above zero');
  }
  if (!Number.isFinite(input.now)) throw new RangeError('`now` must be milliseconds since the epoch');
  if (input.uid.trim() === '' || /[\r\n]/.test(input.uid)) throw new RangeError('The UID must be one line of text');
  if (!isSafeHttpUrl(input.participantLink)) throw new RangeError('The participant link must be an http(s) link');

  const description = [input.description.trim(), `Join the meeting: ${input.participantLink}`]
    .filter((part) => part !== '')
    .join('\n\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Debrief//Debrief post-mortems//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${formatUtc(input.now)}`,
    `DTSTART:${formatUtc(start)}`,
    `DTEND:${formatUtc(start + input.durationMinutes * 60_000)}`,
    `SUMMARY:${escapeText(input.title.trim())}`,
    `DESCRIPTION:${escapeText(description)}`,
    // URL is a URI value, not TEXT: escaping its commas or semicolons would change the link.
    `URL:${input.participantLink}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma, and every kind of line break as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets of UTF-8, never inside a character; continuations start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line holds 75 octets; each continuation 74 after its leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

function formatUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
